import fc from 'fast-check';
import type { BackupCompany, BackupData } from '../../../lib/exchange/backup';
import { CHANNELS, PLATFORMS, type Attempt, type Case, type Escalation, type Response } from '../../../lib/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

/** Generators of valid records (every one passes the model), small so 1,000 runs stay fast. */
const id = fc.uuid({ version: 4 });
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const domain = fc.tuple(word, fc.constantFrom('com', 'co.uk', 'org')).map(([name, tld]) => `${name}.${tld}`);
const stamps = fc.tuple(time, time).map(([a, b]) => ({ createdAt: Math.min(a, b), updatedAt: Math.max(a, b) }));
const promise = fc.record({ text: text(30).filter((s) => s.length > 0), dueAt: time });

export const companyArb: fc.Arbitrary<BackupCompany> = fc
  .record(
    {
      id: slug,
      name: text(30).filter((s) => s.length > 0),
      domains: fc.array(domain, { maxLength: 2 }),
      sector: fc.constantFrom('telecom', 'bank', 'retail', 'other'),
      country: fc.constantFrom('US', 'GB', 'global'),
      handles: fc.record(
        {
          x: fc.record({ handle: word }),
          bluesky: fc.record({ handle: domain, confidence: fc.constantFrom('high', 'low') }),
        },
        { requiredKeys: [] },
      ),
      retiredHandles: fc.array(fc.record({ network: fc.constantFrom(...PLATFORMS), handle: word }), { maxLength: 1 }),
      phones: fc.array(fc.record({ number: fc.stringMatching(/^\+[0-9]{6,12}$/) }), { maxLength: 2 }),
      emails: fc.array(
        fc.tuple(word, domain).map(([user, host]) => `${user}@${host}`),
        { maxLength: 2 },
      ),
      contactUrls: fc.array(
        domain.map((d) => `https://${d}/contact`),
        { maxLength: 1 },
      ),
      status: fc.constantFrom('active', 'defunct', 'merged'),
      notes: text(40),
      source: fc.constantFrom('user', 'auto'),
      stamps,
    },
    {
      requiredKeys: [
        'id',
        'name',
        'domains',
        'sector',
        'country',
        'handles',
        'retiredHandles',
        'phones',
        'emails',
        'contactUrls',
        'status',
        'source',
        'stamps',
      ],
    },
  )
  .map(({ stamps: s, ...rest }) => ({ ...rest, ...s }));

const caseArb: fc.Arbitrary<Case> = fc
  .record(
    {
      id,
      companyId: slug,
      title: text(40),
      needsTitle: fc.boolean(),
      problem: text(80),
      ask: text(40),
      amount: fc.record({
        value: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
        currency: fc.constantFrom('USD', 'EUR', 'GBP'),
      }),
      privateRef: text(20),
      status: fc.constantFrom('open', 'resolved', 'closed'),
      openedAt: time,
      resolvedAt: time,
      stamps,
    },
    { requiredKeys: ['id', 'companyId', 'title', 'needsTitle', 'problem', 'ask', 'status', 'openedAt', 'stamps'] },
  )
  .map(({ stamps: s, ...rest }) => ({ ...rest, ...s, lastActivityAt: rest.openedAt }));

const attemptArb = fc.record(
  {
    id,
    caseIndex: fc.nat(),
    channel: fc.constantFrom(...CHANNELS),
    at: time,
    duration: fc.integer({ min: 0, max: 7_200_000 }),
    holdSeconds: fc.integer({ min: 0, max: 3_600 }),
    agents: fc.array(
      text(20).filter((s) => s.length > 0),
      { maxLength: 3 },
    ),
    reference: text(20),
    summary: text(80),
    outcome: fc.constantFrom('no_answer', 'unresolved', 'transferred', 'promised', 'refused', 'resolved', 'pending'),
    promise,
    pageUrl: domain.map((d) => `https://${d}/help?q=1`),
    source: fc.constantFrom('auto', 'manual'),
    stamps,
  },
  { requiredKeys: ['id', 'caseIndex', 'channel', 'at', 'duration', 'agents', 'outcome', 'source', 'stamps'] },
);

const escalationArb = fc.record(
  {
    id,
    caseIndex: fc.nat(),
    platform: fc.constantFrom(...PLATFORMS),
    handle: word,
    kind: fc.constantFrom('initial', 'follow_up', 'thanks'),
    tone: fc.constantFrom('friendly', 'firm', 'final'),
    parts: fc.array(text(60), { minLength: 1, maxLength: 3 }),
    status: fc.constantFrom('draft', 'posted'),
    postedAt: time,
    postUrl: word.map((w) => `https://x.com/me/status/${w}`),
    stamps,
  },
  { requiredKeys: ['id', 'caseIndex', 'platform', 'handle', 'kind', 'tone', 'parts', 'status', 'stamps'] },
);

const responseArb = fc.record(
  {
    id,
    caseIndex: fc.nat(),
    kind: fc.constantFrom('public_reply', 'dm', 'call', 'email', 'promise', 'fix', 'refusal'),
    at: time,
    by: text(20),
    note: text(60),
    promiseKept: fc.boolean(),
    source: fc.constantFrom('auto', 'manual'),
    stamps,
  },
  { requiredKeys: ['id', 'caseIndex', 'kind', 'at', 'source', 'stamps'] },
);

const unique = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(arb, { selector: (r) => r.id, maxLength });

/** A consistent history: every event belongs to a generated case, and lastActivityAt is the newest event. */
export const dataArb: fc.Arbitrary<BackupData> = fc
  .record({
    companies: fc.uniqueArray(companyArb, { selector: (c) => c.id, maxLength: 2 }),
    cases: unique(caseArb, 3),
    attempts: unique(attemptArb, 5),
    escalations: unique(escalationArb, 2),
    responses: unique(responseArb, 3),
  })
  .map(({ companies, cases, attempts, escalations, responses }) => {
    if (cases.length === 0) return { companies, cases, attempts: [], escalations: [], responses: [] };
    const caseOf = (index: number) => cases[index % cases.length]!;
    const latest = new Map<string, number>();
    const note = (caseId: string, at: number) => latest.set(caseId, Math.max(latest.get(caseId) ?? 0, at));
    const outAttempts: Attempt[] = attempts.map(({ caseIndex, stamps: s, duration, ...a }) => {
      const owner = caseOf(caseIndex);
      note(owner.id, a.at);
      return {
        ...a,
        ...s,
        caseId: owner.id,
        companyId: owner.companyId,
        ...(duration > 0 ? { endedAt: a.at + duration } : {}),
      };
    });
    const outEscalations: Escalation[] = escalations.map(({ caseIndex, stamps: s, ...e }) => {
      const owner = caseOf(caseIndex);
      note(owner.id, e.postedAt ?? s.createdAt);
      return { ...e, ...s, caseId: owner.id, companyId: owner.companyId };
    });
    const outResponses: Response[] = responses.map(({ caseIndex, stamps: s, ...r }, index) => {
      const owner = caseOf(caseIndex);
      note(owner.id, r.at);
      // Every other response answers a post of the same case, when there is one.
      const post = outEscalations.find((e) => e.caseId === owner.id);
      return { ...r, ...s, caseId: owner.id, ...(post && index % 2 === 0 ? { escalationId: post.id } : {}) };
    });
    const outCases = cases.map((c) => ({ ...c, lastActivityAt: Math.max(c.openedAt, latest.get(c.id) ?? 0) }));
    return { companies, cases: outCases, attempts: outAttempts, escalations: outEscalations, responses: outResponses };
  });

export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({ autoLog: fc.boolean(), showToast: fc.boolean(), lastExportAt: fc.option(time, { nil: undefined }) })
  .map(({ lastExportAt, ...rest }) => ({
    ...DEFAULT_SETTINGS,
    ...rest,
    ...(lastExportAt === undefined ? {} : { lastExportAt }),
  }));
