import { describe, expect, it } from 'vitest';
import { deleteAttemptWithAttachments, restoreAttemptWithAttachments } from '../../../lib/attachments/cascade';
import { prepareAttachment } from '../../../lib/attachments/prepare';
import { saveAttachment } from '../../../lib/attachments/store';
import { saveAttempt, saveRunningCall, setOnHold, startCall } from '../../../lib/calls/calls';
import { pageImportSession } from '../../../lib/data/exchange';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { responses } from '../../../lib/db/responses';
import { buildBackup, serializeBackup } from '../../../lib/exchange/backup';
import { answerFixCheck, recordPromiseKept, saveResponse } from '../../../lib/followup/actions';
import { saveSentLetter } from '../../../lib/letters/save-sent';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import {
  markPartPosted,
  saveDraft,
  savePartUrl,
  type DraftToSave,
} from '../../../components/compose/escalation-record';
import { withFreshDb } from '../calls/db';
import { textSource } from '../exchange/sample';
import { T0, makeAttempt, makeCase, makeResponse } from '../timeline/records';

/*
 * Every path that used to move a case's lastActivityAt by hand (touchCase) now writes through
 * lib/data's record commands: each still moves it exactly as before. Undo and hold toggles, which
 * never moved it, still leave the case as it was; an import computes it itself, as before.
 * (Handlers: tests/unit/handlers, social, mail.)
 */

withFreshDb();
const LATER = T0 + 60_000;
const NOW = T0 + 90_000;

async function storedCase() {
  return cases.put(makeCase({ lastActivityAt: T0, updatedAt: T0 }));
}
const activity = async (id: string) => (await cases.get(id))?.lastActivityAt;

describe('calls', () => {
  it('starting a call moves the case to its start', async () => {
    const c = await storedCase();
    await startCall(c.id, c.companyId, LATER);
    expect(await activity(c.id)).toBe(LATER);
  });

  it('saving an edited attempt moves its case to its end; a moved attempt moves its new case', async () => {
    const c = await storedCase();
    const other = await storedCase();
    const a = await attempts.put(makeAttempt(c.id, { at: T0 }));
    await saveAttempt({ ...a, endedAt: LATER });
    expect(await activity(c.id)).toBe(LATER);
    await saveAttempt({ ...a, caseId: other.id, endedAt: LATER });
    expect(await activity(other.id)).toBe(LATER);
  });

  it('ending a running call moves the case to its end; a hold toggled does not move it', async () => {
    const c = await storedCase();
    const call = await startCall(c.id, c.companyId, LATER);
    const before = await cases.get(c.id);
    await setOnHold(call.id, true, LATER + 1_000);
    expect(await cases.get(c.id)).toEqual(before);
    const ended = await saveRunningCall(call, LATER + 5 * 60_000);
    expect(ended?.endedAt).toBe(LATER + 5 * 60_000);
    expect(await activity(c.id)).toBe(LATER + 5 * 60_000);
  });
});

describe('follow-up', () => {
  it('a response logged moves the case to its time', async () => {
    const c = await storedCase();
    await saveResponse(makeResponse(c.id, { at: LATER }), NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: LATER, updatedAt: NOW });
  });

  it('"Did they fix it?" moves the case to now, whether yes or no', async () => {
    const c = await storedCase();
    const answer = await responses.put(makeResponse(c.id, { at: T0 }));
    await answerFixCheck(answer.id, false, LATER);
    expect(await activity(c.id)).toBe(LATER);
    await answerFixCheck(answer.id, true, NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: NOW, updatedAt: NOW });
  });

  it('"They kept it" records a fix now and moves the case to now', async () => {
    const c = await storedCase();
    const answer = await responses.put(makeResponse(c.id, { at: T0, kind: 'promise' }));
    await recordPromiseKept(c.id, { recordId: answer.id, from: 'response' }, NOW);
    expect(await activity(c.id)).toBe(NOW);
    expect((await responses.get(answer.id))?.promiseKept).toBe(true);
  });
});

describe('letters, posts and attachments', () => {
  it('a sent letter moves the case to the day it was sent, once', async () => {
    const c = await storedCase();
    const letter = makeAttempt(c.id, { channel: 'letter', at: LATER, messageCopy: 'Dear Acme' });
    expect((await saveSentLetter(letter, NOW)).already).toBe(false);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: LATER, updatedAt: NOW });
  });

  it('"I posted it" moves the case to now; a draft or a link added does not move it', async () => {
    const c = await storedCase();
    const d: DraftToSave = {
      id: crypto.randomUUID(),
      caseRecord: c,
      platform: 'x',
      handle: 'AcmeSupport',
      kind: 'initial',
      tone: 'friendly',
      parts: ['@AcmeSupport hello'],
    };
    await saveDraft(d, LATER);
    expect(await cases.get(c.id)).toEqual(c);
    await markPartPosted(d, 0, LATER);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: LATER, updatedAt: LATER });
    const moved = await cases.get(c.id);
    await savePartUrl(d.id, 0, 'https://x.com/me/status/1', NOW);
    expect(await cases.get(c.id)).toEqual(moved);
  });

  it('an attachment kept moves the case to then', async () => {
    const c = await storedCase();
    const prepared = await prepareAttachment({
      blob: new Blob(['%PDF-1.7\n%%EOF\n']),
      name: 'bill.pdf',
      kind: 'file',
      caseId: c.id,
      ownerType: 'case',
      ownerId: c.id,
      now: LATER,
    });
    await saveAttachment(prepared, undefined, NOW);
    expect(await cases.get(c.id)).toMatchObject({ lastActivityAt: NOW, updatedAt: NOW });
  });
});

describe('undo', () => {
  it('deleting an attempt and putting it back (Undo) leaves the case as it was', async () => {
    const c = await storedCase();
    const a = await attempts.put(makeAttempt(c.id, { at: LATER }));
    const before = await cases.get(c.id);
    const taken = await deleteAttemptWithAttachments(a.id);
    await restoreAttemptWithAttachments(a, taken);
    expect(await attempts.get(a.id)).toEqual(a);
    expect(await cases.get(c.id)).toEqual(before);
  });
});

describe('import', () => {
  it('a merge moves a stored case up to its newest imported event itself (lib/exchange), without stamping it', async () => {
    const c = await storedCase();
    const late = makeAttempt(c.id, { at: LATER, updatedAt: LATER });
    const file = serializeBackup(
      buildBackup({
        data: { companies: [], cases: [], attempts: [late], escalations: [], responses: [] },
        scope: 'all',
        appVersion: '0.1.0',
        now: NOW,
        settings: DEFAULT_SETTINGS,
      }),
    );
    const session = pageImportSession('0.1.0');
    expect((await session.load(textSource(file))).ok).toBe(true);
    expect((await session.commit('merge', { now: NOW })).ok).toBe(true);
    expect(await cases.get(c.id)).toEqual({ ...c, lastActivityAt: LATER });
  });
});
