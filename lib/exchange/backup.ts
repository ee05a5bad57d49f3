import { z } from 'zod';
import { Attempt, Case, Company, Escalation, Response, Timestamp } from '../model';
import { Settings } from '../settings/schema';

export const BACKUP_FORMAT = 'paper-trail-backup';
export const BACKUP_VERSION = 1;

/** The most records of one type a backup may hold: far above real use, bounded all the same. */
export const MAX_RECORDS_PER_TABLE = 1_000_000;

/** Only the user's own companies travel: the bundled directory ships with the extension. */
export const BackupCompany = Company.extend({ source: z.enum(['user', 'auto']) });
export type BackupCompany = z.infer<typeof BackupCompany>;

export const BackupData = z.strictObject({
  companies: z.array(BackupCompany).max(MAX_RECORDS_PER_TABLE),
  cases: z.array(Case).max(MAX_RECORDS_PER_TABLE),
  attempts: z.array(Attempt).max(MAX_RECORDS_PER_TABLE),
  escalations: z.array(Escalation).max(MAX_RECORDS_PER_TABLE),
  responses: z.array(Response).max(MAX_RECORDS_PER_TABLE),
});
export type BackupData = z.infer<typeof BackupData>;

export const TABLES = ['companies', 'cases', 'attempts', 'escalations', 'responses'] as const;
export type TableName = (typeof TABLES)[number];

/** Version 1 of the backup file: every field comes from the zod model (lib/model). */
export const BackupV1 = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  /** "all": the whole history; "case": one case and what belongs to it (cannot replace everything). */
  scope: z.enum(['all', 'case']),
  app: z.strictObject({ version: z.string().min(1).max(40) }),
  data: BackupData,
  /** Present in full exports; a one-case export leaves the settings out. */
  settings: Settings.optional(),
});
export type BackupV1 = z.infer<typeof BackupV1>;

export interface BackupInput {
  data: BackupData;
  settings?: Settings;
  scope: BackupV1['scope'];
  appVersion: string;
  now: number;
}

export function buildBackup({ data, settings, scope, appVersion, now }: BackupInput): BackupV1 {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    scope,
    app: { version: appVersion },
    data,
    ...(settings ? { settings } : {}),
  };
}

/** Readable yet compact: one record per line keeps diffs of two backups legible. */
export function serializeBackup(backup: BackupV1): string {
  const { data, ...head } = backup;
  const tables = TABLES.map((name) => {
    const rows = data[name].map((record) => `      ${JSON.stringify(record)}`).join(',\n');
    return `    ${JSON.stringify(name)}: [${rows ? `\n${rows}\n    ` : ''}]`;
  });
  // The head printed by JSON.stringify ends with "\n}": reopen it to append the data block.
  const headJson = JSON.stringify(head, null, 2);
  return `${headJson.slice(0, -2)},\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}

export function emptyData(): BackupData {
  return { companies: [], cases: [], attempts: [], escalations: [], responses: [] };
}

export function countRecords(data: BackupData): number {
  return TABLES.reduce((sum, name) => sum + data[name].length, 0);
}

/** File name with the local date, e.g. paper-trail-backup-2026-11-22.json. */
export function backupFileName(now: number, extension: 'json' | 'csv' = 'json', label = 'backup'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `paper-trail-${label}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
