import type { Company, Confidence, Platform, RetiredHandle } from '../model';

/** What the directory knows about a company's support account on one network. */
export interface HandleInfo {
  handle?: string;
  confidence?: Confidence;
  source?: string;
  note?: string;
  lastSeenAt?: number;
  /** Accounts on this network that no longer answer. */
  retired: RetiredHandle[];
  /** Other networks where the company has a current account (when this one has none). */
  elsewhere: Platform[];
}

export function stripAt(handle: string): string {
  return handle.trim().replace(/^@/u, '');
}

export function handleInfo(company: Company | undefined, platform: Platform): HandleInfo {
  if (!company) return { retired: [], elsewhere: [] };
  const current = company.handles[platform];
  const elsewhere = (Object.keys(company.handles) as Platform[]).filter((p) => p !== platform && company.handles[p]);
  return {
    handle: current?.handle,
    confidence: current?.confidence,
    source: current?.source,
    note: current?.note,
    lastSeenAt: current?.lastSeenAt,
    retired: company.retiredHandles.filter((r) => r.network === platform),
    elsewhere,
  };
}

const sameHandle = (a: string, b: string) => stripAt(a).toLowerCase() === stripAt(b).toLowerCase();

export type HandleWarning = 'unknown' | 'retired' | 'lookAlike' | 'differs' | 'lowConfidence';

/**
 * Why a handle deserves a second look before a complaint goes to it: none known, retired,
 * typed with look-alike characters (Roman numeral "ⅹ" for "x", Cyrillic "а" for "a"), different
 * from the directory's, or one the directory is unsure of.
 */
export function handleWarnings(typed: string, info: HandleInfo): HandleWarning[] {
  const handle = stripAt(typed);
  const warnings: HandleWarning[] = [];
  if (!handle) return info.handle ? [] : ['unknown'];
  // Handles are ASCII on every network we address; anything else is there to deceive.
  if (/[^\x21-\x7e]/u.test(handle) || handle.normalize('NFKC') !== handle) warnings.push('lookAlike');
  if (info.retired.some((r) => sameHandle(r.handle, handle))) warnings.push('retired');
  if (!info.handle) warnings.push('unknown');
  else if (!sameHandle(info.handle, handle)) warnings.push('differs');
  else if (info.confidence === 'low') warnings.push('lowConfidence');
  return warnings;
}

/** How a handle is written in a post on each network. */
export function mentionFor(platform: Platform, handle: string): string {
  const h = stripAt(handle);
  if (!h) return '';
  if (platform === 'reddit') return /^[ur]\//u.test(h) ? h : `u/${h}`;
  return `@${h}`;
}
