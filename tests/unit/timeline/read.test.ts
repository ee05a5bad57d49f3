import { describe, expect, it } from 'vitest';
import { attempts } from '../../../lib/db/attempts';
import { cases, casesByActivity, latestOpenCaseOf } from '../../../lib/db/cases';
import { escalations } from '../../../lib/db/escalations';
import { casesByActivityRead, caseRecordsRead, latestOpenCaseRead } from '../../../lib/timeline/read';
import { withFreshDb } from '../calls/db';
import { T0, makeAttempt, makeCase, makeEscalation } from './records';

withFreshDb();

describe('zod-free reads for the first paint', () => {
  it('answer exactly like the validating repositories', async () => {
    for (let i = 0; i < 12; i++) {
      await cases.put(
        makeCase({
          companyId: i % 2 ? 'acme' : 'globex',
          status: i % 5 === 0 ? 'resolved' : 'open',
          lastActivityAt: T0 + ((i * 7) % 12) * 1000,
        }),
      );
    }
    for (const status of ['open', 'resolved', 'closed'] as const) {
      expect(await casesByActivityRead(status, 5)).toEqual(await casesByActivity(status, 5));
    }
    expect(await latestOpenCaseRead('acme')).toEqual(await latestOpenCaseOf('acme'));
  });

  it("reads one case's records, in order, and no other case's", async () => {
    const c = await cases.put(makeCase());
    const other = await cases.put(makeCase());
    const late = await attempts.put(makeAttempt(c.id, { at: T0 + 2_000 }));
    const early = await attempts.put(makeAttempt(c.id, { at: T0 + 1_000 }));
    await attempts.put(makeAttempt(other.id));
    const post = await escalations.put(makeEscalation(c.id));
    const records = await caseRecordsRead(c.id);
    expect(records.attempts.map((a) => a.id)).toEqual([early.id, late.id]);
    expect(records.escalations).toEqual([post]);
    expect(records.responses).toEqual([]);
  });
});
