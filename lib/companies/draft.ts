import { Company, LIMITS, PLATFORMS, type Handle, type Phone, type Platform, type Sector } from '../model';
import type { CountryCode } from 'libphonenumber-js/min';
import { regionOf, storedNumber } from '../phones/dialled';
import { lookAlikeFindings } from './lookalike';
import { findDomainConflicts } from './merge';

/** The company form's fields as typed: lists are one entry per line. */
export interface CompanyDraft {
  name: string;
  domains: string;
  sector: Sector;
  country: string;
  handles: Record<Platform, string>;
  /** "number" or "number, label" per line. */
  phones: string;
  emails: string;
  contactUrls: string;
  notes: string;
}

export type DraftField =
  'name' | 'domains' | 'sector' | 'country' | `handle-${Platform}` | 'phones' | 'emails' | 'contactUrls' | 'notes';

/** Why a field was refused, as a message key of the settings strings plus its parameters. */
export interface DraftError {
  key:
    | 'name'
    | 'domain'
    | 'domainTaken'
    | 'country'
    | 'handle'
    | 'handleLookAlike'
    | 'handleNonAscii'
    | 'handleImpostor'
    | 'phone'
    | 'email'
    | 'url'
    | 'tooMany'
    | 'tooLong'
    | 'invalid';
  params?: Record<string, string | number>;
}

export type DraftErrors = Partial<Record<DraftField, DraftError>>;

export type DraftResult = { ok: true; company: Company } | { ok: false; errors: DraftErrors };

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function emptyDraft(): CompanyDraft {
  return {
    name: '',
    domains: '',
    sector: 'other',
    country: '',
    handles: { x: '', bluesky: '', mastodon: '', threads: '', linkedin: '', facebook: '', instagram: '', reddit: '' },
    phones: '',
    emails: '',
    contactUrls: '',
    notes: '',
  };
}

export function draftFromCompany(company: Company): CompanyDraft {
  const draft = emptyDraft();
  for (const platform of PLATFORMS) draft.handles[platform] = company.handles[platform]?.handle ?? '';
  return {
    ...draft,
    name: company.name,
    domains: company.domains.join('\n'),
    sector: company.sector,
    country: company.country,
    phones: company.phones.map((p) => (p.label ? `${p.number}, ${p.label}` : p.number)).join('\n'),
    emails: company.emails.join('\n'),
    contactUrls: company.contactUrls.join('\n'),
    notes: company.notes ?? '',
  };
}

/** A host or URL typed as a domain: "https://WWW.Example.com/contact" → "www.example.com". */
function normaliseDomain(value: string): string {
  const host = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? '';
  return host.replace(/:\d+$/, '').replace(/\.+$/, '').toLowerCase();
}

function normaliseCountry(value: string): string {
  const v = value.trim();
  if (/^global$/i.test(v)) return 'global';
  return v.toUpperCase();
}

/**
 * A phone line as typed: "number, label". The number is stored in E.164 when it is valid in the
 * company's country (or written with +); short codes and vanity numbers as people dial them.
 */
function parsePhone(line: string, region: CountryCode | undefined): { number: string; label?: string } {
  const comma = line.indexOf(',');
  if (comma < 0) return { number: storedNumber(line, region) };
  const label = line.slice(comma + 1).trim();
  return { number: storedNumber(line.slice(0, comma), region), label: label || undefined };
}

function checkList(
  values: string[],
  field: DraftField,
  errors: DraftErrors,
  valid: (v: string) => boolean,
  key: DraftError['key'],
) {
  if (values.length > LIMITS.listItems) {
    errors[field] = { key: 'tooMany', params: { max: LIMITS.listItems } };
    return;
  }
  const bad = values.findIndex((v) => !valid(v));
  if (bad >= 0) errors[field] = { key, params: { line: bad + 1, value: values[bad] ?? '' } };
}

/**
 * The company a filled-in form describes, or why each field is refused. Facts the person did not
 * change (a handle's source and confidence, a phone's source) are kept from `base`; anything they
 * typed anew is theirs and carries no source. `others` are the person's other companies, so a
 * domain cannot belong to two of them.
 */
export function companyFromDraft(
  draft: CompanyDraft,
  base: Company | undefined,
  id: string,
  others: readonly Company[],
  now: number,
): DraftResult {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = { key: 'name' };
  else if (name.length > LIMITS.shortText) errors.name = { key: 'tooLong', params: { max: LIMITS.shortText } };

  const domains = [...new Set(lines(draft.domains).map(normaliseDomain))];
  checkList(domains, 'domains', errors, (d) => Company.shape.domains.element.safeParse(d).success, 'domain');

  const country = normaliseCountry(draft.country);
  if (!/^([A-Z]{2}|EU|global)$/.test(country)) errors.country = { key: 'country' };

  const handles: Partial<Record<Platform, Handle>> = {};
  for (const platform of PLATFORMS) {
    const typed = draft.handles[platform].trim().replace(/^@/, '');
    if (typed === '') continue;
    const field: DraftField = `handle-${platform}`;
    if (!/^[^@\s][^\s]*$/.test(typed) || typed.length > 120) {
      errors[field] = { key: 'handle' };
      continue;
    }
    const findings = lookAlikeFindings(typed);
    const impostor = findings.find((f) => f.reason === 'known-impostor');
    const disguise = findings.find((f) => f.reason === 'homoglyphs' || f.reason === 'compatibility-characters');
    if (impostor) errors[field] = { key: 'handleImpostor', params: { handle: typed } };
    else if (disguise)
      errors[field] = {
        key: 'handleLookAlike',
        params: { handle: disguise.imitates?.handle ?? typed.normalize('NFKC') },
      };
    else if (findings.some((f) => f.reason === 'non-ascii')) errors[field] = { key: 'handleNonAscii' };
    if (errors[field]) continue;
    const previous = base?.handles[platform];
    handles[platform] =
      previous && previous.handle.toLowerCase() === typed.toLowerCase() ? previous : { handle: typed };
  }

  const phoneLines = lines(draft.phones);
  const phones: Phone[] = phoneLines.map((line) => {
    const parsed = parsePhone(line, regionOf(country));
    const previous = base?.phones.find((p) => p.number === parsed.number);
    return previous
      ? { ...previous, label: parsed.label ?? previous.label }
      : { number: parsed.number, label: parsed.label };
  });
  const phoneOk = (p: Phone) =>
    /^\+?[0-9A-Z][0-9A-Z ().-]{0,30}$/i.test(p.number) &&
    (p.number.match(/\d/g)?.length ?? 0) >= 2 &&
    (p.label ?? '').length <= LIMITS.shortText;
  if (phones.length > LIMITS.listItems) errors.phones = { key: 'tooMany', params: { max: LIMITS.listItems } };
  else {
    const bad = phones.findIndex((p) => !phoneOk(p));
    if (bad >= 0) errors.phones = { key: 'phone', params: { line: bad + 1, value: phoneLines[bad] ?? '' } };
  }

  const emails = lines(draft.emails).map((e) => e.replace(/^mailto:/i, '').toLowerCase());
  checkList(emails, 'emails', errors, (e) => Company.shape.emails.element.safeParse(e).success, 'email');
  const contactUrls = lines(draft.contactUrls);
  checkList(contactUrls, 'contactUrls', errors, (u) => Company.shape.contactUrls.element.safeParse(u).success, 'url');
  const notes = draft.notes.trim();
  if (notes.length > LIMITS.text) errors.notes = { key: 'tooLong', params: { max: LIMITS.text } };

  if (!errors.domains) {
    const conflict = findDomainConflicts({ id, domains }, others)[0];
    if (conflict)
      errors.domains = { key: 'domainTaken', params: { domain: conflict.domain, company: conflict.companyName } };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const candidate: Company = {
    ...(base ?? {}),
    id,
    name,
    domains,
    sector: draft.sector,
    country,
    handles,
    retiredHandles: base?.retiredHandles ?? [],
    phones,
    emails,
    contactUrls,
    status: base?.status ?? 'active',
    notes: notes || undefined,
    // A cited source stays only while the contact details it backs are unchanged.
    contactSource:
      sameList(contactUrls, base?.contactUrls) && sameList(emails, base?.emails) ? base?.contactSource : undefined,
    source: 'user',
    createdAt: base?.createdAt ?? now,
    updatedAt: now,
  };
  // The checks above mirror the schema field by field; this parse is the final word.
  const parsed = Company.safeParse(candidate);
  if (!parsed.success)
    return { ok: false, errors: { [fieldOfIssue(parsed.error.issues[0]?.path ?? [])]: { key: 'invalid' } } };
  return { ok: true, company: parsed.data };
}

const sameList = (a: readonly string[], b: readonly string[] | undefined) =>
  b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

const FORM_FIELDS = ['name', 'domains', 'sector', 'country', 'phones', 'emails', 'contactUrls', 'notes'] as const;

/** The form field a schema issue belongs to (the name field when it belongs to none). */
function fieldOfIssue(path: readonly PropertyKey[]): DraftField {
  const [top, sub] = path;
  if (top === 'handles') {
    const platform = PLATFORMS.find((p) => p === sub);
    if (platform) return `handle-${platform}`;
  }
  return FORM_FIELDS.find((f) => f === top) ?? 'name';
}

/** A slug id for a company the person adds: "user-acme-widgets". Unique among `taken`. */
export function newUserCompanyId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'company';
  let id = `user-${slug}`;
  for (let n = 2; taken.has(id); n += 1) id = `user-${slug}-${n}`;
  return id;
}
