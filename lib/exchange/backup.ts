import { z } from 'zod';
import { Attachment, Attempt, Case, Company, Escalation, Response, Timestamp } from '../model';
import { Settings } from '../settings/schema';

export const BACKUP_FORMAT = 'paper-trail-backup';
/** The version this Paper Trail writes: 2 added attachments (`data.attachments`, files in a .zip). */
export const BACKUP_VERSION = 2;

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

/** The most attachments one backup may describe (each file is one entry of the .zip). */
export const MAX_ATTACHMENTS = 100_000;

/** Version 1 of the backup file: every field comes from the zod model (lib/model). */
export const BackupV1 = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: Timestamp,
  /** "all": the whole history; "case": one case and what belongs to it (cannot replace everything). */
  scope: z.enum(['all', 'case']),
  app: z.strictObject({ version: z.string().min(1).max(40) }),
  data: BackupData,
  /** Present in full exports; a one-case export leaves the settings out. */
  settings: Settings.optional(),
});
export type BackupV1 = z.infer<typeof BackupV1>;

/** Version 2's data: version 1's tables plus the attachments' descriptions (their bytes travel beside, in the .zip). */
export const BackupDataV2 = BackupData.extend({ attachments: z.array(Attachment).max(MAX_ATTACHMENTS) });
export type BackupDataV2 = z.infer<typeof BackupDataV2>;

/** Version 2: version 1 plus `data.attachments`. With attachments it is `backup.json` inside a .zip. */
export const BackupV2 = BackupV1.extend({ version: z.literal(BACKUP_VERSION), data: BackupDataV2 });
export type BackupV2 = z.infer<typeof BackupV2>;

/** The current version, which every older file is migrated to before it is checked. */
export type Backup = BackupV2;

/** The tables a backup writes, in file order. */
export const BACKUP_TABLES = [...TABLES, 'attachments'] as const;

export interface BackupInput {
  data: BackupData;
  /** Descriptions only; the files go into the .zip beside backup.json. */
  attachments?: Attachment[];
  settings?: Settings;
  scope: BackupV1['scope'];
  appVersion: string;
  now: number;
}

export function buildBackup({ data, attachments = [], settings, scope, appVersion, now }: BackupInput): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    scope,
    app: { version: appVersion },
    data: { ...data, attachments },
    ...(settings ? { settings } : {}),
  };
}

/** Version 1's five tables of a backup (what most of the importer works on). */
export function recordsOf(data: BackupDataV2): BackupData {
  const { attachments: _files, ...records } = data;
  return records;
}

/** Readable yet compact: one record per line keeps diffs of two backups legible. */
export function serializeBackup(backup: Backup): string {
  const { data, ...head } = backup;
  const tables = BACKUP_TABLES.map((name) => {
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
export function backupFileName(now: number, extension: 'json' | 'zip' | 'csv' = 'json', label = 'backup'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `paper-trail-${label}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
