import { t } from '../i18n';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupV1, BackupV2, type Backup } from './backup';
import { BackupV0Envelope, migrateV0 } from './legacy';
import { describeValue, problemsFromZod, type ImportProblem } from './problems';
import { ForbiddenKeyError, parseJsonSafely } from './safe-json';

/** Larger files are refused before being read: far above any real history (100,000 attempts ≈ 40 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type ParseResult =
  { ok: true; backup: Backup; migratedFrom?: number } | { ok: false; problems: ImportProblem[] };

const fail = (message: string, where = ''): ParseResult => ({ ok: false, problems: [{ where, message }] });

/** Checked before reading the file at all. */
export function checkFileSize(size: number): ImportProblem | undefined {
  if (size === 0) return { where: '', message: t('exchange.error.empty') };
  if (size > MAX_IMPORT_BYTES) {
    return {
      where: '',
      message: t('exchange.error.tooLarge', { size: megabytes(size), max: megabytes(MAX_IMPORT_BYTES) }),
    };
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Where the text came from: a plain .json file, or `backup.json` inside a .zip that carries the files. */
export type BackupContainer = 'json' | 'zip';

/** Reads the envelope, migrates older versions forward, then validates every record. */
export function parseBackupText(text: string, appVersion: string, container: BackupContainer = 'json'): ParseResult {
  // Editors sometimes save JSON with a byte-order mark; it is not part of the document.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail(t('exchange.error.empty'));
  let raw: unknown;
  try {
    raw = parseJsonSafely(body);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return fail(t('exchange.error.forbiddenKey', { key: error.key }));
    return fail(t('exchange.error.notJson', { detail: error instanceof Error ? error.message : String(error) }));
  }
  if (!isRecord(raw)) return fail(t('exchange.error.notBackup'));
  if (raw.format !== BACKUP_FORMAT) {
    return fail(
      t('exchange.issue.exact', { expected: JSON.stringify(BACKUP_FORMAT), got: describeValue(raw.format) }),
      'format',
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(t('exchange.error.badVersion', { got: describeValue(version) }), 'version');
  }
  if (version > BACKUP_VERSION) return fail(t('exchange.error.newerVersion', { version }), 'version');
  // Files travel only from version 2 on: an older document inside a .zip was put there by hand.
  if (container === 'zip' && version < 2)
    return fail(t('exchange.zip.oldVersionInZip', { version }), 'backup.json: version');

  if (version === 2) {
    const parsed = BackupV2.safeParse(raw, { reportInput: true });
    if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues) };
    const described = parsed.data.data.attachments.length;
    if (container === 'json' && described > 0)
      return fail(t('exchange.error.attachmentsOutsideZip', { count: described }), 'attachments');
    return { ok: true, backup: parsed.data };
  }
  let candidate: unknown = raw;
  if (version === 0) {
    const envelope = BackupV0Envelope.safeParse(raw, { reportInput: true });
    if (!envelope.success) return { ok: false, problems: problemsFromZod(envelope.error.issues) };
    candidate = migrateV0(envelope.data, appVersion);
  }
  const parsed = BackupV1.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues) };
  return { ok: true, backup: migrateV1(parsed.data), migratedFrom: version };
}

/** Version 1 had no attachments: the same file with an empty list. */
function migrateV1(v1: BackupV1): Backup {
  return { ...v1, version: BACKUP_VERSION, data: { ...v1.data, attachments: [] } };
}
