import { loadToneModel } from '../../../lib/compose/check';
import { MEASURE } from '../../fixtures/courtesy/measure';
import { MEASURE_2 } from '../../fixtures/courtesy/measure-2';
import { MEASURE_3 } from '../../fixtures/courtesy/measure-3';
import { MEASURE_4 } from '../../fixtures/courtesy/measure-4';
import { MEASURE_5 } from '../../fixtures/courtesy/measure-5';
import { MEASURE_6 } from '../../fixtures/courtesy/measure-6';
import { MEASURE_7 } from '../../fixtures/courtesy/measure-7';
import { measure, type Table } from './check-measure';

/**
 * The measurement sets: sentences the rules are not adjusted against. Their figures are the best
 * estimate of how the check does on text it has not seen; the floors below are the figures last
 * measured, so that a change that makes the check worse on unseen text fails here even when every
 * tuning table still passes. Only the summary is worth reading: a rule written for a row read here
 * would make that set one more tuning table.
 */
const SETS: { name: string; table: Table; size: number; recallFloor: number; falseAlarmCeiling: number }[] = [
  // 197/197 caught, 0/241 false alarms (rules alone 190/197, 0/241). It flatters the check: an
  // earlier round's classes were chosen after this set's misses had been read.
  { name: 'first held-out set', table: MEASURE, size: 438, recallFloor: 0.99, falseAlarmCeiling: 0.005 },
  // Written by someone who never read the rules, split at random from the same batch as tune-2.ts:
  // 74.0 % caught and 5.7 % false alarms when first run, 83.7 % (164/196) and 3.8 % (8/210) after
  // three rounds of tuning on other batches (tune-2, tune-3, tune-4), read only as these totals;
  // 84.7 % (166/196) and 3.3 % (7/210) after the tune-5 and tune-6 round; with the trained second
  // reader 90.3 % (177/196) and 3.3 % (7/210); after the tune-7 and tune-8 round 91.3 % (179/196)
  // and 3.3 % (7/210); with the reader trained on 13,600 sentences 94.4 % (185/196) and 3.3 %.
  { name: 'second held-out set', table: MEASURE_2, size: 406, recallFloor: 0.94, falseAlarmCeiling: 0.035 },
  // A third writer, never split: first run (after the tune-2 and tune-3 rounds) 88.0 % and 2.4 %;
  // after the tune-4 round 89.3 % (201/225) and 1.6 % (4/251); after the tune-5 and tune-6 round
  // 90.2 % (203/225) and 1.6 % (4/251); with the trained second reader 95.6 % (215/225) and
  // 2.0 % (5/251); after the tune-7 and tune-8 round 96.0 % (216/225) and 2.0 % (5/251); with the
  // reader trained on 13,600 sentences 98.2 % (221/225) and 1.6 % (4/251).
  { name: 'third held-out set', table: MEASURE_3, size: 476, recallFloor: 0.98, falseAlarmCeiling: 0.02 },
  // Two more writers, never split, run once after the tune-8 round and the trained reader: the
  // cleanest figures here. Fourth: 94.0 % (219/233) and 1.1 % (3/282). Fifth: 95.5 % (235/246) and
  // 3.2 % (9/285).
  { name: 'fourth held-out set', table: MEASURE_4, size: 515, recallFloor: 0.939, falseAlarmCeiling: 0.015 },
  { name: 'fifth held-out set', table: MEASURE_5, size: 531, recallFloor: 0.955, falseAlarmCeiling: 0.035 },
  // Two more writers, written after everything above was committed and run once against it, with
  // nothing changed since. Sixth: 96.9 % (221/228) and 2.2 % (6/278). Seventh: 95.6 % (218/228)
  // and 3.3 % (9/269). The four run-once sets together: 95.5 % (893/935) and 2.4 % (27/1,114).
  { name: 'sixth held-out set', table: MEASURE_6, size: 506, recallFloor: 0.969, falseAlarmCeiling: 0.022 },
  { name: 'seventh held-out set', table: MEASURE_7, size: 497, recallFloor: 0.956, falseAlarmCeiling: 0.034 },
];

describe('courtesy and risk check: held-out measurement sets', () => {
  beforeAll(() => loadToneModel());
  for (const set of SETS) {
    it(`reports its recall and false alarms on the ${set.name}, never tuned on`, () => {
      const stats = measure(`courtesy check, ${set.name}`, set.table, { quiet: true });
      expect(set.table.length).toBe(set.size);
      expect(stats.recall).toBeGreaterThanOrEqual(set.recallFloor);
      expect(stats.falseAlarmRate).toBeLessThanOrEqual(set.falseAlarmCeiling);
      // Several hundred sentences: most of the time is compiling the rules, slower on a busy machine.
    }, 30_000);
  }
});
