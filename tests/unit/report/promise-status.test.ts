import { describe, expect, it } from 'vitest';
import { buildCaseReport } from '../../../lib/exchange/report';
import { attemptPromiseStatus, promiseContext, responsePromiseStatus } from '../../../lib/exchange/report-promise';
import { sampleAttempt, sampleCase, sampleResponse, T0 } from '../exchange/sample';

const DAY = 86_400_000;
const promised = sampleAttempt(0, { outcome: 'promised', promise: { text: 'refund', dueAt: T0 + 5 * DAY } });

describe('a promise on the report: kept, broken or not due yet', () => {
  it('not due yet while the case is open and the date has not come', () => {
    expect(attemptPromiseStatus(promised, promiseContext(sampleCase(), [], T0 + 2 * DAY))).toBe('pending');
  });

  it('broken once the date passed with the case open and no fix', () => {
    expect(attemptPromiseStatus(promised, promiseContext(sampleCase(), [], T0 + 6 * DAY))).toBe('broken');
  });

  it('kept by a fix between the promise and its date, or by the case resolved in time', () => {
    const fix = sampleResponse({ kind: 'fix', at: T0 + 4 * DAY });
    expect(attemptPromiseStatus(promised, promiseContext(sampleCase(), [fix], T0 + 9 * DAY))).toBe('kept');
    const resolved = sampleCase({ status: 'resolved', resolvedAt: T0 + 3 * DAY });
    expect(attemptPromiseStatus(promised, promiseContext(resolved, [], T0 + 9 * DAY))).toBe('kept');
    // A fix before the promise was made does not keep it.
    const early = sampleResponse({ kind: 'fix', at: T0 - DAY });
    expect(attemptPromiseStatus(promised, promiseContext(sampleCase(), [early], T0 + 9 * DAY))).toBe('broken');
  });

  it('an explicit answer on a response wins over the dates', () => {
    const ctx = promiseContext(sampleCase(), [], T0 + DAY);
    expect(
      responsePromiseStatus(
        sampleResponse({ promise: { text: 'call back', dueAt: T0 + 9 * DAY }, promiseKept: false }),
        ctx,
      ),
    ).toBe('broken');
    expect(
      responsePromiseStatus(
        sampleResponse({ promise: { text: 'call back', dueAt: T0 - DAY }, promiseKept: true }),
        ctx,
      ),
    ).toBe('kept');
    expect(responsePromiseStatus(sampleResponse(), ctx)).toBeUndefined();
  });

  it('the report carries each status with its event', () => {
    const report = buildCaseReport(
      { case: sampleCase(), attempts: [promised], escalations: [], responses: [] },
      T0 + 6 * DAY,
    );
    expect(report.events[0]).toMatchObject({ type: 'attempt', promise: 'broken' });
    expect(report.totals.promisesBroken).toBe(1);
  });
});
