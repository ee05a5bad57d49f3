import { parse } from 'tldts';
import type { Company, Platform } from '../model';
import { checkHandle, companiesWithHandle } from './handles';
import { bareHandle, lookAlikeFindings } from './lookalike';

/** Where a handle saved from a profile page comes from (Handle.source), in the data. */
export const HANDLE_SOURCE = {
  /** A Bluesky handle that is one of the company's own domains: the domain proves the account. */
  ownDomain: "the company's own domain",
  /** The person saved it from the account's profile page. */
  confirmedByYou: 'confirmed by you on its profile page',
} as const;

/** A company a profile page's account belongs to, and how sure that is. */
export interface ProfileMatch {
  company: Company;
  /** A Bluesky handle on one of the company's own domains. */
  ownDomain: boolean;
}

// Words support accounts wrap a brand in: "AskPayPal", "TMobileHelp", "SkyHelpTeam", "BarclaysUKHelp".
const PREFIX = /^(?:ask|hey|hi|the|contact)/;
const SUFFIX = /(?:help|helps|helpdesk|support|care|cares|service|services|cs|team|desk|official|hq|uk|us|usa|eu)$/;

/**
 * A name or handle reduced to its brand: NFKC, lower case, without spaces, punctuation or the
 * support words around it ("T-Mobile Help" → "tmobile", "ask_progressive" → "progressive").
 * Undefined when anything but plain a–z and digits is left: a disguised or foreign-script name is
 * never evidence.
 */
export function brandKey(text: string): string | undefined {
  let key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  if (!/^[a-z0-9]+$/.test(key)) return undefined;
  for (let before = ''; before !== key;) {
    before = key;
    const stripped = key.replace(PREFIX, '').replace(SUFFIX, '');
    // Never strip a brand away entirely ("EE", "O2", "Sky").
    if (stripped.length >= 2) key = stripped;
  }
  return key;
}

/** The brands a company goes by: its name (without a parenthesis) and its domains' names. */
function brandKeys(company: Company): Set<string> {
  const names = [
    company.name.replace(/\([^)]*\)/g, ' '),
    ...company.domains.map((d) => parse(d).domainWithoutSuffix ?? ''),
  ];
  return new Set(names.flatMap((n) => brandKey(n) ?? []));
}

/** The part of a handle that names the account: a Mastodon user without its server, a Bluesky name on bsky.social. */
function accountName(platform: Platform, handle: string): string | undefined {
  const bare = bareHandle(handle);
  if (platform === 'mastodon') return bare.split('@')[0];
  // A Bluesky handle on any other domain names that domain's owner: only its own domains count.
  if (platform === 'bluesky') return /^([a-z0-9-]+)\.bsky\.social$/i.exec(bare)?.[1];
  return bare;
}

/** The handle, or the display name with the brand's first word in the handle, names the company. */
function namesCompany(company: Company, platform: Platform, handle: string, name: string | undefined): boolean {
  const keys = brandKeys(company);
  const account = accountName(platform, handle);
  const handleKey = account === undefined ? undefined : brandKey(account);
  if (handleKey !== undefined && keys.has(handleKey)) return true;
  const nameKey = name === undefined ? undefined : brandKey(name);
  const firstWord = brandKey(company.name.split(/\s+/)[0] ?? '');
  return (
    nameKey !== undefined &&
    keys.has(nameKey) &&
    firstWord !== undefined &&
    firstWord.length >= 3 &&
    (account ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .includes(firstWord)
  );
}

/**
 * The company whose support account a profile page probably shows, for the social script to
 * offer "Save @handle as <Company>'s support account". Conservative on purpose:
 *  - never for a look-alike handle (disguised letters, an imitation of a directory handle or of
 *    one of the person's, a known impostor), nor one any company already has (current, secondary
 *    or retired) on this network;
 *  - a Bluesky handle on one of a company's own domains matches that company (the domain proves it);
 *  - otherwise only a company the person has an open case with (`withCases`), and only when the
 *    handle names it ("AskPayPal" → PayPal) or the display name does and the handle carries its first word;
 *  - never a company that stopped answering on the network or no longer trades;
 *  - nothing when two companies would match.
 * `companies` is every company the person can reach (directory and theirs).
 */
export function profileMatch(
  platform: Platform,
  handle: string,
  name: string | undefined,
  companies: readonly Company[],
  withCases: ReadonlySet<string>,
): ProfileMatch | undefined {
  // Against the directory too: a person's own record may have dropped the genuine handle a look-alike imitates.
  if (lookAlikeFindings(handle).length > 0 || lookAlikeFindings(handle, companies).length > 0) return undefined;
  if (
    companiesWithHandle(platform, handle, companies).some(
      (c) => checkHandle(c, platform, handle).status !== 'own-domain',
    )
  )
    return undefined;
  if (companies.some((c) => checkHandle(c, platform, handle).status === 'retired')) return undefined;
  const usable = companies.filter(
    (c) => c.status === 'active' && !(c.silentOn ?? []).some((s) => s.network === platform),
  );
  const byDomain = usable.filter(
    (c) => platform === 'bluesky' && checkHandle(c, platform, handle).status === 'own-domain',
  );
  if (byDomain.length > 0)
    return byDomain.length === 1 && byDomain[0] ? { company: byDomain[0], ownDomain: true } : undefined;
  const named = usable.filter((c) => withCases.has(c.id) && namesCompany(c, platform, handle, name));
  return named.length === 1 && named[0] ? { company: named[0], ownDomain: false } : undefined;
}
