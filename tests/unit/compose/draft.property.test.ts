import fc from 'fast-check';
import { checkText } from '../../../lib/compose/check';
import { countPost } from '../../../lib/compose/count';
import { draftFor } from '../../../lib/compose/draft';
import { mentionFor } from '../../../lib/compose/handle';
import { type Attempt, type Case, type Company, type Escalation, PLATFORMS, type Response } from '../../../lib/model';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

const problems = [
  'My bill doubled this month without any change to my plan.',
  'The washing machine delivered on 2 Oct leaks from the door. The engineer never came.',
  'My flight was cancelled and the refund has not arrived after six weeks.',
  'The broadband has dropped every evening since the router swap. Details: https://example.com/outage/status/77.',
  'I returned the laptop in September and I am still waiting for the money.',
  'My parcel was marked delivered but never arrived.',
];
const asks = [
  'a refund of the $110 charge',
  'an engineer visit this week',
  'a replacement or a full refund',
  'the money back',
];
const names = ['Maria', 'Jon', 'Priya', 'Chris', 'Supervisor Ellen', 'Omar'];

const privateRef = fc.oneof(
  fc.stringMatching(/^[0-9]{8,12}$/),
  fc.stringMatching(/^ACC-[0-9]{5,9}$/),
  fc.stringMatching(/^[A-Z]{2}[0-9]{6}[A-Z]$/),
);
const reference = fc.oneof(
  fc.stringMatching(/^[A-Z]{2}-[0-9]{4,9}$/),
  fc.stringMatching(/^[0-9]{5,12}$/),
  fc.stringMatching(/^SR[0-9]{7}$/),
);

const handles = fc.record(
  {
    x: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,14}$/),
    bluesky: fc.stringMatching(/^[a-z]{3,12}\.bsky\.social$/),
    mastodon: fc.stringMatching(/^[a-z]{3,12}@[a-z]{3,10}\.social$/),
    threads: fc.stringMatching(/^[a-z][a-z0-9_.]{2,20}$/),
    linkedin: fc.stringMatching(/^[a-z][a-z0-9-]{2,30}$/),
    facebook: fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{2,30}$/),
    instagram: fc.stringMatching(/^[a-z][a-z0-9_.]{2,20}$/),
    reddit: fc.oneof(
      fc.stringMatching(/^r\/[A-Za-z][A-Za-z0-9_]{2,18}$/),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{2,18}$/),
    ),
  },
  { requiredKeys: [] },
);

const history = fc
  .record({
    privateRef,
    leakRef: fc.boolean(),
    problem: fc.constantFrom(...problems),
    ask: fc.constantFrom(...asks),
    status: fc.constantFrom('open', 'open', 'resolved'),
    handles,
    attempts: fc.array(
      fc.record({
        channel: fc.constantFrom('phone', 'email', 'web_form', 'chat', 'social_dm', 'letter', 'in_person', 'app'),
        daysAgo: fc.integer({ min: 0, max: 120 }),
        minutes: fc.integer({ min: 0, max: 240 }),
        agents: fc.array(fc.constantFrom(...names), { maxLength: 3 }),
        reference: fc.option(reference, { nil: undefined }),
        refIsPrivate: fc.boolean(),
        outcome: fc.constantFrom(
          'no_answer',
          'unresolved',
          'transferred',
          'promised',
          'refused',
          'resolved',
          'pending',
        ),
        promiseDue: fc.option(fc.integer({ min: -60, max: 30 }), { nil: undefined }),
      }),
      { maxLength: 30 },
    ),
    responses: fc.array(
      fc.record({
        kind: fc.constantFrom('public_reply', 'dm', 'call', 'email', 'promise', 'fix', 'refusal'),
        daysAgo: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 5 },
    ),
    postedDaysAgo: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  })
  .map((h) => {
    let n = 0;
    const id = () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
    const company: Company = {
      id: 'acme',
      name: 'Acme Telecom',
      domains: [],
      sector: 'telecom',
      country: 'US',
      retiredHandles: [],
      phones: [],
      emails: [],
      contactUrls: [],
      status: 'active',
      source: 'directory',
      createdAt: 0,
      updatedAt: 0,
      handles: Object.fromEntries(
        Object.entries(h.handles).map(([k, v]) => [k, { handle: v, confidence: 'medium' as const }]),
      ),
    };
    const c: Case = {
      id: id(),
      companyId: 'acme',
      title: 'Billing problem',
      needsTitle: false,
      problem: h.leakRef ? `${h.problem} My account is ${h.privateRef}.` : h.problem,
      ask: h.ask,
      privateRef: h.privateRef,
      status: h.status,
      openedAt: NOW - 130 * DAY,
      lastActivityAt: NOW,
      createdAt: 0,
      updatedAt: 0,
      ...(h.status === 'resolved' ? { resolvedAt: NOW - DAY } : {}),
    };
    const attempts: Attempt[] = h.attempts.map((a) => ({
      id: id(),
      caseId: c.id,
      companyId: 'acme',
      channel: a.channel,
      at: NOW - a.daysAgo * DAY,
      ...(a.channel === 'phone' ? { endedAt: NOW - a.daysAgo * DAY + a.minutes * 60_000 } : {}),
      agents: a.agents,
      reference: a.refIsPrivate ? h.privateRef : a.reference,
      outcome: a.outcome,
      ...(a.promiseDue === undefined ? {} : { promise: { text: 'a refund', dueAt: NOW + a.promiseDue * DAY } }),
      source: 'manual',
      createdAt: 0,
      updatedAt: 0,
    }));
    const responses: Response[] = h.responses.map((r) => ({
      id: id(),
      caseId: c.id,
      kind: r.kind,
      at: NOW - r.daysAgo * DAY,
      source: 'manual',
      createdAt: 0,
      updatedAt: 0,
      ...(r.kind === 'promise' ? { promise: { text: 'a callback', dueAt: NOW - r.daysAgo * DAY + 2 * DAY } } : {}),
    }));
    const escalations: Escalation[] =
      h.postedDaysAgo === undefined
        ? []
        : [
            {
              id: id(),
              caseId: c.id,
              companyId: 'acme',
              platform: 'x',
              handle: 'AcmeHelp',
              kind: 'initial',
              tone: 'friendly',
              parts: ['…'],
              status: 'posted',
              postedAt: NOW - h.postedDaysAgo * DAY,
              createdAt: 0,
              updatedAt: 0,
            },
          ];
    return { caseRecord: c, company, attempts, responses, escalations };
  });

describe('draftFor (property)', () => {
  it('for every network, tone and kind: each part fits, handles stay whole, no private data, the check passes', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 300, max: 1000 }), (records, mastodonLimit) => {
        for (const platform of PLATFORMS) {
          for (const tone of ['friendly', 'firm', 'final'] as const) {
            for (const kind of ['initial', 'follow_up', 'thanks'] as const) {
              const draft = draftFor({ ...records, platform, tone, kind, now: NOW, timeZone: 'UTC', mastodonLimit });
              const parts = draft.parts;
              expect(parts.length).toBeGreaterThan(0);
              parts.forEach((part, i) => {
                const role = platform === 'reddit' && i === 0 ? 'title' : 'body';
                expect(countPost(platform, part, { mastodonLimit, role }).fits).toBe(true);
                expect(part.toLowerCase()).not.toContain(records.caseRecord.privateRef!.toLowerCase());
                expect(checkText(part)).toEqual([]);
              });
              const handle = records.company.handles[platform]?.handle;
              if (handle) {
                const mention = mentionFor(platform, handle);
                expect(draft.handle).toBe(handle);
                // The handle opens the first post (Reddit: the body), whole.
                expect(parts[platform === 'reddit' ? 1 : 0]!.startsWith(`${mention} `)).toBe(true);
              }
              // A link from the problem, when cited, is never cut across parts.
              for (const part of parts) {
                for (const m of part.matchAll(/https?:\/\/\S*/gu))
                  expect(m[0]).toMatch(/^https:\/\/example\.com\/outage\/status\/77\.?$/u);
              }
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 180_000);
});
