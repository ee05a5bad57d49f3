import { t } from '../i18n';
import type { Attachment } from '../model';
import { MAX_PROBLEMS, type ImportProblem } from './problems';
import { parseBackupText, type ParseResult } from './parse';
import { sha256Hex } from '../attachments/hash';
import { sniffAttachment } from './sniff';
import { readZipDirectory, windowedReader, type ByteSource, type ZipEntry } from './zip-directory';
import { isEncrypted, locateData, METHOD_DEFLATE, METHOD_STORED, readEntryData } from './zip-entry';
import type { ZipLimits } from './zip-limits';
import { entryRole, fileEntryName } from './zip-names';
import { ZipProblem } from './zip-problem';

export type ZipReadResult =
  | { ok: true; backup: Extract<ParseResult, { ok: true }>['backup']; migratedFrom?: number; files: Map<string, Blob> }
  | { ok: false; problems: ImportProblem[] };

interface Located {
  entry: ZipEntry;
  shown: string;
  start: number;
  end: number;
}

/** The archive is a zip when it starts with a local entry header ("PK\3\4") or is an empty zip ("PK\5\6"). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** Every check that needs only the table of contents and the entries' own headers: nothing is unpacked yet. */
async function checkEntries(
  source: ByteSource,
  limits: ZipLimits,
): Promise<{ backup: Located; files: Map<string, Located> }> {
  const { entries, directoryOffset } = await readZipDirectory(source, limits);
  const seen = new Set<string>();
  const files = new Map<string, Located>();
  let backup: Located | undefined;
  let total = 0;
  const located: Located[] = [];
  const readHeader = windowedReader(source);
  for (const entry of entries) {
    const shown = JSON.stringify(entry.name);
    const fail = (message: string) => new ZipProblem(message, entry.name);
    const role = entryRole(entry.name);
    if (seen.has(entry.name)) throw fail(t('exchange.zip.duplicate', { entry: shown }));
    seen.add(entry.name);
    if (isEncrypted(entry)) throw fail(t('exchange.zip.encrypted', { entry: shown }));
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE)
      throw fail(t('exchange.zip.method', { entry: shown, method: entry.method }));
    if (entry.method === METHOD_STORED && entry.compressedSize !== entry.size) {
      throw fail(t('exchange.zip.storedSizes', { entry: shown, packed: entry.compressedSize, size: entry.size }));
    }
    const max = role.kind === 'backup' ? limits.maxJsonBytes : limits.maxFileBytes;
    if (entry.size > max)
      throw fail(
        t(role.kind === 'backup' ? 'exchange.zip.jsonTooLarge' : 'exchange.zip.fileTooLarge', {
          entry: shown,
          size: entry.size,
          max,
        }),
      );
    total += entry.size;
    if (total > limits.maxTotalBytes)
      throw new ZipProblem(t('exchange.zip.totalTooLarge', { size: `${total}+`, max: limits.maxTotalBytes }));
    const range = await locateData(source, entry, shown, readHeader);
    if (range.end > directoryOffset) throw fail(t('exchange.zip.outOfBounds', { entry: shown }));
    const item = { entry, shown, ...range };
    located.push(item);
    if (role.kind === 'backup') backup = item;
    else files.set(role.id, item);
  }
  // Each entry's header and data must lie apart from every other's: overlapping entries are how
  // a small archive unpacks to gigabytes.
  located.sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  for (let i = 1; i < located.length; i++) {
    const before = located[i - 1];
    const item = located[i];
    if (before && item && item.entry.localOffset < before.end)
      throw new ZipProblem(t('exchange.zip.overlap', { entry: item.shown }), item.entry.name);
  }
  if (!backup) throw new ZipProblem(t('exchange.zip.noBackupJson'));
  return { backup, files };
}

async function readDocument(source: ByteSource, item: Located): Promise<string> {
  const bytes = await readEntryData(source, item.entry, item, item.shown);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ZipProblem(t('exchange.zip.notText', { entry: item.shown }), item.entry.name);
  }
}

/** One attachment's file: its size, SHA-256 and real type against its description. */
async function checkFile(
  source: ByteSource,
  item: Located,
  attachment: Attachment,
  where: string,
): Promise<{ blob: Blob } | { problem: ImportProblem }> {
  const entry = item.shown;
  if (attachment.size !== item.entry.size) {
    return {
      problem: {
        where: `${where}.size`,
        message: t('exchange.zip.sizeMismatch', { declared: attachment.size, entry, actual: item.entry.size }),
      },
    };
  }
  const bytes = await readEntryData(source, item.entry, item, entry);
  const sha = await sha256Hex(bytes);
  if (sha !== attachment.sha256) {
    return {
      problem: {
        where: `${where}.sha256`,
        message: t('exchange.zip.hashMismatch', { declared: attachment.sha256, entry, actual: sha }),
      },
    };
  }
  const sniffed = sniffAttachment(bytes);
  if (sniffed.type !== attachment.type) {
    const message =
      attachment.type === 'text/plain' && sniffed.type === undefined
        ? t(sniffed.text === 'nul' ? 'exchange.zip.textWithNul' : 'exchange.zip.textNotUtf8', { entry })
        : sniffed.type === undefined
          ? t('exchange.zip.typeUnknown', { declared: attachment.type, entry })
          : t('exchange.zip.typeMismatch', { declared: attachment.type, entry, actual: sniffed.type });
    return { problem: { where: `${where}.type`, message } };
  }
  return { blob: new Blob([bytes], { type: attachment.type }) };
}

/**
 * Checks a .zip backup completely before anything is written: the table of contents (names,
 * duplicates, encryption, compression, sizes against the limits, headers, overlaps), then
 * backup.json (schema), then that descriptions and files match one to one, and every file's size,
 * SHA-256 and real type. Files are unpacked one at a time and never beyond their declared size.
 */
export async function readBackupZip(source: ByteSource, appVersion: string, limits: ZipLimits): Promise<ZipReadResult> {
  try {
    if (source.size > limits.maxArchiveBytes) {
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      return {
        ok: false,
        problems: [
          {
            where: '',
            message: t('exchange.zip.tooLarge', { size: mb(source.size), max: mb(limits.maxArchiveBytes) }),
          },
        ],
      };
    }
    const { backup: document, files } = await checkEntries(source, limits);
    const parsed = parseBackupText(await readDocument(source, document), appVersion, 'zip');
    if (!parsed.ok)
      return {
        ok: false,
        problems: parsed.problems.map((p) => ({
          ...p,
          where: p.where.startsWith('backup.json') ? p.where : `backup.json${p.where ? `: ${p.where}` : ''}`,
        })),
      };
    const { attachments } = parsed.backup.data;
    const problems: ImportProblem[] = [];
    const described = new Set(attachments.map((a) => a.id));
    attachments.forEach((attachment, index) => {
      if (!files.has(attachment.id))
        problems.push({
          where: `attachments[${index}]`,
          message: t('exchange.zip.missingFile', { entry: JSON.stringify(fileEntryName(attachment.id)) }),
        });
    });
    for (const [id, item] of files) {
      if (!described.has(id))
        problems.push({ where: item.entry.name, message: t('exchange.zip.orphanFile', { entry: item.shown }) });
    }
    if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
    const blobs = new Map<string, Blob>();
    for (let index = 0; index < attachments.length && problems.length < MAX_PROBLEMS; index++) {
      const attachment = attachments[index];
      const item = attachment && files.get(attachment.id);
      if (!attachment || !item || blobs.has(attachment.id)) continue;
      const checked = await checkFile(source, item, attachment, `attachments[${index}]`);
      if ('problem' in checked) problems.push(checked.problem);
      else blobs.set(attachment.id, checked.blob);
    }
    if (problems.length > 0) return { ok: false, problems };
    return parsed.migratedFrom === undefined
      ? { ok: true, backup: parsed.backup, files: blobs }
      : { ok: true, backup: parsed.backup, migratedFrom: parsed.migratedFrom, files: blobs };
  } catch (error) {
    if (error instanceof ZipProblem) return { ok: false, problems: [error.toProblem()] };
    throw error;
  }
}
