import { sha256Hex } from '../../lib/attachments/hash';
import { getDb } from '../../lib/db/database';
import type { Attachment } from '../../lib/model';

/** Random bytes behind a PNG signature: incompressible, like real photos, and sniffed as a PNG. */
function pictureBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** Stores `count` attachments of `bytesEach` bytes on stored attempts, straight into the two tables. */
export async function seedAttachments(
  count: number,
  bytesEach: number,
): Promise<{ attachments: number; bytes: number }> {
  const db = getDb();
  const owners = await db.attempts.limit(count).toArray();
  const now = Date.now();
  for (let start = 0; start < count; start += 10) {
    const batch: Array<{ attachment: Attachment; data: Blob }> = [];
    for (let i = start; i < Math.min(count, start + 10); i++) {
      const owner = owners[i % owners.length];
      if (!owner) throw new Error('seed attempts before attachments');
      const bytes = pictureBytes(bytesEach);
      batch.push({
        attachment: {
          id: crypto.randomUUID(),
          caseId: owner.caseId,
          ownerType: 'attempt',
          ownerId: owner.id,
          kind: 'screenshot',
          name: `screenshot-${i}.png`,
          type: 'image/png',
          size: bytes.length,
          sha256: await sha256Hex(bytes),
          createdAt: now,
          updatedAt: now,
        },
        data: new Blob([bytes], { type: 'image/png' }),
      });
    }
    await db.transaction('rw', [db.attachments, db.attachmentFiles], async () => {
      await db.attachments.bulkPut(batch.map((b) => b.attachment));
      await db.attachmentFiles.bulkPut(batch.map((b) => ({ id: b.attachment.id, data: b.data })));
    });
  }
  return { attachments: await db.attachments.count(), bytes: count * bytesEach };
}
