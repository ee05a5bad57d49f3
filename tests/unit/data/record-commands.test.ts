import { describe, expect, it } from 'vitest';
import { followNewestRecord } from '../../../lib/data/case-activity';
import {
  postEscalationRecord,
  saveAttachmentRecord,
  saveAttemptRecord,
  saveEscalationRecord,
  saveResponseRecord,
} from '../../../lib/data/record-commands';
import { cases } from '../../../lib/db/cases';
import type { Attachment } from '../../../lib/model';
import { withFreshDb } from '../calls/db';
import { T0, makeAttempt, makeCase, makeEscalation, makeResponse } from '../timeline/records';

/*
 * The invariant "a case's lastActivityAt follows its newest record", kept by lib/data's commands:
 * every command that writes a record moves the case forward (never back) in the same transaction.
 */

const fresh = withFreshDb();
const LATER = T0 + 60_000;
const NOW = T0 + 90_000;

async function storedCase(lastActivityAt = T0) {
  return cases.put(makeCase({ lastActivityAt, updatedAt: T0 }));
}

function anAttachment(caseId: string): Attachment {
  return {
    id: crypto.randomUUID(),
    caseId,
    ownerType: 'case',
    ownerId: caseId,
    kind: 'file',
    name: 'bill.pdf',
    type: 'application/pdf',
    size: 4,
    sha256: 'a'.repeat(64),
    createdAt: LATER,
    updatedAt: LATER,
  };
}

describe('followNewestRecord', () => {
  it('moves lastActivityAt forward only, and always stamps updatedAt', async () => {
    const c = await cases.put(makeCase({ lastActivityAt: 5_000, updatedAt: 1 }));
    await followNewestRecord(c.id, 3_000, 10_000);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: 5_000, updatedAt: 10_000 });
    await followNewestRecord(c.id, 7_000, 9_000);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: 7_000, updatedAt: 10_000 });
  });
});

describe('record commands move the case', () => {
  it('an attempt: to its time', async () => {
    const c = await storedCase();
    await saveAttemptRecord(makeAttempt(c.id, { at: LATER }), NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: LATER, updatedAt: NOW });
  });

  it('a call with an end: to its end', async () => {
    const c = await storedCase();
    await saveAttemptRecord(makeAttempt(c.id, { at: LATER, endedAt: LATER + 600_000 }), NOW);
    expect((await cases.get(c.id))?.lastActivityAt).toBe(LATER + 600_000);
  });

  it('an older attempt: never back, but the case is stamped as changed', async () => {
    const c = await storedCase(LATER);
    await saveAttemptRecord(makeAttempt(c.id, { at: T0 }), NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: LATER, updatedAt: NOW });
  });

  it('a response: to its time, or to the activity the caller names', async () => {
    const c = await storedCase();
    await saveResponseRecord(makeResponse(c.id, { at: LATER }), NOW);
    expect((await cases.get(c.id))?.lastActivityAt).toBe(LATER);
    await saveResponseRecord(makeResponse(c.id, { at: T0 }), NOW + 1, NOW + 1);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: NOW + 1, updatedAt: NOW + 1 });
  });

  it('a post that went out: to when it went out', async () => {
    const c = await storedCase();
    await postEscalationRecord(makeEscalation(c.id, { postedAt: LATER }), LATER, NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: LATER, updatedAt: NOW });
  });

  it('a draft post: not activity, the case is left exactly as it was', async () => {
    const c = await storedCase();
    const { postedAt: _none, ...draft } = makeEscalation(c.id, { status: 'draft', updatedAt: LATER });
    await saveEscalationRecord(draft);
    expect(await cases.get(c.id)).toEqual(c);
  });

  it('an attachment: to when it was kept', async () => {
    const c = await storedCase();
    await saveAttachmentRecord(anAttachment(c.id), { id: 'x', data: new Blob(['%PDF']) }, NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: NOW, updatedAt: NOW });
  });

  it('writes the record and the case together: a refused record moves nothing', async () => {
    const c = await storedCase();
    await expect(saveAttemptRecord(makeAttempt(c.id, { at: LATER, channel: 'fax' as never }), NOW)).rejects.toThrow();
    expect(await cases.get(c.id)).toEqual(c);
    expect(await fresh.db().attempts.count()).toBe(0);
  });

  it("joins the caller's transaction: when it fails after, neither the record nor the case is written", async () => {
    const c = await storedCase();
    const db = fresh.db();
    await expect(
      db.transaction('rw', db.attempts, db.cases, async () => {
        await saveAttemptRecord(makeAttempt(c.id, { at: LATER }), NOW);
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await cases.get(c.id)).toEqual(c);
    expect(await db.attempts.count()).toBe(0);
  });
});
