import { z } from 'zod';
import { BackupV2 } from './backup';

/**
 * JSON Schema of the backup file, generated from the zod model so the document can never
 * describe a different format than the code reads. Checks zod cannot express in JSON Schema
 * (URL schemes, end after start) are documented in docs/backup-format.md instead.
 */
export function backupJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BackupV2, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://paper-trail.invalid/backup.schema.json',
    title: 'Paper Trail backup, format version 2',
    description:
      'A lossless backup of Paper Trail: your companies, cases, contact attempts, public posts, company responses and the descriptions of attached files, plus settings. With attachments this document is backup.json inside a .zip that holds each file at files/<attachment id>. See docs/backup-format.md.',
  };
}

export function backupJsonSchemaText(): string {
  return `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;
}
