import { attempts, attemptsOfCase } from '../../lib/db/attempts';
import { cases } from '../../lib/db/cases';
import { getDb } from '../../lib/db/database';
import type { Case } from '../../lib/model';
import type { BenchApi } from './api';
import { seedAttachments } from './attachments';
import { makeAttempts, makeCases } from './records';

// Writes go through the real repositories (zod-validated bulkPut) in chunks, as an import would.
const CHUNK = 5_000;

async function putInChunks<T>(records: readonly T[], put: (chunk: readonly T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) await put(records.slice(i, i + CHUNK));
}

const api: BenchApi = {
  async clear() {
    const db = getDb();
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  },

  async seed({ cases: caseCount, attempts: attemptCount, attachTo = [] }) {
    const now = Date.now();
    const newCases = makeCases(caseCount, now, now % 9973);
    const t0 = performance.now();
    await putInChunks(newCases, (chunk) => cases.bulkPut(chunk));
    const t1 = performance.now();
    const existing = (await getDb().cases.bulkGet(attachTo)).filter((c): c is Case => c !== undefined);
    const all = [...newCases, ...existing];
    const newAttempts = makeAttempts(all, attemptCount, (now >>> 3) % 9967);
    const t2 = performance.now();
    await putInChunks(newAttempts, (chunk) => attempts.bulkPut(chunk));
    const t3 = performance.now();
    // The home list orders by lastActivityAt: keep it true to the attempts just written.
    const latest = new Map<string, number>();
    for (const a of newAttempts) latest.set(a.caseId, Math.max(latest.get(a.caseId) ?? 0, a.at));
    await getDb()
      .cases.where('id')
      .anyOf([...latest.keys()])
      .modify((c) => {
        c.lastActivityAt = Math.max(c.lastActivityAt, latest.get(c.id) ?? 0);
      });
    return { caseIds: all.map((c) => c.id), casesMs: t1 - t0, attemptsMs: t3 - t2 };
  },

  seedAttachments: ({ count, bytesEach }) => seedAttachments(count, bytesEach),

  async timeline(caseId) {
    const t0 = performance.now();
    const list = await attemptsOfCase(caseId);
    return { ms: performance.now() - t0, count: list.length };
  },

  async counts() {
    const db = getDb();
    return { cases: await db.cases.count(), attempts: await db.attempts.count() };
  },

  async storedReference() {
    // The middle of the table, so the benchmark searches for neither the first nor the last one written.
    const db = getDb();
    const middle = Math.floor((await db.attempts.count()) / 2);
    const found = await db.attempts
      .offset(middle)
      .filter((a) => a.reference !== undefined)
      .first();
    return found?.reference;
  },
};

window.ptBench = api;
document.body.dataset.ready = 'true';
