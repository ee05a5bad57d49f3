import confusablesData from 'unhomoglyph/data.json';
import { PLATFORMS, type Company, type Platform } from '../model';
import { directoryCompanies, knownImpostors, type Impostor } from './directory';

// Unicode's confusables table (UTS #39), one code point → its prototype ("а" Cyrillic → "a",
// "0" → "O", "1" → "l", "m" → "rn"). Looked up per code point rather than through the package's
// single 6,000-branch regular expression, which costs more to build than a page can spare.
const confusables: Readonly<Record<string, string>> = confusablesData;

/** A handle as typed, without a leading "@" or surrounding spaces. */
export function bareHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '');
}

/**
 * The UTS #39 "skeleton" of a handle, case-folded: two handles with the same skeleton look the
 * same to a reader. NFKC first folds fullwidth letters and Roman numerals ("ⅹ" → "x").
 */
export function handleSkeleton(handle: string): string {
  let out = '';
  for (const ch of bareHandle(handle).normalize('NFKC')) out += confusables[ch] ?? ch;
  return out.normalize('NFKC').toLowerCase();
}

/** Every network Paper Trail supports writes handles in ASCII; anything else is a disguise. */
const ASCII_HANDLE = /^[\x21-\x7e]+$/;

export type LookAlikeReason =
  /** Fullwidth, mathematical or Roman-numeral forms that normalise to plain letters. */
  | 'compatibility-characters'
  /** Letters from another script that look Latin (Cyrillic "а", Greek "ο"…). */
  | 'homoglyphs'
  /** Not a handle any supported network allows. */
  | 'non-ascii'
  /** Plain ASCII that reads like a directory handle ("AppIeSupport" with a capital I). */
  | 'imitates-directory-handle'
  /** A handle reported as posing as a company's support team. */
  | 'known-impostor';

export interface LookAlikeFinding {
  reason: LookAlikeReason;
  /** The genuine handle it imitates, when one is known. */
  imitates?: { companyId: string; companyName: string; handle: string; platform: Platform };
  impostor?: Impostor;
}

interface KnownHandle {
  company: Company;
  platform: Platform;
  handle: string;
}

function knownHandles(companies: readonly Company[]): KnownHandle[] {
  return companies.flatMap((company) => [
    ...PLATFORMS.flatMap((platform) => {
      const h = company.handles[platform];
      return h === undefined ? [] : [{ company, platform, handle: h.handle }];
    }),
    // Secondary and retired accounts too: a disguised copy of either is still a disguise.
    ...[...(company.otherHandles ?? []), ...company.retiredHandles].map((h) => ({
      company,
      platform: h.network,
      handle: h.handle,
    })),
  ]);
}

// Skeleton → genuine handles, per company list (built once per list).
const skeletonIndexes = new WeakMap<readonly Company[], Map<string, KnownHandle[]>>();

function skeletonIndex(companies: readonly Company[]): Map<string, KnownHandle[]> {
  let index = skeletonIndexes.get(companies);
  if (index === undefined) {
    index = new Map();
    for (const known of knownHandles(companies)) {
      const key = handleSkeleton(known.handle);
      index.set(key, [...(index.get(key) ?? []), known]);
    }
    skeletonIndexes.set(companies, index);
  }
  return index;
}

/**
 * Why a handle may not be what it seems. Empty when nothing is wrong with it as written — which
 * does not prove it belongs to the company: only the network's verification badge can say that.
 */
export function lookAlikeFindings(
  handle: string,
  companies: readonly Company[] = directoryCompanies,
  impostors: readonly Impostor[] = knownImpostors,
): LookAlikeFinding[] {
  const bare = bareHandle(handle);
  const folded = bare.toLowerCase();
  const findings: LookAlikeFinding[] = impostors
    .filter((impostor) => impostor.handle.toLowerCase() === folded)
    .map((impostor) => ({ reason: 'known-impostor', impostor }));

  const skeleton = handleSkeleton(bare);
  const sameLooking = skeletonIndex(companies).get(skeleton) ?? [];
  const isGenuine = sameLooking.some((k) => k.handle.toLowerCase() === folded);
  const original = isGenuine ? undefined : sameLooking[0];
  const imitates = original && {
    companyId: original.company.id,
    companyName: original.company.name,
    handle: original.handle,
    platform: original.platform,
  };

  const nfkc = bare.normalize('NFKC');
  const disguises: LookAlikeFinding[] = [];
  if (nfkc !== bare) disguises.push({ reason: 'compatibility-characters', imitates });
  if (!ASCII_HANDLE.test(nfkc)) {
    // Cyrillic/Greek letters whose skeleton is plain ASCII are homoglyphs; anything else is simply invalid.
    disguises.push({ reason: ASCII_HANDLE.test(skeleton) ? 'homoglyphs' : 'non-ascii', imitates });
  }
  if (disguises.length === 0 && imitates !== undefined)
    disguises.push({ reason: 'imitates-directory-handle', imitates });
  return [...findings, ...disguises];
}

/** True when a handle is disguised (homoglyphs, compatibility forms, non-ASCII), imitates a directory handle, or is a known impostor. */
export function isLookAlikeHandle(handle: string, companies: readonly Company[] = directoryCompanies): boolean {
  return lookAlikeFindings(handle, companies).length > 0;
}
