import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupJsonSchema, backupJsonSchemaText } from '../../../lib/exchange/json-schema';

const SCHEMA_FILE = resolve(__dirname, '../../../docs/backup.schema.json');

describe('docs/backup.schema.json', () => {
  // `node scripts/gen-backup-schema.mjs` sets this to rewrite the file.
  if (process.env.UPDATE_BACKUP_SCHEMA === '1') writeFileSync(SCHEMA_FILE, backupJsonSchemaText());

  it('matches the schema generated from the zod model (regenerate with scripts/gen-backup-schema.mjs)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(backupJsonSchemaText());
  });

  it('describes every table and the enumerations a person may edit', () => {
    const text = JSON.stringify(backupJsonSchema());
    for (const table of ['companies', 'cases', 'attempts', 'escalations', 'responses', 'attachments'])
      expect(text).toContain(`"${table}"`);
    for (const field of ['ownerType', 'sha256', 'application/pdf']) expect(text).toContain(`"${field}"`);
    expect(text).toContain('"web_form"');
    expect(text).toContain('"paper-trail-backup"');
  });
});
