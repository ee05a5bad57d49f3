import { t } from '../i18n';
import type { ZipLimits } from './zip-limits';
import { ZipProblem } from './zip-problem';

/** Random access to the archive: a Blob or File is one. */
export interface ByteSource {
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** One entry as the archive's table of contents (central directory) describes it. */
export interface ZipEntry {
  index: number;
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  /** Unpacked size as declared; the unpacking stops the moment it is exceeded. */
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the table of contents starts: every entry's data must end before it. */
  directoryOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const MAX_COMMENT = 0xffff;

export async function readBytes(source: ByteSource, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await source.slice(start, end).arrayBuffer());
}

/** Bytes read at once for entry headers: neighbouring small entries' headers come from one read. */
const HEADER_WINDOW = 64 * 1024;

/**
 * A reader for the many small reads of entry headers: each read is served from the last window
 * read when it lies inside it, so an archive of thousands of small files is not read in
 * thousands of tiny pieces.
 */
export function windowedReader(source: ByteSource): (start: number, end: number) => Promise<Uint8Array<ArrayBuffer>> {
  let windowStart = 0;
  let window = new Uint8Array(0);
  return async (start, end) => {
    if (start < windowStart || end > windowStart + window.length) {
      windowStart = start;
      window = await readBytes(source, start, Math.min(source.size, Math.max(end, start + HEADER_WINDOW)));
    }
    return window.slice(start - windowStart, end - windowStart);
  };
}

/** The end-of-central-directory record: the last 22 bytes, or before a comment of up to 64 KB. */
function findEnd(tail: Uint8Array): number {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) === tail.length)
      return at;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8');

/**
 * Reads the table of contents only (no entry data): the entry count is checked before a single
 * entry is read, so an archive claiming millions of entries costs nothing.
 */
export async function readZipDirectory(source: ByteSource, limits: ZipLimits): Promise<ZipDirectory> {
  const tailStart = Math.max(0, source.size - EOCD_SIZE - MAX_COMMENT);
  const tail = await readBytes(source, tailStart, source.size);
  const at = findEnd(tail);
  if (at < 0) throw new ZipProblem(t('exchange.zip.noDirectory'));
  const end = new DataView(tail.buffer, tail.byteOffset + at, EOCD_SIZE);
  const disk = end.getUint16(4, true);
  const directoryDisk = end.getUint16(6, true);
  const onDisk = end.getUint16(8, true);
  const count = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);
  if (
    disk !== 0 ||
    directoryDisk !== 0 ||
    onDisk !== count ||
    count === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff
  ) {
    throw new ZipProblem(t('exchange.zip.zip64'));
  }
  if (count > limits.maxEntries)
    throw new ZipProblem(t('exchange.zip.tooManyEntries', { count, max: limits.maxEntries }));
  const endOffset = tailStart + at;
  if (directoryOffset + directorySize > endOffset) throw new ZipProblem(t('exchange.zip.noDirectory'));
  const directory = await readBytes(source, directoryOffset, directoryOffset + directorySize);
  const view = new DataView(directory.buffer);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let index = 0; index < count; index++) {
    const damaged = (detail: string) => new ZipProblem(t('exchange.zip.badDirectory', { index, detail }));
    if (p + CENTRAL_SIZE > directory.length) throw damaged('it ends early');
    if (view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw damaged('no entry signature');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directory.length) throw damaged('it ends early');
    const entry: ZipEntry = {
      index,
      name: decoder.decode(directory.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
      throw new ZipProblem(t('exchange.zip.zip64'));
    entries.push(entry);
    p = next;
  }
  return { entries, directoryOffset };
}
