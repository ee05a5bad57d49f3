import { companyOfDomain, findKnownCompanies, partialMatches, type CompanyFound } from './company';
import { findContacts } from './contact';
import {
  decideChannel,
  decideCompany,
  decideLengths,
  decideOutcome,
  decideReference,
  option,
  takePromiseVerbs,
} from './decide';
import { findLengths } from './duration';
import { findAgents, nameClauses } from './people';
import { companyPosition, takeCompanyMarks } from './position';
import { findBareCodes, findLabelledCodes } from './reference';
import { hitAt, scanWords, type WordHit } from './scan';
import { isFree, newState, splitClauses, take, textOf, type ParseState } from './state';
import { leftovers } from './summary';
import { decideWhen } from './timing';
import { tokenize } from './tokens';
import {
  QUICKADD_MAX_LENGTH,
  type AmbiguityOption,
  type QuickAddContext,
  type QuickAddFields,
  type QuickAddResult,
} from './types';
import { findWhens } from './when';
import { FILLERS } from './words';

/** Control characters (a pasted tab or line break) read as spaces. */
const CONTROL = /\p{Cc}/gu;

/**
 * Reads one quick-add line ("Called T-Mobile, Priya, ref TM-48213, 45 min, credit by Fri") into
 * the fields of a contact attempt, in English, Spanish, French or German. Pure: the same line,
 * companies and `now` always give the same result. Whatever could be read two ways is returned as
 * a question (`ambiguities`) with each reading as an option, and nothing is guessed.
 *
 * The steps run in a fixed order, each taking the words it understands: labelled codes and
 * addresses first (they contain digits that look like dates), then dates and times, then lengths,
 * then the vocabulary (outcomes, promises), people, companies and the channel; what is left is the
 * notes. Every step is a token walk over at most a few hundred tokens; the few regular expressions
 * test one token each and have no nested repetition.
 */
export function parseQuickAdd(line: string, context: QuickAddContext): QuickAddResult {
  const text = line.replace(CONTROL, ' ').normalize('NFC');
  if (text.length > QUICKADD_MAX_LENGTH) return { ok: false, error: 'too_long', max: QUICKADD_MAX_LENGTH };
  if (text.trim() === '') return { ok: false, error: 'empty', max: QUICKADD_MAX_LENGTH };

  const s = newState(text, tokenize(text), context);
  const codes = findLabelledCodes(s);
  const contacts = findContacts(s);
  const whens = findWhens(s);
  const lengths = findLengths(s);
  splitClauses(s);
  const hits = scanWords(s);
  const out: QuickAddFields = { agents: [] };

  const companies = findKnownCompanies(s, hits);
  for (const c of contacts) {
    const byDomain = c.domain ? companyOfDomain(context.companies, c.domain) : undefined;
    if (byDomain) companies.push({ start: c.start, end: c.end, text: c.text, companies: [byDomain], exact: true });
  }
  decideOutcome(s, hits, out);
  takePromiseVerbs(s, hits);
  out.agents.push(...findAgents(s, hits));
  const positioned = companies.length === 0 ? companyPosition(s, hits) : undefined;
  if (companies.length === 0) {
    const partial = findPartial(s, hits, positioned);
    if (partial) companies.push(partial);
  }
  decideCompany(s, companies, positioned, out);
  if (companies.length > 0 || out.companyText !== undefined) takeCompanyMarks(s, hits);
  decideChannel(s, hits, contacts, out);

  codes.push(...findBareCodes(s));
  decideWhen(s, hits, whens, out);
  decideReference(s, codes, out);
  decideLengths(s, lengths, out);
  askBareNumbers(s, out);
  decideNames(s, hits, out);

  const contact = contacts[0];
  if (contact) out.contact = contact.text;
  for (const other of contacts.slice(1)) for (let i = other.start; i < other.end; i++) s.used[i] = undefined;

  // A promise with nothing else said about the ending: the call ended on a promise.
  const promised = out.promise !== undefined || s.questions.some((q) => q.field === 'promise');
  if (out.outcome === undefined && promised && !s.questions.some((q) => q.field === 'outcome'))
    out.outcome = 'promised';

  const { summary, unknownWords } = leftovers(s, hits);
  if (summary !== undefined) out.summary = summary;
  return {
    ok: true,
    ...out,
    ambiguities: s.questions.map((q, i) => ({ id: `q${i}`, ...q })),
    unknownWords,
  };
}

/**
 * No company named in full: one named in part or misspelt ("T-Mob", "Vodafon", "Telekom" for
 * "Deutsche Telekom"), tried on the name where a company stands, then on capitalised words.
 */
function findPartial(
  s: ParseState,
  hits: readonly WordHit[],
  positioned: { start: number; end: number; text: string } | undefined,
): CompanyFound | undefined {
  const candidates: { start: number; end: number }[] = positioned ? [positioned] : [];
  s.tokens.forEach((token, i) => {
    if (isFree(s, i) && token.capital && token.kind === 'word' && !hitAt(hits, i) && !FILLERS.has(token.key))
      candidates.push({ start: i, end: i + 1 });
  });
  for (const c of candidates) {
    const text = textOf(s, c.start, c.end);
    const companies = partialMatches(s.ctx.companies, text).slice(0, 5);
    if (companies.length === 0) continue;
    take(s, c.start, c.end, 'company');
    return { ...c, text, companies, exact: false };
  }
  return undefined;
}

/** "45" alone: minutes of the call, minutes on hold, or just a number for the notes? Asked. */
function askBareNumbers(s: ParseState, out: QuickAddFields): void {
  s.tokens.forEach((token, i) => {
    if (!isFree(s, i) || token.kind !== 'number' || !/^\d{1,3}$/.test(token.key)) return;
    let next = i + 1;
    while (s.tokens[next]?.kind === 'punct' && s.clause[next] === s.clause[i]) next++;
    // "3 times", "2 fois": a count of something said next to it, not a length.
    if (s.clause[next] === s.clause[i] && isFree(s, next)) return;
    const minutes = Number(token.key);
    const asked = (field: string) => s.questions.some((q) => q.field === field);
    const options: AmbiguityOption[] = [];
    if (minutes > 0 && out.durationMinutes === undefined && !asked('durationMinutes'))
      options.push(option('duration', { kind: 'duration', minutes }));
    if (out.holdMinutes === undefined && !asked('holdMinutes')) options.push(option('hold', { kind: 'hold', minutes }));
    if (options.length === 0) return;
    options.push(option('notes', { kind: 'summary', text: token.text }));
    take(s, i, i + 1, 'marker');
    s.questions.push({ field: 'durationMinutes', reason: 'number_without_unit', text: token.text, options });
  });
}

/**
 * Clauses that are only names ("…, Priya, …"): agents once a company is known; otherwise a single
 * name may be the company ("Vodafone, 20 min" with Vodafone unknown) and is asked.
 */
function decideNames(s: ParseState, hits: readonly WordHit[], out: QuickAddFields): void {
  const companyKnown =
    out.company !== undefined || out.companyText !== undefined || s.questions.some((q) => q.field === 'company');
  for (const clause of nameClauses(s, hits)) {
    take(s, clause.start, clause.end, 'agent');
    const [only] = clause.names;
    if (companyKnown || clause.names.length > 1 || only === undefined) {
      out.agents.push(...clause.names);
      continue;
    }
    s.questions.push({
      field: 'agents',
      reason: 'agent_or_company',
      text: only,
      options: [
        option('agent', { kind: 'agent', name: only }),
        option('company', { kind: 'companyText', text: only }),
        option('notes', { kind: 'summary', text: only }),
      ],
    });
  }
}
