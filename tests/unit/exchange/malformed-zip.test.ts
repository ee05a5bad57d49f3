// @vitest-environment node
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PaperTrailDb } from '../../../lib/db/database';
import { problemText } from '../../../lib/exchange/problems';
import { ImportSession } from '../../../lib/exchange/session';
import { readZipDirectory } from '../../../lib/exchange/zip-directory';
import { locateData } from '../../../lib/exchange/zip-entry';
import { ZIP_LIMITS, type ZipLimits } from '../../../lib/exchange/zip-limits';
import { CASE_ID, freshDb, sampleAttempt, sampleData, seed, T0 } from './sample';
import {
  backupJson,
  countingSource,
  PNG_ID,
  rawZip,
  sampleFiles,
  seedFiles,
  validEntries,
  type RawEntry,
  type SampleFile,
} from './zip-fixtures';

const ORPHAN = '99999999-9999-4999-8999-999999999999';
const SECOND_CASE = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

let files: SampleFile[];
beforeAll(async () => {
  files = await sampleFiles();
  packedZeros();
}, 60_000);

/** The valid archive's entries with one of them changed. */
function entriesWith(edit: (entries: RawEntry[]) => void, json?: string): RawEntry[] {
  const entries = validEntries(files, json);
  edit(entries);
  return entries;
}
const fileEntry = (entries: RawEntry[], id = PNG_ID): RawEntry => {
  const found = entries.find((e) => e.name === `files/${id}`);
  if (!found) throw new Error(`no entry for ${id}`);
  return found;
};
/** backup.json with the attachments' descriptions edited. */
function jsonWith(edit: (attachments: Array<Record<string, unknown>>) => void, data = sampleData(3)): string {
  const attachments = files.map((f) => ({ ...f.attachment })) as Array<Record<string, unknown>>;
  edit(attachments);
  return backupJson(data, attachments as never);
}

interface ZipCase {
  name: string;
  bytes: () => Uint8Array<ArrayBuffer>;
  expected: RegExp;
  limits?: Partial<ZipLimits>;
  fileName?: string;
  /** A bomb is stopped early: at most this many of its packed bytes are read (so unpacked). */
  bomb?: { entry: string; maxDataRead: number };
}

let zerosDeflated: Uint8Array | undefined;
/** 200 MB of zeros, deflated (about 200 KB): made once. */
const packedZeros = () => (zerosDeflated ??= deflateSync(zeros(200 * MB), { level: 1 }));
/** A bomb entry: 200 MB of zeros packed, `declared` bytes in the headers. */
const bombEntry = (name: string, declared: number): RawEntry => ({
  name,
  data: new Uint8Array(0),
  packed: packedZeros(),
  method: 8,
  size: declared,
  crc: 0,
});
/** The valid archive with the bomb as the PNG's file. */
const bomb = (declared: number) =>
  rawZip(
    validEntries(
      files,
      jsonWith((a) => (a[0]!.size = declared)),
    ).map((e) => (e.name === `files/${PNG_ID}` ? bombEntry(e.name, declared) : e)),
  );

const zeros = (n: number) => new Uint8Array(n);

/** The valid archive with attachment `index`'s file replaced by `payload`, its size and SHA-256 declared truly. */
function withPayload(index: number, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const id = files[index]!.attachment.id;
  const json = jsonWith((a) =>
    Object.assign(a[index]!, { size: payload.length, sha256: createHash('sha256').update(payload).digest('hex') }),
  );
  return rawZip(validEntries(files, json).map((e) => (e.name === `files/${id}` ? { ...e, data: payload } : e)));
}

const cases: ZipCase[] = [
  {
    name: 'a zip bomb whose header is honest (200 MB of zeros as one attachment)',
    bytes: () => bomb(200 * MB),
    expected:
      /"files\/b1000000-0000-4000-8000-000000000001": declares 209715200 bytes; an attachment may be at most 20971520 bytes/,
    bomb: { entry: `files/${PNG_ID}`, maxDataRead: 0 },
  },
  {
    name: 'a zip bomb whose header lies (200 MB of zeros declared as 67 bytes)',
    bytes: () => bomb(67),
    expected:
      /"files\/b1000000-0000-4000-8000-000000000001": unpacks to more than the 67 bytes the archive declares; stopped there/,
    bomb: { entry: `files/${PNG_ID}`, maxDataRead: 64 * 1024 },
  },
  {
    name: 'a backup.json bomb whose header lies (200 MB declared as 2 KB)',
    bytes: () => rawZip([bombEntry('backup.json', 2048), ...validEntries(files).slice(1)]),
    expected: /"backup\.json": unpacks to more than the 2048 bytes the archive declares/,
    bomb: { entry: 'backup.json', maxDataRead: 64 * 1024 },
  },
  {
    name: 'a path that climbs out with ../',
    bytes: () => rawZip([...validEntries(files), { name: '../x', data: encode('x') }]),
    expected: /"\.\.\/x": refused, the name climbs out of the archive with "\.\."/,
  },
  {
    name: 'a path that climbs out inside files/',
    bytes: () => rawZip([...validEntries(files), { name: 'files/../../etc/passwd', data: encode('x') }]),
    expected: /"files\/\.\.\/\.\.\/etc\/passwd": refused, the name climbs out/,
  },
  {
    name: 'an absolute path',
    bytes: () => rawZip([...validEntries(files), { name: '/abs', data: encode('x') }]),
    expected: /"\/abs": refused, the name is an absolute path/,
  },
  {
    name: 'a drive-letter path',
    bytes: () => rawZip([...validEntries(files), { name: 'C:/x', data: encode('x') }]),
    expected: /"C:\/x": refused, the name is an absolute path/,
  },
  {
    name: 'a backslash in a name',
    bytes: () => rawZip([...validEntries(files), { name: 'files\\x', data: encode('x') }]),
    expected: /"files\\\\x": refused, the name contains a backslash/,
  },
  {
    name: 'an entry of another name',
    bytes: () => rawZip([...validEntries(files), { name: 'files/readme.exe', data: encode('MZ') }]),
    expected: /"files\/readme\.exe": not a name a Paper Trail backup uses/,
  },
  {
    name: 'the same entry twice',
    bytes: () => rawZip([...validEntries(files), { name: `files/${PNG_ID}`, data: files[0]!.bytes }]),
    expected: /"files\/b1000000-0000-4000-8000-000000000001": appears twice in the archive/,
  },
  {
    name: 'a description whose file is missing',
    bytes: () => rawZip(entriesWith((e) => e.splice(e.indexOf(fileEntry(e)), 1))),
    expected: /^attachments\[0\]: its file "files\/b1000000-0000-4000-8000-000000000001" is not in the archive/,
  },
  {
    name: 'a file without a description',
    bytes: () => rawZip([...validEntries(files), { name: `files/${ORPHAN}`, data: files[0]!.bytes }]),
    expected: /"files\/99999999-9999-4999-8999-999999999999": no attachment in backup\.json describes this file/,
  },
  {
    name: 'a description that lies about the size',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.size = 68)),
        ),
      ),
    expected: /^attachments\[0\]\.size: declares 68 bytes, but "files\/b1000000-0000-4000-8000-000000000001" holds \d+/,
  },
  {
    name: 'a zip header that declares less than the data holds',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.size = 10)),
        ).map((e) => (e.name === `files/${PNG_ID}` ? { ...e, method: 8, size: 10 } : e)),
      ),
    expected: /"files\/b1000000-0000-4000-8000-000000000001": unpacks to more than the 10 bytes/,
  },
  {
    name: 'a zip header that declares more than the data holds',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.size = files[0]!.bytes.length + 50)),
        ).map((e) => (e.name === `files/${PNG_ID}` ? { ...e, method: 8, size: e.data.length + 50 } : e)),
      ),
    expected: /"files\/b1000000-0000-4000-8000-000000000001": unpacks to \d+ bytes, not the \d+ the archive declares/,
  },
  {
    name: 'a stored entry whose packed and unpacked sizes differ',
    bytes: () => rawZip(entriesWith((e) => Object.assign(fileEntry(e), { size: 10 }))),
    expected: /stored without compression, yet its packed and unpacked sizes differ/,
  },
  {
    name: 'a wrong SHA-256',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.sha256 = 'ab'.repeat(32))),
        ),
      ),
    expected:
      /^attachments\[0\]\.sha256: declares SHA-256 (ab){32}, but "files\/b1000000-0000-4000-8000-000000000001" has [0-9a-f]{64}/,
  },
  {
    name: 'a .exe payload declared as image/png',
    bytes: () =>
      withPayload(
        0,
        new Uint8Array([
          0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff, 0x00, 0x00, 0xb8, 0x00,
        ]),
      ),
    expected:
      /^attachments\[0\]\.type: declares image\/png, but the bytes of "files\/b1000000-0000-4000-8000-000000000001" are none of the accepted kinds/,
  },
  {
    name: 'a PDF declared as a PNG',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[1]!.type = 'image/png')),
        ),
      ),
    expected:
      /^attachments\[1\]\.type: declares image\/png, but the bytes of "files\/b1000000-0000-4000-8000-000000000002" are application\/pdf/,
  },
  {
    name: 'text with a NUL character',
    bytes: () => withPayload(2, encode('line one\u0000line two')),
    expected:
      /^attachments\[2\]\.type: declares text\/plain, but "files\/b1000000-0000-4000-8000-000000000003" holds a NUL character/,
  },
  {
    name: 'text that is not UTF-8',
    bytes: () => withPayload(2, new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])),
    expected:
      /^attachments\[2\]\.type: declares text\/plain, but "files\/b1000000-0000-4000-8000-000000000003" is not valid UTF-8/,
  },
  {
    name: 'an encrypted entry',
    bytes: () => rawZip(entriesWith((e) => (fileEntry(e).flags = 0x1))),
    expected: /"files\/b1000000-0000-4000-8000-000000000001": the entry is encrypted/,
  },
  {
    name: 'an unsupported compression method (bzip2)',
    bytes: () => rawZip(entriesWith((e) => (fileEntry(e).method = 12))),
    expected: /"files\/b1000000-0000-4000-8000-000000000001": compression method 12 is not supported/,
  },
  {
    name: 'not a zip, though named .zip',
    bytes: () => encode('hello, this is not an archive'),
    fileName: 'paper-trail-backup.zip',
    expected: /named \.zip but is not a zip archive/,
  },
  {
    name: 'a truncated zip',
    bytes: () => {
      const whole = rawZip(validEntries(files));
      return whole.slice(0, Math.floor(whole.length / 2));
    },
    expected: /damaged or cut short: its table of contents \(end of central directory\) was not found/,
  },
  {
    name: 'no backup.json',
    bytes: () => rawZip(validEntries(files).slice(1)),
    expected: /The \.zip archive holds no backup\.json/,
  },
  {
    name: 'an invalid backup.json (a field of the wrong kind)',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[2]!.kind = 'video')),
        ),
      ),
    expected: /^backup\.json: attachments\[2\]\.kind: expected one of screenshot, file, transcript but got "video"/,
  },
  {
    name: 'a backup.json that is not JSON',
    bytes: () => rawZip([{ name: 'backup.json', data: encode('{"format": "paper-trail-backup", '), method: 8 }]),
    expected: /^backup\.json: The file is not valid JSON/,
  },
  {
    name: 'too many entries',
    bytes: () => rawZip(validEntries(files)),
    limits: { maxEntries: 3 },
    expected: /The \.zip archive has 4 entries; at most 3 are accepted/,
  },
  {
    name: 'more than the total size',
    bytes: () => rawZip(validEntries(files)),
    limits: { maxTotalBytes: 1_000 },
    expected: /unpacks to \d+\+ bytes in all; at most 1000 are accepted/,
  },
  {
    name: 'an archive larger than accepted',
    bytes: () => rawZip(validEntries(files)),
    limits: { maxArchiveBytes: 500 },
    expected: /\.zip backups larger than 0\.0 MB are refused/,
  },
  {
    name: 'an attachment whose owner is missing',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.ownerId = ORPHAN)),
        ),
      ),
    expected: new RegExp(
      `^attachments\\[0\\]\\.ownerId: points at attempt ${ORPHAN}, which is neither in the file nor stored`,
    ),
  },
  {
    name: 'an attachment of a case that does not exist',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => Object.assign(a[1]!, { caseId: ORPHAN, ownerId: ORPHAN })),
        ),
      ),
    expected: new RegExp(`^attachments\\[1\\]\\.caseId: points at case ${ORPHAN}`),
  },
  {
    name: 'an attachment on an attempt of another case',
    bytes: () => {
      const data = sampleData(3);
      data.cases.push({ ...data.cases[0]!, id: SECOND_CASE });
      data.attempts.push(sampleAttempt(50, { caseId: SECOND_CASE }));
      return rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.ownerId = sampleAttempt(50).id), data),
        ),
      );
    },
    expected: new RegExp(
      `^attachments\\[0\\]\\.caseId: the attempt ${sampleAttempt(50).id} belongs to case ${SECOND_CASE}, not to case ${CASE_ID}`,
    ),
  },
  {
    name: 'a case attachment owned by another id',
    bytes: () =>
      rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[1]!.ownerId = ORPHAN)),
        ),
      ),
    expected: /^attachments\[1\]\.ownerId: a case’s own attachment must name its case/,
  },
  {
    name: 'a version-1 backup inside a zip',
    bytes: () =>
      rawZip([
        {
          name: 'backup.json',
          data: encode(JSON.stringify({ ...JSON.parse(backupJson()), version: 1, data: sampleData(3) })),
          method: 8,
        },
      ]),
    expected:
      /^backup\.json: version: version 1 carries no attachments; a \.zip backup holds format version 2 or newer/,
  },
  {
    name: 'damaged bytes (CRC-32 mismatch)',
    bytes: () => rawZip(entriesWith((e) => (fileEntry(e).crc = 0x12345678))),
    expected: /"files\/b1000000-0000-4000-8000-000000000001": the bytes do not match the archive’s CRC-32 checksum/,
  },
  {
    name: 'an entry whose own header names another file',
    bytes: () => rawZip(entriesWith((e) => (fileEntry(e).localName = '../../evil'))),
    expected:
      /"files\/b1000000-0000-4000-8000-000000000001": the entry’s own header does not match the archive’s table of contents \(name "\.\.\/\.\.\/evil"\)/,
  },
  {
    name: 'a table of contents that claims more entries than it holds',
    bytes: () => rawZip(validEntries(files), { entryCount: 9 }),
    expected: /table of contents is damaged at entry 4 \(it ends early\)/,
  },
  {
    name: 'damaged deflate data',
    bytes: () => {
      const zip = rawZip(
        validEntries(
          files,
          jsonWith((a) => (a[0]!.size = 4096)),
        ).map((e) => (e.name === `files/${PNG_ID}` ? { ...e, data: zeros(4096), method: 8 } : e)),
      );
      // The first byte of the deflate stream, right after the entry's name: block type 3, which does not exist.
      const at = new TextDecoder('latin1').decode(zip).indexOf(`files/${PNG_ID}`) + `files/${PNG_ID}`.length;
      zip[at] = 0xff;
      return zip;
    },
    expected: /"files\/b1000000-0000-4000-8000-000000000001": the compressed data is damaged/,
  },
];

/** Where an entry's packed data lies in the archive. */
async function dataRange(blob: Blob, name: string): Promise<{ start: number; end: number }> {
  const { entries } = await readZipDirectory(blob, ZIP_LIMITS);
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  return locateData(blob, entry, name);
}

describe('a malformed .zip backup is refused with a precise reason and writes nothing', () => {
  let db: PaperTrailDb;
  beforeEach(async () => {
    db = await freshDb();
    // Records and one attachment stored before: every bad import must leave them untouched.
    await seed(db, sampleData(5));
    await seedFiles(db, files.slice(0, 1));
  });
  afterEach(() => db.close());

  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it('accepts the valid archive these cases are made from', async () => {
    const session = new ImportSession(db, { appVersion: '0.1.0' });
    const result = await session.load(countingSource(rawZip(validEntries(files))));
    expect(result.ok ? result.preview.attachments : result.problems).toBe(3);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, zipCase) => {
    const snapshot = async () => ({
      counts: await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)),
      attachments: await db.attachments.toArray(),
      files: await Promise.all(
        (await db.attachmentFiles.toArray()).map(
          async (f) => [f.id, [...new Uint8Array(await f.data.arrayBuffer())].join()] as const,
        ),
      ),
      attempts: await db.attempts.toArray(),
    });
    const before = await snapshot();
    const session = new ImportSession(db, { appVersion: '0.1.0', zipLimits: { ...ZIP_LIMITS, ...zipCase.limits } });
    const source = countingSource(zipCase.bytes(), zipCase.fileName);
    const result = await session.load(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(problemText).join('\n')).toMatch(zipCase.expected);
    if (zipCase.bomb) {
      const range = await dataRange(source.blob, zipCase.bomb.entry);
      expect(range.end - range.start).toBeGreaterThan(150_000);
      expect(source.bytesReadWithin(range)).toBeLessThanOrEqual(zipCase.bomb.maxDataRead);
    }
    // Committing after a refusal writes nothing either.
    expect((await session.commit('replace', { now: T0 })).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a plain JSON file', () => {
  it('that lists attachments is refused: their files travel only in a .zip', async () => {
    const db = await freshDb();
    try {
      const json = backupJson(
        sampleData(3),
        files.map((f) => f.attachment),
      );
      const result = await new ImportSession(db, { appVersion: '0.1.0' }).load(
        countingSource(encode(json), 'backup.json'),
      );
      expect(!result.ok && result.problems.map(problemText).join('\n')).toMatch(
        /^attachments: lists 3 attachments, but this is a plain JSON file/,
      );
      expect(await db.attachments.count()).toBe(0);
    } finally {
      db.close();
    }
  });
});
