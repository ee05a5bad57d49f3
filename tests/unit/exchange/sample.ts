import { PaperTrailDb } from '../../../lib/db/database';
import { TABLES, type BackupData } from '../../../lib/exchange/backup';
import type { Attempt, Case, Escalation, Response } from '../../../lib/model';

export const CASE_ID = '3f0b6c1e-9a4d-4c52-8e71-2b9d5f4a6c01';
export const T0 = Date.UTC(2026, 9, 1, 9, 0);
const HOUR = 3_600_000;

export function sampleCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    companyId: 'acme-mobile',
    title: 'Overcharged $110',
    needsTitle: false,
    problem: 'Billed twice for October.',
    ask: 'Refund the $110.',
    amount: { value: 110, currency: 'USD' },
    privateRef: 'ACC-99812',
    status: 'open',
    openedAt: T0,
    lastActivityAt: T0 + 30 * HOUR,
    createdAt: T0,
    updatedAt: T0 + 30 * HOUR,
    ...overrides,
  };
}

export function sampleAttempt(n: number, overrides: Partial<Attempt> = {}): Attempt {
  const at = T0 + n * HOUR;
  return {
    id: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseId: CASE_ID,
    companyId: 'acme-mobile',
    channel: n % 2 === 0 ? 'phone' : 'email',
    at,
    endedAt: at + 20 * 60_000,
    agents: ['Sam'],
    reference: `REF-${n}`,
    summary: 'Asked for the refund.',
    outcome: 'unresolved',
    source: 'manual',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function sampleEscalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    companyId: 'acme-mobile',
    platform: 'x',
    handle: 'AcmeHelp',
    kind: 'initial',
    tone: 'friendly',
    parts: ['Hi @AcmeHelp, I called 8 times…'],
    status: 'posted',
    postedAt: T0 + 26 * HOUR,
    createdAt: T0 + 26 * HOUR,
    updatedAt: T0 + 26 * HOUR,
    ...overrides,
  };
}

export function sampleResponse(overrides: Partial<Response> = {}): Response {
  return {
    id: 'f0000000-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    escalationId: 'e0000000-0000-4000-8000-000000000001',
    kind: 'public_reply',
    at: T0 + 27 * HOUR,
    by: 'AcmeHelp',
    note: 'Please DM us.',
    source: 'manual',
    createdAt: T0 + 27 * HOUR,
    updatedAt: T0 + 27 * HOUR,
    ...overrides,
  };
}

export function sampleData(attemptCount = 4): BackupData {
  return {
    companies: [
      {
        id: 'acme-mobile',
        name: 'Acme Mobile',
        domains: ['acme.example'],
        sector: 'telecom',
        country: 'US',
        handles: { x: { handle: 'AcmeHelp' } },
        retiredHandles: [],
        phones: [{ number: '+18005550100' }],
        emails: ['help@acme.example'],
        contactUrls: ['https://acme.example/contact'],
        status: 'active',
        source: 'user',
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    cases: [sampleCase()],
    attempts: Array.from({ length: attemptCount }, (_, i) => sampleAttempt(i)),
    escalations: [sampleEscalation()],
    responses: [sampleResponse()],
  };
}

export async function freshDb(): Promise<PaperTrailDb> {
  const db = new PaperTrailDb(`exchange-${crypto.randomUUID()}`);
  await db.open();
  return db;
}

export async function seed(db: PaperTrailDb, data: BackupData): Promise<void> {
  await db.transaction('rw', [db.companies, db.cases, db.attempts, db.escalations, db.responses], async () => {
    await db.companies.bulkPut(data.companies);
    await db.cases.bulkPut(data.cases);
    await db.attempts.bulkPut(data.attempts);
    await db.escalations.bulkPut(data.escalations);
    await db.responses.bulkPut(data.responses);
  });
}

export async function tableCounts(db: PaperTrailDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of TABLES) counts[name] = await db.table(name).count();
  return counts;
}

/** A File-like source from text. */
export function textSource(text: string): { size: number; text(): Promise<string> } {
  return { size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text) };
}
