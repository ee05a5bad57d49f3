import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { cases } from '../../../lib/db/cases';
import { applyAnswers, parseQuickAdd, resolveQuickAdd, type ResolvedQuickAdd } from '../../../lib/quickadd';
import { QuickAddSaveError, saveQuickAdd } from '../../../lib/quickadd/save';
import { newCase } from '../../../lib/calls/target';
import { COMPANIES, NOW } from './fixtures';

let db: PaperTrailDb;
beforeEach(async () => {
  db = new PaperTrailDb(`quickadd-${crypto.randomUUID()}`);
  await db.open();
  setDbForTests(db);
});
afterEach(async () => {
  setDbForTests(undefined);
  await db.delete();
});

/** A line parsed and confirmed with no questions, as the preview's Save would hand it over. */
function confirmed(line: string, answers: Record<string, string> = {}): ResolvedQuickAdd {
  const parsed = parseQuickAdd(line, { now: NOW, companies: COMPANIES, locale: 'en-GB' });
  if (!parsed.ok) throw new Error(`not parsed: ${parsed.error}`);
  expect(applyAnswers(parsed, answers).unanswered).toEqual([]);
  const resolved = resolveQuickAdd(parsed, answers);
  if (!resolved.ok) throw new Error('not resolved');
  return resolved.value;
}

describe('saveQuickAdd', () => {
  it("stores the line in the named company's open case, with what the preview showed", async () => {
    const open = await cases.put(newCase('t-mobile', NOW - 86_400_000, 'Double charge'));
    const saved = await saveQuickAdd(confirmed('Called T-Mobile, Priya, ref TM-48213, 45 min, no answer'), {
      now: NOW,
    });
    expect(saved.caseId).toBe(open.id);
    expect(saved).toMatchObject({
      companyId: 't-mobile',
      channel: 'phone',
      agents: ['Priya'],
      reference: 'TM-48213',
      outcome: 'no_answer',
    });
    expect((saved.endedAt ?? 0) - saved.at).toBe(45 * 60_000);
    expect(await db.attempts.count()).toBe(1);
  });

  it('starts a case for a company with none, and a company of the person’s own for one the directory lacks', async () => {
    const line = confirmed('Called Zorblax Widgets, 10 min, no answer');
    const saved = await saveQuickAdd(line, { now: NOW });
    const c = await cases.get(saved.caseId);
    expect(c?.status).toBe('open');
    expect(saved.companyId).toBe('user-zorblax-widgets');
    expect(await db.companies.get('user-zorblax-widgets')).toMatchObject({ name: 'Zorblax Widgets', source: 'user' });
  });

  it('uses the case in view, or the current site, when the line names no company', async () => {
    const inView = await cases.put(newCase('samsung', NOW - 86_400_000, 'Fridge'));
    const fromCase = await saveQuickAdd(confirmed('called, 20 min, no answer'), { now: NOW, caseId: inView.id });
    expect(fromCase.caseId).toBe(inView.id);
    const fromSite = await saveQuickAdd(confirmed('called, 20 min, no answer'), {
      now: NOW,
      fallbackCompanyId: 't-mobile',
    });
    expect(fromSite.companyId).toBe('t-mobile');
  });

  it('refuses a line with no company anywhere, and creates nothing', async () => {
    await expect(saveQuickAdd(confirmed('called, 20 min, no answer'), { now: NOW })).rejects.toThrow(QuickAddSaveError);
    expect(await db.cases.count()).toBe(0);
    expect(await db.attempts.count()).toBe(0);
  });

  it('checks the line by the hand form’s rules before it creates a company or a case', async () => {
    // A hold longer than the call: the form refuses it, so nothing at all is stored.
    const line = { ...confirmed('Called Zorblax Widgets, 10 min, no answer'), holdMinutes: 30 };
    const failure = await saveQuickAdd(line, { now: NOW }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QuickAddSaveError);
    expect((failure as QuickAddSaveError).reason).toBe('invalid');
    expect(await db.companies.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });
});
