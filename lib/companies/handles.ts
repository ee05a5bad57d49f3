import { PLATFORMS, type Company, type Confidence, type Platform, type RetiredHandle } from '../model';
import { citedSources, type DirectorySource } from './directory';
import { bareHandle, lookAlikeFindings, type LookAlikeFinding } from './lookalike';
import { domainCandidates } from './lookup';

/** A handle and what the directory knows about it. */
export interface HandleFacts {
  platform: Platform;
  handle: string;
  confidence?: Confidence;
  /** The citation as stored ("SlashGear, 2023 [SLASHGEAR23]"); absent for unsourced entries. */
  source?: string;
  note?: string;
  lastSeenAt?: number;
  /** The cited sources, resolved (title, address, date). */
  sources: DirectorySource[];
  /** Where the company entry comes from: the bundled directory, the person, or a visited page. */
  origin: Company['source'];
}

export type SilentNetwork = NonNullable<Company['silentOn']>[number];

/** Somewhere else to reach the company. */
export type OtherChannel =
  | { kind: 'handle'; platform: Platform; handle: string; confidence?: Confidence; source?: string }
  | { kind: 'phone'; number: string; label?: string; source?: string }
  | { kind: 'email'; address: string; source?: string }
  | { kind: 'url'; url: string; source?: string };

export type HandleCaution =
  /** Always: only the network's badge shows an account is verified and belongs to the company. */
  | 'verify-account'
  | 'low-confidence'
  /** The entry cites no source (a person's own entry, or an auto-recorded company). */
  | 'unsourced'
  /** The company no longer answers customers on this network. */
  | 'silent-network'
  /** The company or brand no longer trades. */
  | 'company-gone'
  /** The suggested handle itself is disguised or matches a known impostor. */
  | 'look-alike';

export interface HandleAdvice {
  platform: Platform;
  /** The handle to address, when the directory has one for this network and it is safe to use. */
  suggested?: HandleFacts;
  /** Brand or older accounts on this network, not confirmed as the place for complaints. */
  secondary: HandleFacts[];
  /** Handles on this network that must not be used any more. */
  retired: RetiredHandle[];
  silent?: SilentNetwork;
  cautions: HandleCaution[];
  /** Other ways to reach the company: every other network's handle, then phones, emails, pages. */
  otherChannels: OtherChannel[];
}

function facts(
  company: Company,
  platform: Platform,
  h: { handle: string; confidence?: Confidence; source?: string; note?: string; lastSeenAt?: number },
): HandleFacts {
  return {
    platform,
    handle: h.handle,
    confidence: h.confidence,
    source: h.source,
    note: h.note,
    lastSeenAt: h.lastSeenAt,
    sources: citedSources(h.source),
    origin: company.source,
  };
}

const sameHandle = (a: string, b: string) => bareHandle(a).toLowerCase() === bareHandle(b).toLowerCase();

/** Every channel of the company except the given network's handles. */
export function otherChannels(company: Company, except?: Platform): OtherChannel[] {
  const handles: OtherChannel[] = PLATFORMS.flatMap((platform) => {
    const h = company.handles[platform];
    if (platform === except || h === undefined) return [];
    if ((company.silentOn ?? []).some((s) => s.network === platform)) return [];
    return [{ kind: 'handle' as const, platform, handle: h.handle, confidence: h.confidence, source: h.source }];
  });
  return [
    ...handles,
    ...company.phones.map((p): OtherChannel => ({ kind: 'phone', number: p.number, label: p.label, source: p.source })),
    ...company.emails.map((address): OtherChannel => ({ kind: 'email', address, source: company.contactSource })),
    ...company.contactUrls.map((url): OtherChannel => ({ kind: 'url', url, source: company.contactSource })),
  ];
}

/**
 * What to address on a network: the directory's handle with how sure it is, what not to use,
 * and — when the company has no usable handle there or stopped answering — where else to go.
 */
export function handleAdvice(company: Company, platform: Platform): HandleAdvice {
  const silent = (company.silentOn ?? []).find((s) => s.network === platform);
  const retired = company.retiredHandles.filter((r) => r.network === platform);
  const listed = company.handles[platform];
  const candidate =
    listed !== undefined && !retired.some((r) => sameHandle(r.handle, listed.handle))
      ? facts(company, platform, listed)
      : undefined;
  const secondary = (company.otherHandles ?? [])
    .filter((h) => h.network === platform && !retired.some((r) => sameHandle(r.handle, h.handle)))
    .map((h) => facts(company, platform, h));

  const cautions = new Set<HandleCaution>();
  if (silent !== undefined) cautions.add('silent-network');
  if (company.status !== 'active') cautions.add('company-gone');
  let suggested = silent === undefined && company.status === 'active' ? candidate : undefined;
  if (suggested !== undefined) {
    if (lookAlikeFindings(suggested.handle).some((f) => f.reason !== 'imitates-directory-handle')) {
      cautions.add('look-alike');
      suggested = undefined;
    } else {
      cautions.add('verify-account');
      if (suggested.confidence === 'low') cautions.add('low-confidence');
      if (suggested.source === undefined) cautions.add('unsourced');
    }
  }
  return {
    platform,
    suggested,
    secondary,
    retired,
    silent,
    cautions: [...cautions],
    otherChannels: suggested === undefined ? otherChannels(company, platform) : [],
  };
}

export type HandleStatus =
  /** The directory's handle for this company and network. */
  | 'listed'
  /** A brand or older account of this company, unconfirmed for complaints. */
  | 'secondary'
  | 'retired'
  /** A Bluesky handle on one of the company's own domains: Bluesky proves it through the domain's DNS or web server. */
  | 'own-domain'
  /** Not among this company's handles. */
  | 'unlisted';

export interface HandleCheck {
  status: HandleStatus;
  findings: LookAlikeFinding[];
  /** The handle the directory lists for this network, when the one checked differs. */
  expected?: HandleFacts;
  retired?: RetiredHandle;
}

/** Checks a handle the person typed or a page showed against the company's entry. */
export function checkHandle(
  company: Company,
  platform: Platform,
  handle: string,
  companies?: readonly Company[],
): HandleCheck {
  const findings = lookAlikeFindings(handle, companies);
  const listed = company.handles[platform];
  const retired = company.retiredHandles.find((r) => r.network === platform && sameHandle(r.handle, handle));
  if (retired !== undefined)
    return { status: 'retired', findings, retired, expected: listed && facts(company, platform, listed) };
  if (listed !== undefined && sameHandle(listed.handle, handle)) return { status: 'listed', findings };
  const expected = listed && facts(company, platform, listed);
  if ((company.otherHandles ?? []).some((h) => h.network === platform && sameHandle(h.handle, handle))) {
    return { status: 'secondary', findings, expected };
  }
  if (platform === 'bluesky' && findings.length === 0 && onOwnDomain(company, handle))
    return { status: 'own-domain', findings, expected };
  return { status: 'unlisted', findings, expected };
}

/** "delta.com" or "support.delta.com" for a company that lists delta.com (never a parent or look-alike domain). */
function onOwnDomain(company: Company, handle: string): boolean {
  const candidates = domainCandidates(bareHandle(handle).toLowerCase());
  return candidates.some((d) => company.domains.includes(d));
}

/** The companies whose entry lists this handle on this network (for a reply seen on a social page). */
export function companiesWithHandle(platform: Platform, handle: string, companies: readonly Company[]): Company[] {
  const domainHandle = platform === 'bluesky' && lookAlikeFindings(handle, []).length === 0;
  return companies.filter(
    (c) =>
      (c.handles[platform] !== undefined && sameHandle(c.handles[platform].handle, handle)) ||
      (c.otherHandles ?? []).some((h) => h.network === platform && sameHandle(h.handle, handle)) ||
      (domainHandle && onOwnDomain(c, handle)),
  );
}
