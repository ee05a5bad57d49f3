import type { Attempt, Case, Response } from '../model';

/*
 * Search across cases by company, reference number, agent and text. The records are folded once
 * into a small index (one entry per case, a few strings per kind of field), so each keystroke is a
 * scan of a few hundred strings in memory — never a database read.
 */

/** Which kind of field a hit came from, so the result can say why it matched. */
export type SearchField = 'reference' | 'company' | 'agent' | 'title' | 'text';

/** One field's value as shown, and its folded form for matching. */
interface Entry {
  field: SearchField;
  shown: string;
  folded: string;
}

export interface IndexedCase {
  item: Case;
  companyName: string;
  entries: Entry[];
  /** Every entry's folded text joined, so a query's words are checked with one `includes` each. */
  all: string;
}

export interface SearchIndex {
  cases: IndexedCase[];
}

export interface SearchHit {
  item: Case;
  companyName: string;
  /** The best-ranked field that matched, and its value as stored (a reference keeps its case). */
  field: SearchField;
  shown: string;
}

/** Lower case, accents off, so "Müller" is found by "muller" and "MULLER". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Letters and digits only: "TM-48213", "tm 48213" and "TM48213" are the same reference. */
function compact(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Folds each distinct value once: agents, companies and stock phrases repeat across thousands of records. */
function foldOnce(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let folded = seen.get(text);
    if (folded === undefined) {
      folded = fold(text);
      seen.set(text, folded);
    }
    return folded;
  };
}

function toEntry(field: SearchField, value: string, foldText: (text: string) => string): Entry {
  const folded = foldText(value);
  // A reference also matches without its separators.
  return { field, shown: value, folded: field === 'reference' ? `${folded} ${compact(folded)}` : folded };
}

/**
 * Fold every record into one entry list per case. Built with plain pushes and a seen-set per case
 * (no intermediate arrays): it runs over every attempt, and what it allocates is what the page
 * must later collect while the person types.
 */
export function buildSearchIndex(input: {
  cases: readonly Case[];
  attempts: readonly Attempt[];
  responses: readonly Response[];
  companyName: (companyId: string) => string;
}): SearchIndex {
  const foldText = foldOnce();
  const byCase = new Map<string, { entries: Entry[]; seen: Set<string> }>();
  const add = (caseId: string, field: SearchField, shown: string | undefined) => {
    const value = shown?.trim();
    if (!value) return;
    let list = byCase.get(caseId);
    if (!list) {
      list = { entries: [], seen: new Set() };
      byCase.set(caseId, list);
    }
    // The same value logged on many attempts (one agent, one reference) is one entry.
    const key = `${field}\u0000${value}`;
    if (list.seen.has(key)) return;
    list.seen.add(key);
    list.entries.push(toEntry(field, value, foldText));
  };
  for (const a of input.attempts) {
    add(a.caseId, 'reference', a.reference);
    for (const agent of a.agents) add(a.caseId, 'agent', agent);
    add(a.caseId, 'text', a.subject);
    add(a.caseId, 'text', a.contact);
    add(a.caseId, 'text', a.summary);
    add(a.caseId, 'text', a.promise?.text);
  }
  for (const r of input.responses) {
    add(r.caseId, 'agent', r.by);
    add(r.caseId, 'text', r.note);
    add(r.caseId, 'text', r.promise?.text);
  }
  const cases = input.cases.map((item): IndexedCase => {
    const companyName = input.companyName(item.companyId);
    const own: Entry[] = [];
    const ownAdd = (field: SearchField, shown: string | undefined) => {
      const value = shown?.trim();
      if (value) own.push(toEntry(field, value, foldText));
    };
    ownAdd('company', companyName);
    ownAdd('title', item.title);
    ownAdd('reference', item.privateRef);
    ownAdd('text', item.problem);
    ownAdd('text', item.ask);
    const entries = own.concat(byCase.get(item.id)?.entries ?? []);
    return { item, companyName, entries, all: entries.map((e) => e.folded).join('\n') };
  });
  return { cases };
}

/** A query's words, folded, each also without its punctuation ("#4471," finds "4471"). */
function terms(query: string): string[][] {
  return (
    fold(query)
      .split(/\s+/)
      .map((w) => [w, compact(w)])
      // Punctuation alone is no word: it would match every case.
      .filter(([, bare]) => bare !== '')
  );
}

function matches(folded: string, forms: string[]): boolean {
  return forms.some((f) => folded.includes(f));
}

const RANK: Record<SearchField, number> = { reference: 0, company: 1, agent: 2, title: 3, text: 4 };

export interface SearchResult {
  /** The best `limit` matches. */
  hits: SearchHit[];
  /** How many cases matched in all. */
  total: number;
}

/**
 * Cases in which every word of the query appears (in any of their fields), best first: a matching
 * reference, then company, agent, title and other text; within a rank, the most recent activity.
 */
export function searchCases(index: SearchIndex, query: string, limit = 20): SearchResult {
  const words = terms(query);
  if (words.length === 0) return { hits: [], total: 0 };
  const hits: (SearchHit & { rank: number })[] = [];
  for (const c of index.cases) {
    if (!words.every((w) => matches(c.all, w))) continue;
    let best: Entry | undefined;
    for (const e of c.entries) {
      if (!words.some((w) => matches(e.folded, w))) continue;
      if (!best || RANK[e.field] < RANK[best.field]) best = e;
    }
    if (!best) continue;
    hits.push({
      item: c.item,
      companyName: c.companyName,
      field: best.field,
      shown: best.shown,
      rank: RANK[best.field],
    });
  }
  hits.sort((a, b) => a.rank - b.rank || b.item.lastActivityAt - a.item.lastActivityAt);
  return {
    hits: hits
      .slice(0, limit)
      .map((h) => ({ item: h.item, companyName: h.companyName, field: h.field, shown: h.shown })),
    total: hits.length,
  };
}
