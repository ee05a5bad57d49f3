import { domainOf } from './contact';
import { hitAt, EVERYDAY, type WordHit } from './scan';
import { isFree, take, textOf, type ParseState } from './state';
import { keyOf } from './tokens';
import type { CompanyRef, QuickAddCompany } from './types';
import { FILLERS } from './words';

/** A company named in the line, and every known company it may be. */
export interface CompanyFound {
  start: number;
  end: number;
  text: string;
  companies: CompanyRef[];
  /** Matched in full (a name, alias or domain) rather than in part or by a near spelling. */
  exact: boolean;
}

interface Entry {
  ref: CompanyRef;
  /** The full name ("T-Mobile (US)"), or a shorter form of it ("T-Mobile", "GWR"). */
  kind: 'name' | 'alias';
}

interface Index {
  byKey: Map<string, Entry[]>;
  byDomain: Map<string, CompanyRef>;
  companies: { ref: CompanyRef; key: string; words: string[] }[];
}

/** Letters and digits only: "T-Mobile", "t mobile" and "tmobile" are one key. */
export const alnum = (text: string): string => keyOf(text).replace(/[^a-z0-9]/g, '');

const COUNTRY = /\s+(?:uk|us|usa|de|fr|es|ie|au|ca)$/i;
const PARENTHESIS = /\s*\(([^()]{1,60})\)\s*/;
/** Words too common in company names to point at one ("Virgin Media" is not found by "Media"). */
const GENERIC = new Set([
  'air',
  'airlines',
  'airline',
  'airways',
  'bank',
  'energy',
  'media',
  'mobile',
  'communications',
  'international',
  'group',
  'the',
  'of',
  'and',
  'co',
  'inc',
  'ltd',
  'corp',
  'company',
  'uk',
  'us',
  'usa',
  'service',
  'services',
  'royal',
]);

function aliasesOf(name: string): string[] {
  const aliases: string[] = [];
  const inner = PARENTHESIS.exec(name)?.[1];
  const outer = name.replace(PARENTHESIS, ' ').trim();
  if (outer !== name) aliases.push(outer);
  if (inner && !/^(?:uk|us|usa)$/i.test(inner.trim()) && !inner.trim().toLowerCase().startsWith('formerly'))
    aliases.push(inner);
  for (const a of [name, outer]) if (COUNTRY.test(a)) aliases.push(a.replace(COUNTRY, ''));
  return aliases;
}

const cache = new WeakMap<readonly QuickAddCompany[], Index>();

function indexOf(companies: readonly QuickAddCompany[]): Index {
  const cached = cache.get(companies);
  if (cached) return cached;
  const index: Index = { byKey: new Map(), byDomain: new Map(), companies: [] };
  const add = (key: string, entry: Entry) => {
    if (key === '') return;
    const list = index.byKey.get(key) ?? [];
    if (!list.some((e) => e.ref.id === entry.ref.id)) list.push(entry);
    index.byKey.set(key, list);
  };
  for (const c of companies) {
    const ref = { id: c.id, name: c.name };
    add(alnum(c.name), { ref, kind: 'name' });
    for (const alias of aliasesOf(c.name)) add(alnum(alias), { ref, kind: 'alias' });
    for (const d of c.domains ?? []) {
      const domain = domainOf(keyOf(d));
      if (domain && !index.byDomain.has(domain)) index.byDomain.set(domain, ref);
    }
    const words = keyOf(c.name.replace(PARENTHESIS, ' '))
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !GENERIC.has(w));
    index.companies.push({ ref, key: alnum(c.name.replace(PARENTHESIS, ' ').replace(COUNTRY, '')), words });
  }
  cache.set(companies, index);
  return index;
}

function lookup(index: Index, key: string): CompanyRef[] {
  const entries = index.byKey.get(key) ?? [];
  // A company's own name wins over another's shorter form ("Microsoft" is not "Xbox (Microsoft)").
  const named = entries.filter((e) => e.kind === 'name');
  return (named.length > 0 ? named : entries).map((e) => e.ref);
}

export function companyOfDomain(companies: readonly QuickAddCompany[], domain: string): CompanyRef | undefined {
  const index = indexOf(companies);
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const found = index.byDomain.get(d);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether tokens from..to may name a company: free, in one clause, not starting or ending with a
 * filler, and — when a word of the vocabulary or an everyday word — written with a capital.
 */
function nameable(s: ParseState, hits: readonly WordHit[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = s.tokens[i];
    if (!token || !isFree(s, i) || s.clause[i] !== s.clause[from]) return false;
    const plain = !token.capital && !/\d/.test(token.key);
    if (plain && (hitAt(hits, i) || EVERYDAY.has(token.key))) return false;
  }
  const edge = (i: number) => FILLERS.has(s.tokens[i]?.key ?? '') && !s.tokens[i]?.capital;
  return !edge(from) && !edge(to - 1);
}

/** Known companies named in full, by name, shorter form or web domain, left to right. */
export function findKnownCompanies(s: ParseState, hits: readonly WordHit[]): CompanyFound[] {
  const index = indexOf(s.ctx.companies);
  const found: CompanyFound[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!isFree(s, i)) continue;
    const token = s.tokens[i];
    const domain = token && token.key.includes('.') ? domainOf(token.key) : undefined;
    if (domain) {
      const byDomain = companyOfDomain(s.ctx.companies, domain);
      const byName = byDomain ? [] : lookup(index, alnum(domain.slice(0, domain.lastIndexOf('.'))));
      const companies = byDomain ? [byDomain] : byName;
      if (companies.length > 0) {
        take(s, i, i + 1, 'company');
        found.push({ start: i, end: i + 1, text: token?.text ?? '', companies, exact: true });
        continue;
      }
    }
    for (let len = 4; len >= 1; len--) {
      if (!nameable(s, hits, i, i + len)) continue;
      const key = s.tokens
        .slice(i, i + len)
        .map((t) => alnum(t.text))
        .join('');
      const companies = key.length >= 2 ? lookup(index, key) : [];
      if (companies.length === 0) continue;
      take(s, i, i + len, 'company');
      found.push({ start: i, end: i + len, text: textOf(s, i, i + len), companies, exact: true });
      i += len - 1;
      break;
    }
  }
  return found;
}

/** Edit distance, stopping once it exceeds `max` (names are short; this is cheap). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/**
 * Known companies a name may mean without naming them in full: the start of a name ("T-Mob"), one
 * distinctive word of it ("Telekom" for "Deutsche Telekom"), or a near spelling ("Vodafon").
 */
export function partialMatches(companies: readonly QuickAddCompany[], text: string): CompanyRef[] {
  const key = alnum(text);
  if (key.length < 3) return [];
  const words = keyOf(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const found: CompanyRef[] = [];
  for (const c of indexOf(companies).companies) {
    const prefix = c.key.startsWith(key) && key.length * 2 >= c.key.length;
    const word = words.length === 1 && c.words.includes(key);
    const near = key.length >= 5 && within(key, c.key, key.length >= 9 ? 2 : 1);
    if (prefix || word || near) found.push(c.ref);
  }
  return found;
}
