import { describe, expect, it } from 'vitest';
import { buildCaseReport } from '../../../lib/exchange/report';
import { sampleAttempt, sampleCase, sampleEscalation, sampleResponse, T0 } from '../exchange/sample';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A case with a first call at T0, an email at T0 + 1 day, and a post at T0 + 2 days. */
function firstResponse(answers: {
  callBack?: number;
  emailReplied?: number;
  publicReply?: number;
}): number | undefined {
  const report = buildCaseReport(
    {
      case: sampleCase(),
      attempts: [
        sampleAttempt(0, { channel: 'phone' }),
        sampleAttempt(24, {
          channel: 'email',
          endedAt: undefined,
          ...(answers.emailReplied === undefined ? { awaitingReply: true } : { repliedAt: answers.emailReplied }),
        }),
      ],
      escalations: [sampleEscalation({ postedAt: T0 + 2 * DAY })],
      responses: [
        ...(answers.callBack === undefined
          ? []
          : [
              sampleResponse({
                id: 'f0000000-0000-4000-8000-000000000002',
                kind: 'call',
                at: answers.callBack,
                escalationId: undefined,
              }),
            ]),
        ...(answers.publicReply === undefined
          ? []
          : [sampleResponse({ kind: 'public_reply', at: answers.publicReply })]),
      ],
    },
    T0 + 30 * DAY,
  );
  return report.totals.firstResponseMs;
}

describe('time to first response counts every channel, earliest first', () => {
  it('none yet', () => {
    expect(firstResponse({})).toBeUndefined();
  });

  it('a call from the company, an email marked replied, a public reply: each counts alone', () => {
    expect(firstResponse({ callBack: T0 + 5 * DAY })).toBe(5 * DAY);
    expect(firstResponse({ emailReplied: T0 + 3 * DAY + 4 * HOUR })).toBe(3 * DAY + 4 * HOUR);
    expect(firstResponse({ publicReply: T0 + 2 * DAY + 20 * 60_000 })).toBe(2 * DAY + 20 * 60_000);
  });

  it('the earliest of the three wins, whichever channel it came by', () => {
    const all = { callBack: T0 + 6 * DAY, emailReplied: T0 + 4 * DAY, publicReply: T0 + 2 * DAY + HOUR };
    expect(firstResponse(all)).toBe(2 * DAY + HOUR);
    expect(firstResponse({ ...all, emailReplied: T0 + DAY + HOUR })).toBe(DAY + HOUR);
    expect(firstResponse({ ...all, callBack: T0 + 10 * HOUR })).toBe(10 * HOUR);
  });

  it('is counted from the first contact, and ignores anything dated before it', () => {
    expect(firstResponse({ callBack: T0 - HOUR, publicReply: T0 + 3 * DAY })).toBe(3 * DAY);
  });
});
