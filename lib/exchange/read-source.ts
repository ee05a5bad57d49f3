import { t } from '../i18n';
import type { Backup } from './backup';
import { checkFileSize, parseBackupText } from './parse';
import type { ImportProblem } from './problems';
import { readBytes, type ByteSource } from './zip-directory';
import type { ZipLimits } from './zip-limits';
import { looksLikeZip, readBackupZip } from './zip-read';

/** A File, or anything with its size known before reading. */
export interface ImportSource {
  size: number;
  text(): Promise<string>;
  /** Random access (a Blob or File has it): needed to read a .zip backup. */
  slice?: ByteSource['slice'];
  /** The file's name, when there is one: a ".zip" that is no zip is named as such. */
  name?: string;
}

/** A file read and checked as a backup, with the checked files of its attachments by id. */
export type Loaded =
  | { ok: true; backup: Backup; migratedFrom?: number; files: Map<string, Blob> }
  | { ok: false; problems: ImportProblem[] };

const unreadable = (): Loaded => ({ ok: false, problems: [{ where: '', message: t('exchange.error.unreadable') }] });

/** A .zip (by its first bytes) is read as a version-2 archive; anything else as a JSON document. */
export async function readImportSource(source: ImportSource, appVersion: string, limits: ZipLimits): Promise<Loaded> {
  const sizeProblem = source.size === 0 ? checkFileSize(0) : undefined;
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  if (source.slice) {
    const bytes: ByteSource = { size: source.size, slice: source.slice.bind(source) };
    let head: Uint8Array;
    try {
      head = await readBytes(bytes, 0, Math.min(4, source.size));
    } catch {
      return unreadable();
    }
    if (looksLikeZip(head)) {
      try {
        return await readBackupZip(bytes, appVersion, limits);
      } catch {
        return unreadable();
      }
    }
    if (source.name?.toLowerCase().endsWith('.zip'))
      return { ok: false, problems: [{ where: '', message: t('exchange.zip.notZip') }] };
  }
  const jsonSizeProblem = checkFileSize(source.size);
  if (jsonSizeProblem) return { ok: false, problems: [jsonSizeProblem] };
  let text: string;
  try {
    text = await source.text();
  } catch {
    return unreadable();
  }
  const parsed = parseBackupText(text, appVersion);
  return parsed.ok ? { ...parsed, files: new Map() } : parsed;
}
