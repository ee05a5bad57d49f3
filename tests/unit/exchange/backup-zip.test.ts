// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PaperTrailDb } from '../../../lib/db/database';
import { buildBackupFile } from '../../../lib/exchange/export-backup';
import { parseBackupText } from '../../../lib/exchange/parse';
import { readAllData } from '../../../lib/exchange/read';
import { ImportSession, type ImportMode } from '../../../lib/exchange/session';
import type { Attachment } from '../../../lib/model';
import { CASE_ID, freshDb, sampleAttempt, sampleData, seed, T0 } from './sample';
import { PNG_ID, sampleFiles, seedFiles, sha256, TEXT_ID, type SampleFile } from './zip-fixtures';

let files: SampleFile[];
beforeAll(async () => {
  files = await sampleFiles();
});
const opened: PaperTrailDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
async function db(): Promise<PaperTrailDb> {
  const made = await freshDb();
  opened.push(made);
  return made;
}
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Every stored attachment with the SHA-256 of its stored bytes. */
async function storedFiles(
  target: PaperTrailDb,
): Promise<Array<{ attachment: Attachment; sha: string; type: string }>> {
  const out = [];
  for (const attachment of byId(await target.attachments.toArray())) {
    const file = await target.attachmentFiles.get(attachment.id);
    if (!file) throw new Error(`no file for ${attachment.id}`);
    out.push({ attachment, sha: await sha256(new Uint8Array(await file.data.arrayBuffer())), type: file.data.type });
  }
  return out;
}

async function exportFrom(source: PaperTrailDb): Promise<Blob> {
  return buildBackupFile(source, { appVersion: '0.1.0', now: T0 });
}

/** Loads (checks) a file; the caller commits it in the mode it tests. */
async function importInto(target: PaperTrailDb, file: Blob, chunkSize?: number) {
  const session = new ImportSession(target, { appVersion: '0.1.0', ...(chunkSize ? { chunkSize } : {}) });
  const loaded = await session.load(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return { loaded, session };
}

describe('a backup with attachments', () => {
  it('is a .zip of backup.json (version 2) and files/<id>, nothing else', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    await seedFiles(source, files);
    const zip = await exportFrom(source);
    expect(zip.type).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(
      ['backup.json', ...files.map((f) => `files/${f.attachment.id}`)].sort(),
    );
    for (const f of files) expect(entries[`files/${f.attachment.id}`]).toEqual(f.bytes);
    const parsed = parseBackupText(new TextDecoder().decode(entries['backup.json']), '0.1.0', 'zip');
    expect(parsed.ok && parsed.backup.version).toBe(2);
    expect(parsed.ok && byId(parsed.backup.data.attachments)).toEqual(byId(files.map((f) => f.attachment)));
  });

  it('round-trips into an empty database: the same records, descriptions and byte-identical files', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    await seedFiles(source, files);
    const target = await db();
    const { loaded, session } = await importInto(target, await exportFrom(source));
    expect(loaded.ok && loaded.preview.attachments).toBe(3);
    expect(loaded.ok && loaded.preview.merge.attachments.added).toBe(3);
    // 1 company, 1 case, 3 attempts, 1 post, 1 response, 3 attachments.
    expect(await session.commit('replace', { now: T0 })).toMatchObject({ ok: true, written: 10 });
    expect(await readAllData(target)).toEqual(await readAllData(source));
    const restored = await storedFiles(target);
    expect(restored.map((r) => r.attachment)).toEqual(byId(files.map((f) => f.attachment)));
    for (const r of restored) {
      expect(r.sha).toBe(r.attachment.sha256);
      expect(r.type).toBe(r.attachment.type);
    }
  });

  it('of one case carries only that case’s attachments', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    await seedFiles(source, files);
    const other = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    await source.cases.put({ ...sampleData(0).cases[0]!, id: other });
    const zip = await buildBackupFile(source, { appVersion: '0.1.0', now: T0, caseId: other });
    expect(zip.type).toBe('application/json');
  });

  it('refuses to export when an attachment’s file is missing, naming it', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    await seedFiles(source, files);
    await source.attachmentFiles.delete(PNG_ID);
    await expect(exportFrom(source)).rejects.toThrow(
      /the file of attachment “chat\.png” \(b1000000-0000-4000-8000-000000000001\) is missing/,
    );
  });
});

describe('a backup without attachments', () => {
  it('stays plain JSON, now version 2 with an empty attachments list', async () => {
    const source = await db();
    await seed(source, sampleData(2));
    const file = await exportFrom(source);
    expect(file.type).toBe('application/json');
    const parsed = parseBackupText(await file.text(), '0.1.0');
    expect(parsed.ok && parsed.backup.version).toBe(2);
    expect(parsed.ok && parsed.backup.data.attachments).toEqual([]);
  });

  it('of version 1 still imports unchanged', async () => {
    const data = sampleData(3);
    const v1 = JSON.stringify({
      format: 'paper-trail-backup',
      version: 1,
      exportedAt: T0,
      scope: 'all',
      app: { version: '0.0.9' },
      data,
    });
    const target = await db();
    const { loaded, session } = await importInto(target, new Blob([v1], { type: 'application/json' }));
    expect(loaded.ok && loaded.preview.migratedFrom).toBe(1);
    expect(await session.commit('replace', { now: T0 })).toMatchObject({ ok: true, written: 7 });
    expect(await readAllData(target)).toEqual(data);
    expect(await target.attachments.count()).toBe(0);
  });
});

describe('merging attachments', () => {
  it('keeps a stored file with the same id and SHA-256 as it is; the newer description wins', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    await seedFiles(source, files);
    const renamed = { ...files[0]!.attachment, name: 'renamed later.png', updatedAt: T0 + 99 * 3_600_000 };
    await source.attachments.put(renamed);
    const older = { ...files[2]!.attachment, name: 'older name.txt', updatedAt: T0 - 1 };
    await source.attachments.put(older);
    const zip = await exportFrom(source);

    const target = await db();
    await seed(target, sampleData(3));
    await seedFiles(target, files);
    // The stored copy has a thumbnail: an unchanged file is not rewritten, so it stays.
    const thumbnail = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await target.attachmentFiles.update(PNG_ID, { thumbnail });
    const { loaded, session } = await importInto(target, zip);
    expect(loaded.ok && loaded.preview.merge.attachments).toEqual({
      added: 0,
      identical: 1,
      incomingNewer: 1,
      storedNewer: 1,
    });
    expect(await session.commit('merge', { now: T0 })).toMatchObject({ ok: true, written: 1 });
    expect((await target.attachments.get(PNG_ID))?.name).toBe('renamed later.png');
    expect((await target.attachments.get(TEXT_ID))?.name).toBe('transcript.txt');
    expect((await target.attachmentFiles.get(PNG_ID))?.thumbnail?.size).toBe(3);
  });

  it('writes the bytes when the newer description has another file, and leaves them when the stored one is newer', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    const replacement = new TextEncoder().encode('Second version of the transcript\n');
    const newer: Attachment = {
      ...files[2]!.attachment,
      size: replacement.length,
      sha256: await sha256(replacement),
      updatedAt: T0 + 50 * 3_600_000,
    };
    await seedFiles(source, [files[0]!, { attachment: newer, bytes: replacement }]);
    const target = await db();
    await seed(target, sampleData(3));
    const storedNewer: Attachment = { ...files[0]!.attachment, name: 'kept.png', updatedAt: T0 + 90 * 3_600_000 };
    await seedFiles(target, [{ ...files[0]!, attachment: storedNewer }, files[2]!]);
    const { session } = await importInto(target, await exportFrom(source));
    expect((await session.commit('merge', { now: T0 })).ok).toBe(true);
    const restored = await storedFiles(target);
    expect(restored.find((r) => r.attachment.id === TEXT_ID)?.sha).toBe(newer.sha256);
    expect(restored.find((r) => r.attachment.id === PNG_ID)).toMatchObject({
      attachment: storedNewer,
      sha: storedNewer.sha256,
    });
  });

  it('accepts an attachment whose owner is only stored here, and does not offer to replace', async () => {
    const source = await db();
    await seed(source, sampleData(3));
    await seedFiles(source, files.slice(0, 1));
    const zip = await exportFrom(source);
    // A file with only the attachment and nothing it belongs to.
    const target = await db();
    await seed(target, sampleData(3));
    const session = new ImportSession(target, { appVersion: '0.1.0' });
    const onlyAttachment = await rezip(zip, (backup) => ({
      ...backup,
      data: { ...backup.data, companies: [], cases: [], attempts: [], escalations: [], responses: [] },
    }));
    const loaded = await session.load(onlyAttachment);
    expect(loaded.ok && loaded.preview.replaceBlocked).toBe('references');
    expect((await session.commit('merge', { now: T0 })).ok).toBe(true);
    expect(await target.attachments.count()).toBe(1);
  });
});

/** The same archive with backup.json edited (the files kept). */
async function rezip(
  zip: Blob,
  edit: (backup: Record<string, unknown> & { data: Record<string, unknown> }) => unknown,
): Promise<Blob> {
  const { zipSync } = await import('fflate');
  const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
  const backup = JSON.parse(new TextDecoder().decode(entries['backup.json'])) as Record<string, unknown> & {
    data: Record<string, unknown>;
  };
  entries['backup.json'] = new TextEncoder().encode(JSON.stringify(edit(backup)));
  return new Blob([zipSync(entries)]);
}

describe('an interrupted import with attachments', () => {
  it.each<ImportMode>(['replace', 'merge'])(
    '%s: leaves exactly the old records and files after k chunks, for every k',
    async (mode) => {
      let kills = 0;
      for (let k = 0; ; k++) {
        const source = await db();
        await seed(source, sampleData(6));
        await seedFiles(source, files);
        const zip = await exportFrom(source);
        const target = await db();
        await seed(target, sampleData(2));
        await seedFiles(target, files.slice(0, 1));
        const before = { records: await readAllData(target), files: await storedFiles(target) };
        const { session } = await importInto(target, zip, 2);
        let calls = 0;
        const result = await session.commit(mode, {
          now: T0,
          onProgress: () => {
            if (calls++ === k) {
              Dexie.currentTransaction?.abort();
              throw new Error(`killed after ${k} chunks`);
            }
          },
        });
        const next = new PaperTrailDb(target.name);
        opened.push(next);
        await next.open();
        if (calls <= k) {
          expect(result).toMatchObject({ ok: true });
          expect(await storedFiles(next)).toEqual(await storedFiles(source));
          break;
        }
        kills++;
        expect(result, `k = ${k}`).toMatchObject({ ok: false });
        expect(await readAllData(next), `k = ${k}`).toEqual(before.records);
        expect(await storedFiles(next), `k = ${k}`).toEqual(before.files);
      }
      // The attachments' chunks are among those interrupted.
      expect(kills).toBeGreaterThan(mode === 'replace' ? 7 : 3);
    },
  );
});

describe('sample attachments', () => {
  it('are owned by the sample case, an attempt and a response', () => {
    expect(files.map((f) => f.attachment.caseId)).toEqual([CASE_ID, CASE_ID, CASE_ID]);
    expect(files[0]?.attachment.ownerId).toBe(sampleAttempt(1).id);
  });
});
