import { median } from './support/stats';
import type { BenchHarness, BenchModule } from './support/types';

const CASES = 300;
const QUERIES = 25;

/** Median time of the case-timeline query over QUERIES different cases; also rows per case. */
async function timelineMedian(
  h: BenchHarness,
  caseIds: readonly string[],
): Promise<{ ms: number | null; rows: number | null }> {
  const ms: number[] = [];
  const rows: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const id = caseIds[Math.floor((i * caseIds.length) / QUERIES)];
    if (!id) continue;
    const q = await h.timeline(id);
    ms.push(q.ms);
    rows.push(q.count);
  }
  return { ms: median(ms), rows: median(rows) };
}

/**
 * The data layer at the sizes the budgets name: a bulk write of 10,000 attempts (zod-validated,
 * chunked, through the repositories), and the case timeline (index [caseId+at]) of a case with
 * ~33 attempts when 10,000 and when 100,000 attempts are stored.
 */
const dataLayer: BenchModule = {
  name: 'data-layer',
  async run(h) {
    await h.clear();
    const first = await h.seed({ cases: CASES, attempts: 10_000 });
    const at10k = await timelineMedian(h, first.caseIds);
    // 90,000 more attempts in 2,700 other cases: the measured cases keep their ~33 rows, so the
    // 10k → 100k comparison isolates how the query scales with the table, not with the result.
    await h.seed({ cases: 2_700, attempts: 90_000 });
    const counts = await h.counts();
    if (counts.attempts !== 100_000) throw new Error(`expected 100,000 attempts, found ${counts.attempts}`);
    const at100k = await timelineMedian(h, first.caseIds);
    await h.clear();
    return {
      bulkWrite10kAttemptsMs: Math.round(first.attemptsMs),
      timelineAt10kMs: at10k.ms,
      timelineAt10kRows: at10k.rows,
      timelineAt100kMs: at100k.ms,
      timelineAt100kRows: at100k.rows,
    };
  },
};

export default dataLayer;
