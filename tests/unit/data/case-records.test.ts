import { describe, expect, it } from 'vitest';
import { loadCase, loadCaseWithAttachments, recordsOfCase } from '../../../lib/data/case-records';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { escalations } from '../../../lib/db/escalations';
import { responses } from '../../../lib/db/responses';
import type { Attachment } from '../../../lib/model';
import { withFreshDb } from '../calls/db';
import { T0, makeAttempt, makeCase, makeEscalation, makeResponse } from '../timeline/records';

/* The one way a case is loaded with its records (timeline, reminders, composer, case page). */

const fresh = withFreshDb();

function anAttachment(caseId: string, name: string, createdAt: number): Attachment {
  return {
    id: crypto.randomUUID(),
    caseId,
    ownerType: 'case',
    ownerId: caseId,
    kind: 'file',
    name,
    type: 'application/pdf',
    size: 4,
    sha256: 'a'.repeat(64),
    createdAt,
    updatedAt: createdAt,
  };
}

describe('loadCase', () => {
  it('reads the case and only its own records, each in time order', async () => {
    const c = await cases.put(makeCase());
    const other = await cases.put(makeCase());
    const late = await attempts.put(makeAttempt(c.id, { at: T0 + 2 }));
    const early = await attempts.put(makeAttempt(c.id, { at: T0 + 1 }));
    await attempts.put(makeAttempt(other.id));
    const post = await escalations.put(makeEscalation(c.id));
    const reply = await responses.put(makeResponse(c.id, { at: T0 + 3 }));
    await responses.put(makeResponse(other.id));

    const loaded = await loadCase(c.id);
    expect(loaded).toEqual({ case: c, attempts: [early, late], escalations: [post], responses: [reply] });
    expect(await recordsOfCase(c.id)).toEqual({ attempts: [early, late], escalations: [post], responses: [reply] });
  });

  it('is undefined for a case that does not exist', async () => {
    expect(await loadCase(crypto.randomUUID())).toBeUndefined();
    expect(await loadCaseWithAttachments(crypto.randomUUID())).toBeUndefined();
  });

  it('with attachments: oldest first, then by name', async () => {
    const c = await cases.put(makeCase());
    const db = fresh.db();
    const b = anAttachment(c.id, 'b.pdf', T0 + 5);
    const a = anAttachment(c.id, 'a.pdf', T0 + 5);
    const first = anAttachment(c.id, 'z.pdf', T0 + 1);
    await db.attachments.bulkPut([b, a, first]);
    await db.attachments.put(anAttachment((await cases.put(makeCase())).id, 'other.pdf', T0));
    expect((await loadCaseWithAttachments(c.id))?.attachments).toEqual([first, a, b]);
  });
});
