import type { PaperTrailDb } from '../db/database';

/** Deletes the whole history in one transaction: either everything goes or nothing does. */
export async function eraseEverything(db: PaperTrailDb): Promise<void> {
  const tables = [
    db.companies,
    db.cases,
    db.attempts,
    db.escalations,
    db.responses,
    db.firedReminders,
    db.attachments,
    db.attachmentFiles,
  ];
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}

/** Whether anything worth backing up is stored (reads at most one key: no count() scan). */
export async function hasHistory(db: PaperTrailDb): Promise<boolean> {
  return (await db.cases.limit(1).primaryKeys()).length > 0;
}
