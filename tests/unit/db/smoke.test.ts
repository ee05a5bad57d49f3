import { describe, expect, it } from 'vitest';
import { PaperTrailDb } from '../../../lib/db/database';

describe('database', () => {
  it('opens at the latest version with every table', async () => {
    const db = new PaperTrailDb(`smoke-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attachmentFiles',
      'attachments',
      'attempts',
      'cases',
      'companies',
      'escalations',
      'firedReminders',
      'responses',
    ]);
    db.close();
  });
});
