import type { PaperTrailDb } from './database';

/**
 * Every table that holds the person's history, for transactions that may touch any of it (erasing
 * everything, removing the sample). One list, so a table added to the schema is added here once.
 */
export function historyTables(db: PaperTrailDb) {
  return [
    db.companies,
    db.cases,
    db.attempts,
    db.escalations,
    db.responses,
    db.firedReminders,
    db.attachments,
    db.attachmentFiles,
  ];
}
