import { t } from '../i18n';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupV1 } from './backup';
import { BackupV0Envelope, migrateV0 } from './legacy';
import { describeValue, problemsFromZod, type ImportProblem } from './problems';
import { ForbiddenKeyError, parseJsonSafely } from './safe-json';

/** Larger files are refused before being read: far above any real history (100,000 attempts ≈ 40 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type ParseResult =
  | { ok: true; backup: BackupV1; migratedFrom?: number }
  | { ok: false; problems: ImportProblem[] };

const fail = (message: string, where = ''): ParseResult => ({ ok: false, problems: [{ where, message }] });

/** Checked before reading the file at all. */
export function checkFileSize(size: number): ImportProblem | undefined {
  if (size === 0) return { where: '', message: t('exchange.error.empty') };
  if (size > MAX_IMPORT_BYTES) {
    return { where: '', message: t('exchange.error.tooLarge', { size: megabytes(size), max: megabytes(MAX_IMPORT_BYTES) }) };
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads the envelope, migrates older versions forward, then validates every record. */
export function parseBackupText(text: string, appVersion: string): ParseResult {
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
    return fail(t('exchange.issue.exact', { expected: JSON.stringify(BACKUP_FORMAT), got: describeValue(raw.format) }), 'format');
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(t('exchange.error.badVersion', { got: describeValue(version) }), 'version');
  }
  if (version > BACKUP_VERSION) return fail(t('exchange.error.newerVersion', { version }), 'version');

  let candidate: unknown = raw;
  let migratedFrom: number | undefined;
  if (version === 0) {
    const envelope = BackupV0Envelope.safeParse(raw, { reportInput: true });
    if (!envelope.success) return { ok: false, problems: problemsFromZod(envelope.error.issues) };
    candidate = migrateV0(envelope.data, appVersion);
    migratedFrom = 0;
  }
  const parsed = BackupV1.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues) };
  return migratedFrom === undefined ? { ok: true, backup: parsed.data } : { ok: true, backup: parsed.data, migratedFrom };
}
