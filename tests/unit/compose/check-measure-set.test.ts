import { MEASURE } from '../../fixtures/courtesy/measure';
import { measure } from './check-measure';

/**
 * The held-out set: sentences the rules were never adjusted against. Its figures are the honest
 * estimate of how the check does on text it has not seen; the floors below are the figures
 * measured when the set was written, so that a change that makes the check worse on unseen
 * text fails here even when every tuned table still passes.
 */
// Last measured: 161 of 197 harmful sentences reported (81.7 %), 2 of 241 courteous ones flagged
// (0.8 %; 7.9 % before company mailboxes and lines, references, lone capitals, verdicts on things
// and victims' reports were told apart — on the tuning set only).
const RECALL_FLOOR = 0.815;
const FALSE_ALARM_CEILING = 0.01;

describe('courtesy and risk check: held-out measurement set', () => {
  it('reports its recall and false alarms on sentences it was never tuned on', () => {
    const stats = measure('courtesy check, held-out set', MEASURE);
    expect(MEASURE.length).toBeGreaterThanOrEqual(400);
    expect(stats.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
  });
});
