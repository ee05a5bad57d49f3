import { Inflate } from 'fflate';
import { t } from '../i18n';
import { crc32 } from './crc32';
import { readBytes, type ByteSource, type ZipEntry } from './zip-directory';

/** Reads a range of the archive (possibly from a window read before). */
export type RangeReader = (start: number, end: number) => Promise<Uint8Array<ArrayBuffer>>;
import { ZipProblem } from './zip-problem';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
/** Bit 0: encrypted. Bit 3: sizes and CRC follow the data (a data descriptor), as streamed archives write. */
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
/** Compressed bytes read from the archive at a time. */
const READ_BYTES = 64 * 1024;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1,032 times, so one
 * step makes at most ~8 MB: a zip bomb is stopped within a step of passing its declared size.
 */
const INFLATE_STEP = 8 * 1024;

export const isEncrypted = (entry: ZipEntry) => (entry.flags & FLAG_ENCRYPTED) !== 0 || entry.method === 99;

/** Where an entry's data starts and ends, after checking its own header agrees with the table of contents. */
export async function locateData(
  source: ByteSource,
  entry: ZipEntry,
  shown: string,
  read: RangeReader = (start, end) => readBytes(source, start, end),
): Promise<{ start: number; end: number }> {
  const mismatch = (detail: string) =>
    new ZipProblem(t('exchange.zip.localHeader', { entry: shown, detail }), entry.name);
  if (entry.localOffset + LOCAL_SIZE > source.size)
    throw new ZipProblem(t('exchange.zip.outOfBounds', { entry: shown }), entry.name);
  const header = await read(entry.localOffset, entry.localOffset + LOCAL_SIZE);
  const view = new DataView(header.buffer);
  if (view.getUint32(0, true) !== LOCAL_SIGNATURE) throw mismatch('no entry header at its offset');
  const flags = view.getUint16(6, true);
  if ((flags & FLAG_ENCRYPTED) !== (entry.flags & FLAG_ENCRYPTED)) throw mismatch('encryption');
  if (view.getUint16(8, true) !== entry.method) throw mismatch('compression method');
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const nameAt = entry.localOffset + LOCAL_SIZE;
  const name = new TextDecoder('utf-8').decode(await read(nameAt, Math.min(source.size, nameAt + nameLength)));
  if (name !== entry.name) throw mismatch(`name ${JSON.stringify(name)}`);
  if ((flags & FLAG_DESCRIPTOR) === 0) {
    if (view.getUint32(14, true) !== entry.crc) throw mismatch('checksum');
    if (view.getUint32(18, true) !== entry.compressedSize || view.getUint32(22, true) !== entry.size)
      throw mismatch('sizes');
  }
  const start = entry.localOffset + LOCAL_SIZE + nameLength + extraLength;
  return { start, end: start + entry.compressedSize };
}

/**
 * The entry's bytes, exactly `entry.size` of them, checked against its CRC-32. Deflated data is
 * unpacked step by step and refused as soon as it passes the declared size, so a header that lies
 * (or a zip bomb) costs at most one step beyond what it declared.
 */
export async function readEntryData(
  source: ByteSource,
  entry: ZipEntry,
  range: { start: number; end: number },
  shown: string,
): Promise<Uint8Array<ArrayBuffer>> {
  let out: Uint8Array<ArrayBuffer>;
  if (entry.method === METHOD_STORED) {
    out = await readBytes(source, range.start, range.end);
  } else {
    out = new Uint8Array(entry.size);
    let written = 0;
    const inflater = new Inflate((chunk) => {
      if (written + chunk.length > entry.size)
        throw new ZipProblem(t('exchange.zip.sizeLie', { entry: shown, size: entry.size }), entry.name);
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let at = range.start; at < range.end; at += READ_BYTES) {
        const stop = Math.min(range.end, at + READ_BYTES);
        const packed = await readBytes(source, at, stop);
        for (let step = 0; step < packed.length; step += INFLATE_STEP) {
          const last = stop === range.end && step + INFLATE_STEP >= packed.length;
          inflater.push(packed.subarray(step, step + INFLATE_STEP), last);
        }
      }
      if (range.start === range.end) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipProblem) throw error;
      throw new ZipProblem(
        t('exchange.zip.corrupt', { entry: shown, detail: error instanceof Error ? error.message : String(error) }),
        entry.name,
      );
    }
    if (written !== entry.size)
      throw new ZipProblem(
        t('exchange.zip.sizeShort', { entry: shown, size: entry.size, actual: written }),
        entry.name,
      );
  }
  if (crc32(out) !== entry.crc) throw new ZipProblem(t('exchange.zip.crc', { entry: shown }), entry.name);
  return out;
}
