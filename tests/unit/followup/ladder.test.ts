import { describe, expect, it } from 'vitest';
import { nextSteps, regulatorClock } from '../../../lib/followup/ladder';
import { regulatorSummary } from '../../../lib/followup/regulator-summary';
import { regulatorsFor } from '../../../lib/followup/regulators';
import { DAY, HOUR } from '../../../lib/time-units';
import { aCase, anAttempt, aPost, aResponse, records } from './records';

const T0 = Date.UTC(2026, 0, 5, 10, 0);

describe('regulatorsFor', () => {
  it('picks by sector and country, sector-specific first', () => {
    expect(regulatorsFor('telecom', 'US').map((r) => r.id)).toEqual(['fcc', 'state-ag', 'bbb']);
    expect(regulatorsFor('bank', 'US')[0]?.id).toBe('cfpb');
    expect(regulatorsFor('airline', 'US')[0]?.id).toBe('dot');
    expect(regulatorsFor('bank', 'GB').map((r) => r.id)).toEqual(['fos']);
    expect(regulatorsFor('utility', 'GB').map((r) => r.id)).toEqual(['energy-ombudsman']);
    expect(regulatorsFor('retail', 'DE').map((r) => r.id)).toEqual(['ecc']);
    expect(regulatorsFor('retail', 'global')).toEqual([]);
  });
});

describe('nextSteps', () => {
  it('offers a follow-up post, a written complaint, then the regulator', () => {
    const r = records({ attempts: [anAttempt(T0)], escalations: [aPost(T0 + DAY)] });
    const steps = nextSteps(r, { sector: 'telecom', country: 'US' }, T0 + 4 * DAY);
    expect(steps.map((s) => s.kind)).toEqual([
      'follow_up_post',
      'written_complaint',
      'regulator',
      'regulator',
      'regulator',
    ]);
    expect(steps[0]).toEqual({ kind: 'follow_up_post', daysSince: 4, open: true });
  });

  it('inside the answer window after a post, the follow-up step waits and says when it opens', () => {
    const posted = records({ attempts: [anAttempt(T0)], escalations: [aPost(T0 + DAY)] });
    const minutesLater = nextSteps(posted, undefined, T0 + DAY + 10 * 60_000);
    expect(minutesLater[0]).toMatchObject({ kind: 'follow_up_post', open: false, opensAt: T0 + 2 * DAY });
    // The window follows the setting.
    expect(nextSteps(posted, undefined, T0 + DAY + HOUR, 'UTC', { answerWindowHours: 6 })[0]).toMatchObject({
      open: false,
      opensAt: T0 + DAY + 6 * HOUR,
    });
    expect(nextSteps(posted, undefined, T0 + DAY + 6 * HOUR, 'UTC', { answerWindowHours: 6 })[0]).toMatchObject({
      kind: 'follow_up_post',
      open: true,
    });
    // The latest post starts the window again.
    const twice = records({ attempts: [anAttempt(T0)], escalations: [aPost(T0 + DAY), aPost(T0 + 3 * DAY)] });
    expect(nextSteps(twice, undefined, T0 + 3 * DAY + HOUR)[0]).toMatchObject({ open: false, opensAt: T0 + 4 * DAY });
  });

  it('an answer inside the window decides at once: a reply judged not fixed opens the follow-up', () => {
    const post = aPost(T0);
    const replied = records({ escalations: [post], responses: [aResponse('public_reply', T0 + 10 * 60_000)] });
    expect(nextSteps(replied, undefined, T0 + HOUR).map((s) => s.kind)).not.toContain('follow_up_post');
    const notFixed = records({
      escalations: [post],
      responses: [aResponse('public_reply', T0 + 10 * 60_000, { promiseKept: false })],
    });
    expect(nextSteps(notFixed, undefined, T0 + HOUR)[0]).toEqual({ kind: 'follow_up_post', daysSince: 0, open: true });
  });

  it('opens a UK ombudsman only after 8 weeks from the written complaint (6 for telecom from April 2026)', () => {
    const email = anAttempt(T0, { channel: 'email' });
    const bank = nextSteps(records({ attempts: [email] }), { sector: 'bank', country: 'GB' }, T0 + 50 * DAY);
    expect(bank).toHaveLength(1);
    expect(bank[0]).toMatchObject({ kind: 'regulator', regulator: { id: 'fos' }, opensAt: T0 + 56 * DAY, open: false });
    const later = Date.UTC(2026, 4, 1);
    const telecom = nextSteps(
      records({ attempts: [anAttempt(later, { channel: 'letter' })] }),
      { sector: 'telecom', country: 'GB' },
      later + 43 * DAY,
    );
    expect(telecom.find((s) => s.kind === 'regulator')).toMatchObject({ opensAt: later + 42 * DAY, open: true });
    const reg = telecom.find((s) => s.kind === 'regulator');
    if (reg?.kind === 'regulator') expect(regulatorClock(reg.regulator, later)).toContain('6 weeks');
  });

  it('after a fix offers only a thank-you post, once', () => {
    const post = aPost(T0);
    const fixed = records({ escalations: [post], responses: [aResponse('fix', T0 + DAY)] });
    expect(nextSteps(fixed, { sector: 'telecom', country: 'US' }, T0 + 2 * DAY)).toEqual([{ kind: 'thanks_post' }]);
    const thanked = records({
      escalations: [post, aPost(T0 + 2 * DAY, { kind: 'thanks' })],
      responses: [aResponse('fix', T0 + DAY)],
    });
    expect(nextSteps(thanked, { sector: 'telecom', country: 'US' }, T0 + 3 * DAY)).toEqual([]);
  });
});

describe('regulatorSummary', () => {
  it('lists facts and dates, labels the private reference', () => {
    const c = aCase({ privateRef: 'ACC-99812', amount: { value: 110, currency: 'USD' } });
    const r = records({
      case: c,
      attempts: [
        anAttempt(T0, { agents: ['Sam'], reference: 'CS-1234', promise: { text: 'credit', dueAt: T0 + DAY } }),
      ],
      escalations: [aPost(T0 + 2 * DAY, { postUrl: 'https://x.com/me/status/1' })],
    });
    const text = regulatorSummary(r, { name: 'Acme' }, T0 + 5 * DAY, 'UTC', 'en-GB');
    expect(text).toContain('Complaint about Acme');
    expect(text).toMatch(/private.*ACC-99812/);
    expect(text).toContain('CS-1234');
    expect(text).toContain('110.00 USD');
    expect(text).toContain('1 promise not kept by its due date.');
    expect(text).toContain('https://x.com/me/status/1');
    expect(text.indexOf('CS-1234')).toBeLessThan(text.indexOf('https://x.com/me/status/1'));
  });
});
