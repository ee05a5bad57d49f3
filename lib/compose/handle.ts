import { checkHandle, handleAdvice } from '../companies/handles';
import type { Company, Confidence, Platform, RetiredHandle } from '../model';

/** What the directory knows about a company's support account on one network. */
export interface HandleInfo {
  platform?: Platform;
  handle?: string;
  confidence?: Confidence;
  source?: string;
  note?: string;
  lastSeenAt?: number;
  /** Accounts on this network that no longer answer. */
  retired: RetiredHandle[];
  /** Other networks where the company has a current account (when this one has none). */
  elsewhere: Platform[];
  /** The company no longer answers on this network (Air France and KLM on X since 2023). */
  silent?: { note?: string };
  company?: Company;
}

export function stripAt(handle: string): string {
  return handle.trim().replace(/^@/u, '');
}

export function handleInfo(company: Company | undefined, platform: Platform): HandleInfo {
  if (!company) return { platform, retired: [], elsewhere: [] };
  // The directory's advice: a silent network, a retired or disguised handle is never suggested.
  const advice = handleAdvice(company, platform);
  const current = advice.suggested;
  const elsewhere = (Object.keys(company.handles) as Platform[]).filter((p) => p !== platform && company.handles[p]);
  return {
    platform,
    handle: current?.handle,
    confidence: current?.confidence,
    source: current?.source,
    note: current?.note,
    lastSeenAt: current?.lastSeenAt,
    retired: advice.retired,
    elsewhere,
    ...(advice.silent ? { silent: { note: advice.silent.note } } : {}),
    company,
  };
}

const sameHandle = (a: string, b: string) => stripAt(a).toLowerCase() === stripAt(b).toLowerCase();

export type HandleWarning = 'unknown' | 'retired' | 'lookAlike' | 'differs' | 'lowConfidence' | 'silent';

/**
 * Why a handle deserves a second look before a complaint goes to it: none known, retired,
 * disguised with look-alike characters (Roman numeral "ⅹ" for "x") or a known impostor, different
 * from the directory's, one the directory is unsure of, or on a network the company left.
 */
export function handleWarnings(typed: string, info: HandleInfo): HandleWarning[] {
  const handle = stripAt(typed);
  const warnings: HandleWarning[] = [];
  if (info.silent) warnings.push('silent');
  if (!handle) return info.handle ? warnings : [...warnings, 'unknown'];
  const check = info.company ? checkHandle(info.company, platformOf(info), handle) : undefined;
  // Handles are ASCII on every network we address; anything else is there to deceive.
  const disguised = /[^\x21-\x7e]/u.test(handle) || handle.normalize('NFKC') !== handle;
  if (
    disguised ||
    check?.findings.some((f) => f.reason !== 'imitates-directory-handle' || !sameHandle(handle, info.handle ?? ''))
  ) {
    warnings.push('lookAlike');
  }
  if (check?.status === 'retired' || info.retired.some((r) => sameHandle(r.handle, handle))) warnings.push('retired');
  if (!info.handle) warnings.push('unknown');
  else if (!sameHandle(info.handle, handle)) warnings.push('differs');
  else if (info.confidence === 'low') warnings.push('lowConfidence');
  return [...new Set(warnings)];
}

/** How a handle is written in a post on each network. */
export function mentionFor(platform: Platform, handle: string): string {
  const h = stripAt(handle);
  if (!h) return '';
  if (platform === 'reddit') return /^[ur]\//u.test(h) ? h : `u/${h}`;
  return `@${h}`;
}

function platformOf(info: HandleInfo): Platform {
  return info.platform ?? 'x';
}
