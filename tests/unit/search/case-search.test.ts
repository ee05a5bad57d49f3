import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, searchCases } from '../../../lib/search/case-search';
import type { Attempt, Case, Response } from '../../../lib/model';

const T = Date.UTC(2026, 10, 1);

function kase(id: string, companyId: string, title: string, lastActivityAt = T): Case {
  return {
    id,
    companyId,
    title,
    needsTitle: false,
    problem: '',
    ask: '',
    status: 'open',
    openedAt: T,
    lastActivityAt,
    createdAt: T,
    updatedAt: T,
  };
}

function attempt(caseId: string, extra: Partial<Attempt>): Attempt {
  return {
    id: `${caseId}-${Math.random()}`,
    caseId,
    companyId: 'x',
    channel: 'phone',
    at: T,
    agents: [],
    outcome: 'unresolved',
    source: 'manual',
    createdAt: T,
    updatedAt: T,
    ...extra,
  };
}

const NAMES: Record<string, string> = { tmobile: 'T-Mobile', samsung: 'Samsung', muller: 'Müller Elektro' };
const cases = [
  kase('c1', 'tmobile', 'Double charge'),
  kase('c2', 'samsung', 'Broken fridge', T + 1000),
  kase('c3', 'muller', 'Oven repair'),
];
const attempts = [
  attempt('c1', { reference: 'TM-48213', agents: ['Priya'], summary: 'Promised a credit by Friday' }),
  attempt('c2', { reference: 'SR 5512 0098', agents: ['Jordan'], subject: 'Ice maker leaking' }),
  attempt('c3', { agents: ['Frau Weiß'], promise: { text: 'Techniker kommt', dueAt: T } }),
];
const responses: Response[] = [
  {
    id: 'r1',
    caseId: 'c2',
    kind: 'dm',
    at: T,
    by: '@SamsungSupport',
    note: 'Please DM us your serial',
    source: 'manual',
    createdAt: T,
    updatedAt: T,
  },
];
const index = buildSearchIndex({ cases, attempts, responses, companyName: (id) => NAMES[id] ?? id });
const found = (q: string) => searchCases(index, q).hits.map((h) => `${h.item.id}:${h.field}:${h.shown}`);

describe('searchCases', () => {
  it('finds a case by its reference, with or without separators and in any case', () => {
    expect(found('TM-48213')).toEqual(['c1:reference:TM-48213']);
    expect(found('tm48213')).toEqual(['c1:reference:TM-48213']);
    expect(found('4821')).toEqual(['c1:reference:TM-48213']);
    expect(found('#48213,')).toEqual(['c1:reference:TM-48213']);
    expect(found('55120098')).toEqual(['c2:reference:SR 5512 0098']);
  });

  it('shows the reference exactly as it was stored', () => {
    expect(searchCases(index, 'tm-48213').hits[0]?.shown).toBe('TM-48213');
  });

  it('finds by company, agent, title and text, saying which', () => {
    expect(found('t-mobile')).toEqual(['c1:company:T-Mobile']);
    expect(found('priya')).toEqual(['c1:agent:Priya']);
    expect(found('fridge')).toEqual(['c2:title:Broken fridge']);
    expect(found('ice maker')).toEqual(['c2:text:Ice maker leaking']);
    expect(found('serial')).toEqual(['c2:text:Please DM us your serial']);
    expect(found('@samsungsupport')).toEqual(['c2:agent:@SamsungSupport']);
  });

  it('ignores accents and letter case', () => {
    expect(found('muller')).toEqual(['c3:company:Müller Elektro']);
    expect(found('WEISS')).toEqual([]); // ß is not ss: no false friend is invented
    expect(found('weiß')).toEqual(['c3:agent:Frau Weiß']);
    expect(fold('Émile')).toBe('emile');
  });

  it('needs every word somewhere in the same case', () => {
    expect(found('samsung jordan')).toEqual(['c2:company:Samsung']);
    expect(found('samsung priya')).toEqual([]);
  });

  it('ranks a reference above other fields, then the most recent activity', () => {
    const both = buildSearchIndex({
      cases: [
        kase('a', 'x', 'Order 777 lost'),
        kase('b', 'y', 'Other', T - 5),
        kase('c', 'z', 'Order 777 again', T + 5),
      ],
      attempts: [attempt('b', { reference: '777-1' })],
      responses: [],
      companyName: (id) => id,
    });
    expect(searchCases(both, '777').hits.map((h) => h.item.id)).toEqual(['b', 'c', 'a']);
  });

  it('returns nothing for an empty or punctuation-only query, and honours the limit', () => {
    expect(found('')).toEqual([]);
    expect(found('  -  ')).toEqual([]);
    const all = searchCases(index, 'e').total;
    expect(all).toBeGreaterThan(2);
    const limited = searchCases(index, 'e', 2);
    expect(limited.hits).toHaveLength(2);
    // The count says how many matched, not how many are shown.
    expect(limited.total).toBe(all);
  });
});
