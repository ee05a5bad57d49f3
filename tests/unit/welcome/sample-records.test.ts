import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSampleCase, removeSampleCase } from '../../../components/welcome/sample-actions';
import { readSampleRefs } from '../../../components/welcome/sample-store';
import { saveAttempt, newAttempt } from '../../../lib/calls/calls';
import { ensureUserCompany, newCase } from '../../../lib/calls/target';
import { cases } from '../../../lib/db/cases';
import { responses } from '../../../lib/db/responses';
import { DAY } from '../../../lib/time-units';
import { withFreshDb } from '../calls/db';

const NOW = Date.UTC(2026, 10, 12, 9, 30);
const { db } = withFreshDb();

/** Everything in the database, table by table, to compare before and after. */
async function everything() {
  const d = db();
  return {
    companies: await d.companies.toArray(),
    cases: await d.cases.toArray(),
    attempts: await d.attempts.toArray(),
    escalations: await d.escalations.toArray(),
    responses: await d.responses.toArray(),
    firedReminders: await d.firedReminders.toArray(),
  };
}

/** A case the person made themselves, with one call. */
async function ownCase() {
  const company = await ensureUserCompany('My Broadband', NOW - DAY);
  const theCase = await cases.put(newCase(company.id, NOW - DAY, 'Line down'));
  await saveAttempt(newAttempt(theCase.id, company.id, 'phone', NOW - DAY));
  return theCase;
}

describe('the welcome page’s sample case', () => {
  it('adds the company, case and three contacts in one go, remembers their ids, and silences their reminders', async () => {
    const refs = await addSampleCase(NOW);
    expect(await readSampleRefs()).toEqual(refs);
    const all = await everything();
    expect(all.companies.map((c) => c.id)).toEqual([refs.companyId]);
    expect(all.cases.map((c) => c.id)).toEqual([refs.caseId]);
    expect(all.attempts.map((a) => a.id).sort()).toEqual([...refs.attemptIds].sort());
    expect(all.firedReminders.length).toBe(2);
    expect(all.firedReminders.every((r) => r.caseId === refs.caseId)).toBe(true);
  });

  it('adds one sample only, however often it is asked', async () => {
    const first = await addSampleCase(NOW);
    expect(await addSampleCase(NOW + 1_000)).toEqual(first);
    expect(await db().cases.count()).toBe(1);
  });

  it('removes exactly the sample and leaves the person’s own case as it was', async () => {
    await ownCase();
    const before = await everything();
    const refs = await addSampleCase(NOW);
    expect(await removeSampleCase(refs)).toEqual({ caseRemoved: true, companyRemoved: true });
    expect(await everything()).toEqual(before);
    expect(await readSampleRefs()).toBeUndefined();
    // Removing again changes nothing.
    expect(await removeSampleCase(refs)).toEqual({ caseRemoved: true, companyRemoved: true });
    expect(await everything()).toEqual(before);
  });

  it('keeps the sample case, and its company, when the person logged something of their own in it', async () => {
    const refs = await addSampleCase(NOW);
    const mine = newAttempt(refs.caseId, refs.companyId, 'email', NOW);
    await saveAttempt(mine);
    expect(await removeSampleCase(refs)).toEqual({ caseRemoved: false, companyRemoved: false });
    expect((await db().attempts.toArray()).map((a) => a.id)).toEqual([mine.id]);
    expect(await db().cases.get(refs.caseId)).toBeDefined();
    expect(await db().companies.get(refs.companyId)).toBeDefined();
    // Its reminders are the person's now: the silenced ones stay, as the case does.
    expect(await db().firedReminders.count()).toBe(2);
  });

  it('keeps a sample case that received a company response', async () => {
    const refs = await addSampleCase(NOW);
    await responses.put({
      id: crypto.randomUUID(),
      caseId: refs.caseId,
      kind: 'email',
      at: NOW,
      source: 'manual',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect((await removeSampleCase(refs)).caseRemoved).toBe(false);
    expect(await db().attempts.count()).toBe(0);
  });

  it('ignores a stored value this version did not write', async () => {
    await fakeBrowser.storage.local.set({
      welcomeSample: { caseId: 'not-a-uuid', companyId: 'Bad Id', attemptIds: [] },
    });
    expect(await readSampleRefs()).toBeUndefined();
    await fakeBrowser.storage.local.set({ welcomeSample: 'a string' });
    expect(await readSampleRefs()).toBeUndefined();
  });

  it('writes nothing and forgets the sample when the write fails', async () => {
    db().close();
    await expect(addSampleCase(NOW)).rejects.toThrow();
    expect(await readSampleRefs()).toBeUndefined();
  });
});
