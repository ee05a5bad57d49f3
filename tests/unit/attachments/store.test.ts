import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteAttemptWithAttachments,
  deleteResponseWithAttachments,
  restoreAttemptWithAttachments,
  restoreResponseWithAttachments,
} from '../../../lib/attachments/cascade';
import { prepareAttachment, type AttachmentInput } from '../../../lib/attachments/prepare';
import { AttachmentRefused } from '../../../lib/attachments/refusal';
import {
  attachmentFile,
  attachmentsOfCase,
  attachmentsOfOwner,
  removeAttachment,
  saveAttachment,
  storeThumbnail,
} from '../../../lib/attachments/store';
import { saveAttempt } from '../../../lib/calls/calls';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { responses } from '../../../lib/db/responses';
import { deleteResponse } from '../../../lib/followup/actions';
import type { Response } from '../../../lib/model';
import { aCase, anAttempt } from '../db/records';

let db: PaperTrailDb;
beforeEach(async () => {
  db = new PaperTrailDb(`attach-${crypto.randomUUID()}`);
  await db.open();
  setDbForTests(db);
});
afterEach(async () => {
  setDbForTests(undefined);
  db.close();
  await db.delete();
});

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

function input(caseId: string, overrides: Partial<AttachmentInput> = {}): AttachmentInput {
  return {
    blob: new Blob([PDF]),
    name: 'bill.pdf',
    kind: 'file',
    caseId,
    ownerType: 'case',
    ownerId: caseId,
    now: 5_000,
    ...overrides,
  };
}

async function aCaseWithAttempt() {
  const c = await cases.put(aCase());
  const a = await attempts.put(anAttempt(c.id));
  return { c, a };
}

function aResponse(caseId: string): Response {
  return {
    id: crypto.randomUUID(),
    caseId,
    kind: 'email',
    at: 3_000,
    source: 'manual',
    createdAt: 3_000,
    updatedAt: 3_000,
  };
}

async function counts() {
  return [await db.attachments.count(), await db.attachmentFiles.count()];
}

describe('prepareAttachment', () => {
  it('describes a file by its content: type, size and SHA-256', async () => {
    const c = aCase();
    const { attachment, data } = await prepareAttachment(input(c.id, { name: 'C:\\scans\\bill.pdf' }));
    expect(attachment).toMatchObject({
      name: 'bill.pdf',
      type: 'application/pdf',
      size: PDF.byteLength,
      kind: 'file',
      caseId: c.id,
    });
    expect(attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(data.type).toBe('application/pdf');
  });

  it('refuses a .pdf that is really a zip archive, with its message', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    const refused = prepareAttachment(input(aCase().id, { blob: new Blob([zip]), name: 'refund.pdf' }));
    await expect(refused).rejects.toBeInstanceOf(AttachmentRefused);
    await expect(refused).rejects.toThrow(
      '“refund.pdf” is not a picture (PNG, JPEG, WebP, GIF), a PDF or a plain text file',
    );
  });

  it('refuses a file over the limit before reading it', async () => {
    const huge = {
      size: 34 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob;
    await expect(prepareAttachment(input(aCase().id, { blob: huge }))).rejects.toThrow(
      '“bill.pdf” is 34 MB; the largest file Paper Trail keeps is 20 MB.',
    );
  });
});

describe('saveAttachment', () => {
  it('writes the description, the bytes and the thumbnail together and touches the case', async () => {
    const { c, a } = await aCaseWithAttempt();
    const prepared = await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: a.id }));
    const thumbnail = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    await saveAttachment(prepared, thumbnail, 9_000);
    expect(await attachmentsOfOwner(a.id)).toEqual([prepared.attachment]);
    expect(await attachmentsOfCase(c.id)).toEqual([prepared.attachment]);
    const file = await attachmentFile(prepared.attachment.id);
    // fake-indexeddb keeps Blobs only as far as its structured clone goes: enough to see both were written.
    expect(file?.id).toBe(prepared.attachment.id);
    expect(file?.data).toBeDefined();
    expect(file?.thumbnail).toBeDefined();
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: 9_000, updatedAt: 9_000 });
  });

  it('stores a thumbnail made later only where there is none (a picture restored from a backup)', async () => {
    const { c, a } = await aCaseWithAttempt();
    const prepared = await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: a.id }));
    await saveAttachment(prepared, undefined, 9_000);
    expect((await attachmentFile(prepared.attachment.id))?.thumbnail).toBeUndefined();
    const made = new Blob([new Uint8Array([9, 9])], { type: 'image/jpeg' });
    await storeThumbnail(prepared.attachment.id, made);
    expect((await attachmentFile(prepared.attachment.id))?.thumbnail).toBeDefined();
    // Never for an attachment that is gone.
    await storeThumbnail(crypto.randomUUID(), made);
    expect(await db.attachmentFiles.count()).toBe(1);
  });

  it('leaves neither table changed when the bytes cannot be written, and says there is no space', async () => {
    const { c } = await aCaseWithAttempt();
    const prepared = await prepareAttachment(input(c.id));
    vi.spyOn(db.attachmentFiles, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saving = saveAttachment(prepared, undefined, 9_000);
    await expect(saving).rejects.toBeInstanceOf(AttachmentRefused);
    await expect(saving).rejects.toThrow(/^Not enough space to keep “bill.pdf” \(\d+ bytes\).*Nothing was saved\./);
    expect(await counts()).toEqual([0, 0]);
    // The case's activity did not move either: the transaction was undone whole.
    expect((await cases.get(c.id))?.lastActivityAt).toBe(1_000);
  });

  it('leaves neither table changed when any other write fails', async () => {
    const { c } = await aCaseWithAttempt();
    const prepared = await prepareAttachment(input(c.id));
    vi.spyOn(db.cases, 'where').mockImplementation(() => {
      throw new Error('disk error');
    });
    await expect(saveAttachment(prepared, undefined, 9_000)).rejects.toThrow('disk error');
    expect(await counts()).toEqual([0, 0]);
  });

  it('refuses an attachment whose owner is gone or belongs to another case', async () => {
    const { c, a } = await aCaseWithAttempt();
    const other = await cases.put(aCase());
    await expect(
      saveAttachment(
        await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: crypto.randomUUID() })),
        undefined,
        1,
      ),
    ).rejects.toThrow('no longer exists');
    await expect(
      saveAttachment(await prepareAttachment(input(other.id, { ownerType: 'attempt', ownerId: a.id })), undefined, 1),
    ).rejects.toThrow('no longer exists');
    expect(await counts()).toEqual([0, 0]);
  });

  it('removes the description and the bytes together', async () => {
    const { c } = await aCaseWithAttempt();
    const saved = await saveAttachment(await prepareAttachment(input(c.id)), undefined, 1);
    await removeAttachment(saved.id);
    expect(await counts()).toEqual([0, 0]);
  });
});

describe('deleting what attachments belong to', () => {
  it('takes an attempt’s attachments with it, and Undo brings both back', async () => {
    const { c, a } = await aCaseWithAttempt();
    const other = await attempts.put(anAttempt(c.id));
    const mine = await saveAttachment(
      await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: a.id })),
      undefined,
      1,
    );
    const kept = await saveAttachment(
      await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: other.id })),
      undefined,
      1,
    );
    const taken = await deleteAttemptWithAttachments(a.id);
    expect(await attempts.get(a.id)).toBeUndefined();
    expect((await db.attachments.toArray()).map((x) => x.id)).toEqual([kept.id]);
    expect((await db.attachmentFiles.toArray()).map((x) => x.id)).toEqual([kept.id]);
    await restoreAttemptWithAttachments(a, taken);
    expect(await attempts.get(a.id)).toEqual(a);
    expect(await attachmentsOfOwner(a.id)).toEqual([mine]);
    expect(await attachmentFile(mine.id)).toBeDefined();
  });

  it('keeps the attempt and its attachments when the delete fails midway', async () => {
    const { c, a } = await aCaseWithAttempt();
    await saveAttachment(await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: a.id })), undefined, 1);
    vi.spyOn(db.attachmentFiles, 'bulkDelete').mockImplementation(() => {
      throw new Error('disk error');
    });
    await expect(deleteAttemptWithAttachments(a.id)).rejects.toThrow('disk error');
    expect(await attempts.get(a.id)).toBeDefined();
    expect(await counts()).toEqual([1, 1]);
  });

  it('takes a response’s attachments with it (timeline and follow-up panel)', async () => {
    const c = await cases.put(aCase());
    const r1 = await responses.put(aResponse(c.id));
    const r2 = await responses.put(aResponse(c.id));
    await saveAttachment(await prepareAttachment(input(c.id, { ownerType: 'response', ownerId: r1.id })), undefined, 1);
    await saveAttachment(await prepareAttachment(input(c.id, { ownerType: 'response', ownerId: r2.id })), undefined, 1);
    const taken = await deleteResponseWithAttachments(r1.id);
    expect(await counts()).toEqual([1, 1]);
    await restoreResponseWithAttachments(r1, taken);
    expect(await counts()).toEqual([2, 2]);
    await deleteResponse(r2.id);
    expect(await responses.get(r2.id)).toBeUndefined();
    expect(await attachmentsOfOwner(r2.id)).toEqual([]);
    expect(await counts()).toEqual([1, 1]);
  });

  it('moves an attempt’s attachments with it to another case', async () => {
    const { c, a } = await aCaseWithAttempt();
    const other = await cases.put(aCase());
    const saved = await saveAttachment(
      await prepareAttachment(input(c.id, { ownerType: 'attempt', ownerId: a.id })),
      undefined,
      1,
    );
    const moved = Math.max(saved.updatedAt, a.updatedAt) + 1_000;
    await saveAttempt({ ...a, caseId: other.id, updatedAt: moved });
    expect(await attachmentsOfCase(c.id)).toEqual([]);
    // Stamped as changed when moved: a merge of an older backup does not take them back.
    expect(await attachmentsOfCase(other.id)).toEqual([{ ...saved, caseId: other.id, updatedAt: moved }]);
  });
});
