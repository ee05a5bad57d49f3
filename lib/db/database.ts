import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Attachment, AttachmentFile, Attempt, Case, Company, Escalation, Response } from '../model';
import { DB_NAME } from './database-name';

/** A reminder that has fired, so none fires twice (lib/followup decides which are due). */
export interface FiredReminder {
  /** `${kind}:${recordId}:${dueAt}` — stable, so re-scheduling the same reminder is a no-op. */
  id: string;
  caseId: string;
  firedAt: number;
}

export { DB_NAME };

/**
 * Schema history. Never edit a published version: add a new one with an upgrade.
 * v1: the first release.
 * v2: cases gain `lastActivityAt` (indexed) so the home list is ordered without scanning attempts.
 * v3: attempts are indexed by their promise's due date, so broken promises are found without a scan.
 * v4: attachments (screenshots, files, chat transcripts): their descriptions, and their bytes apart.
 */
export const SCHEMA_V1 = {
  companies: 'id, *domains, source',
  cases: 'id, companyId, status, [companyId+status], openedAt, updatedAt',
  attempts: 'id, [caseId+at], [companyId+at], at, updatedAt',
  escalations: 'id, [caseId+createdAt], status, updatedAt',
  responses: 'id, [caseId+at], escalationId, updatedAt',
  firedReminders: 'id, caseId',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  cases: 'id, companyId, status, [companyId+status], [status+lastActivityAt], lastActivityAt, openedAt, updatedAt',
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  attempts: `${SCHEMA_V1.attempts}, promise.dueAt`,
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  attachments: 'id, caseId, ownerId, updatedAt',
  attachmentFiles: 'id',
} as const;

export class PaperTrailDb extends Dexie {
  companies!: Table<Company, string>;
  cases!: Table<Case, string>;
  attempts!: Table<Attempt, string>;
  escalations!: Table<Escalation, string>;
  responses!: Table<Response, string>;
  firedReminders!: Table<FiredReminder, string>;
  attachments!: Table<Attachment, string>;
  attachmentFiles!: Table<AttachmentFile, string>;

  /** `options` lets an import open a connection with strict durability. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // lastActivityAt = newest attempt of the case, or when it was opened.
        const latest = new Map<string, number>();
        await tx.table('attempts').each((a: { caseId: string; at: number }) => {
          latest.set(a.caseId, Math.max(latest.get(a.caseId) ?? 0, a.at));
        });
        await tx
          .table('cases')
          .toCollection()
          .modify((c: { id: string; openedAt: number; lastActivityAt?: number }) => {
            c.lastActivityAt = Math.max(c.openedAt, latest.get(c.id) ?? 0);
          });
      });
    // A new index only: the browser builds it from the records already there.
    this.version(3).stores(SCHEMA_V3);
    // New tables only: nothing to carry over.
    this.version(4).stores(SCHEMA_V4);
  }
}

let instance: PaperTrailDb | undefined;

/** The extension's database; extension pages and the background share it (same origin). */
export function getDb(): PaperTrailDb {
  instance ??= new PaperTrailDb();
  return instance;
}

/** Tests swap in a fresh database (fake-indexeddb). */
export function setDbForTests(db: PaperTrailDb | undefined): void {
  instance = db;
}
