import { deflateSync } from 'fflate';
import type { PaperTrailDb } from '../../../lib/db/database';
import { buildBackup, serializeBackup, type BackupData } from '../../../lib/exchange/backup';
import { crc32 } from '../../../lib/exchange/crc32';
import type { Attachment } from '../../../lib/model';
import { CASE_ID, sampleAttempt, sampleData, sampleResponse, T0 } from './sample';

/** A real 1×1 PNG, a small PDF and a line of text: what the sniffing must recognise. */
export const PNG_BYTES = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (ch) => ch.charCodeAt(0),
);
export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
export const TEXT_BYTES = new TextEncoder().encode('Chat transcript — agent: Priya, ref TM-48213\n');

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

export const PNG_ID = 'b1000000-0000-4000-8000-000000000001';
export const PDF_ID = 'b1000000-0000-4000-8000-000000000002';
export const TEXT_ID = 'b1000000-0000-4000-8000-000000000003';

export interface SampleFile {
  attachment: Attachment;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A screenshot on an attempt, a PDF bill on the case, a transcript on the response. */
export async function sampleFiles(): Promise<SampleFile[]> {
  const at = T0 + 2 * 3_600_000;
  const make = async (
    id: string,
    bytes: Uint8Array<ArrayBuffer>,
    fields: Pick<Attachment, 'ownerType' | 'ownerId' | 'kind' | 'name' | 'type'>,
  ): Promise<SampleFile> => ({
    attachment: {
      id,
      caseId: CASE_ID,
      ...fields,
      size: bytes.length,
      sha256: await sha256(bytes),
      createdAt: at,
      updatedAt: at,
    },
    bytes,
  });
  return [
    await make(PNG_ID, new Uint8Array(PNG_BYTES), {
      ownerType: 'attempt',
      ownerId: sampleAttempt(1).id,
      kind: 'screenshot',
      name: 'chat.png',
      type: 'image/png',
    }),
    await make(PDF_ID, new Uint8Array(PDF_BYTES), {
      ownerType: 'case',
      ownerId: CASE_ID,
      kind: 'file',
      name: 'bill october.pdf',
      type: 'application/pdf',
    }),
    await make(TEXT_ID, new Uint8Array(TEXT_BYTES), {
      ownerType: 'response',
      ownerId: sampleResponse().id,
      kind: 'transcript',
      name: 'transcript.txt',
      type: 'text/plain',
    }),
  ];
}

/** Writes attachments straight into the two tables, as the attachment store does. */
export async function seedFiles(db: PaperTrailDb, files: readonly SampleFile[]): Promise<void> {
  await db.transaction('rw', [db.attachments, db.attachmentFiles], async () => {
    await db.attachments.bulkPut(files.map((f) => f.attachment));
    await db.attachmentFiles.bulkPut(
      files.map((f) => ({ id: f.attachment.id, data: new Blob([f.bytes], { type: f.attachment.type }) })),
    );
  });
}

/** The backup.json text of version 2 for these records and descriptions. */
export function backupJson(data: BackupData = sampleData(3), attachments: Attachment[] = []): string {
  return serializeBackup(buildBackup({ data, attachments, scope: 'all', appVersion: '0.1.0', now: T0 }));
}

/** One entry of a hand-made archive; every field a malformed archive may lie about can be set. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  method?: number;
  flags?: number;
  /** Unpacked size written in the headers (default: the real one). */
  size?: number;
  /** Packed size written in the headers (default: the real one). */
  packedSize?: number;
  crc?: number;
  /** The name in the entry's own header (default: the same). */
  localName?: string;
  /** Data already deflated (method 8), written as it is. */
  packed?: Uint8Array;
}

/**
 * A zip written byte by byte (local headers with sizes, central directory, end record), so a
 * test can make it lie in any one place. Data is deflated for method 8 unless `raw` is given.
 */
export function rawZip(entries: readonly RawEntry[], options: { entryCount?: number } = {}): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 0;
    const packed = entry.packed ?? (method === 8 ? deflateSync(entry.data) : entry.data);
    const name = encoder.encode(entry.name);
    const localName = encoder.encode(entry.localName ?? entry.name);
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.size ?? entry.data.length;
    const packedSize = entry.packedSize ?? packed.length;
    const flags = (entry.flags ?? 0) | 0x800;
    const local = new Uint8Array(30 + localName.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packedSize, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, localName.length, true);
    local.set(localName, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packedSize, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  const count = options.entryCount ?? entries.length;
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A valid archive's entries: backup.json (deflated) and the three sample files (stored). */
export function validEntries(
  files: readonly SampleFile[],
  json = backupJson(
    sampleData(3),
    files.map((f) => f.attachment),
  ),
): RawEntry[] {
  return [
    { name: 'backup.json', data: new TextEncoder().encode(json), method: 8 },
    ...files.map((f) => ({ name: `files/${f.attachment.id}`, data: f.bytes })),
  ];
}

/** A File-like source over bytes that records every range read from it. */
export function countingSource(bytes: Uint8Array<ArrayBuffer>, name = 'backup.zip') {
  const blob = new Blob([bytes]);
  const reads: Array<[number, number]> = [];
  return {
    name,
    blob,
    size: blob.size,
    text: () => blob.text(),
    slice(start: number, end: number) {
      // The table of contents is read from the archive's end, apart from any entry's data.
      if (end < blob.size) reads.push([start, end]);
      return blob.slice(start, end);
    },
    /** Bytes read inside a range by reads that start there. */
    bytesReadWithin(range: { start: number; end: number }): number {
      return reads
        .filter(([from]) => from >= range.start && from < range.end)
        .reduce((sum, [from, to]) => sum + Math.min(to, range.end) - from, 0);
    },
  };
}
