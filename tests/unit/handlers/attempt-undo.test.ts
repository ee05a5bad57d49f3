import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prepareAttachment } from '../../../lib/attachments/prepare';
import { saveAttachment } from '../../../lib/attachments/store';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { AttemptDetectedResult } from '../../../lib/handlers/attempt-detected';
import { UNDO_WINDOW_MS } from '../../../lib/autolog/windows';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import {
  CONTACT_URL,
  NOW,
  countAll,
  deps,
  detected,
  dropDb,
  extensionSender,
  freshDb,
  pageSender,
} from '../messages/env';

let db: PaperTrailDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

async function logFrom(tabId: number, overrides: Record<string, unknown> = {}): Promise<AttemptDetectedResult> {
  const reply = await handleMessage(detected(overrides), pageSender(CONTACT_URL, tabId), deps());
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as AttemptDetectedResult;
}

function undo(id: string, tabId: number, now = NOW + 10_000, url = CONTACT_URL): Promise<Reply> {
  return handleMessage(
    { type: 'cs/attempt-undo', id },
    pageSender(url, tabId),
    deps(() => now),
  );
}

describe('cs/attempt-undo', () => {
  it('removes the attempt and the empty case it opened', async () => {
    const logged = await logFrom(3);
    expect(await undo(logged.attemptId, 3)).toEqual({ ok: true, data: { undone: true, caseRemoved: true } });
    expect(await attempts.get(logged.attemptId)).toBeUndefined();
    expect(await cases.get(logged.caseId)).toBeUndefined();
  });

  it('keeps a case that already held other records', async () => {
    const first = await logFrom(3);
    const second = await logFrom(3, { channel: 'chat' });
    expect(second.caseId).toBe(first.caseId);
    expect(await undo(second.attemptId, 3)).toEqual({ ok: true, data: { undone: true, caseRemoved: false } });
    expect(await undo(first.attemptId, 3)).toEqual({ ok: true, data: { undone: true, caseRemoved: true } });
  });

  it('keeps an emptied case the person already named', async () => {
    const logged = await logFrom(3);
    const theCase = await cases.get(logged.caseId);
    if (!theCase) throw new Error('case missing');
    await cases.put({ ...theCase, title: 'Refund for the broken kettle', needsTitle: false });
    expect(await undo(logged.attemptId, 3)).toEqual({ ok: true, data: { undone: true, caseRemoved: false } });
    expect(await cases.get(logged.caseId)).toBeDefined();
  });

  it('takes what was attached to the attempt with it, and keeps a case that holds evidence of its own', async () => {
    const logged = await logFrom(3);
    const attach = async (ownerType: 'attempt' | 'case', ownerId: string) =>
      saveAttachment(
        await prepareAttachment({
          blob: new Blob(['%PDF-1.7\n']),
          name: 'bill.pdf',
          kind: 'file',
          caseId: logged.caseId,
          ownerType,
          ownerId,
          now: NOW,
        }),
        undefined,
        NOW,
      );
    await attach('attempt', logged.attemptId);
    const caseEvidence = await attach('case', logged.caseId);
    expect(await undo(logged.attemptId, 3)).toEqual({ ok: true, data: { undone: true, caseRemoved: false } });
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual([caseEvidence.id]);
    expect((await db.attachmentFiles.toArray()).map((f) => f.id)).toEqual([caseEvidence.id]);
    expect(await cases.get(logged.caseId)).toBeDefined();
  });

  it('refuses another tab, a late undo, a manual attempt and an extension page, changing nothing', async () => {
    const logged = await logFrom(3);
    const before = await countAll(db);
    expect(await undo(logged.attemptId, 4)).toEqual({
      ok: false,
      error: 'refused: only an attempt this tab logged in the last 2 minutes can be undone',
    });
    expect(await undo(logged.attemptId, 3, NOW + UNDO_WINDOW_MS + 1)).toMatchObject({ ok: false });
    const manual = await attempts.get(logged.attemptId);
    if (!manual) throw new Error('attempt missing');
    await attempts.put({ ...manual, source: 'manual' });
    expect(await undo(logged.attemptId, 3)).toEqual({
      ok: false,
      error: 'refused: the attempt was not logged automatically moments ago',
    });
    const fromPopup = await handleMessage({ type: 'cs/attempt-undo', id: logged.attemptId }, extensionSender(), deps());
    expect(fromPopup).toMatchObject({ ok: false });
    expect(await countAll(db)).toEqual(before);
  });

  it('stops the call badge when an automatically started call is undone', async () => {
    const call = await logFrom(3, { channel: 'phone', contact: '+18005550199' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0m');
    expect(await undo(call.attemptId, 3)).toMatchObject({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('cannot undo an attempt by guessing its id', async () => {
    await logFrom(3);
    expect(await undo(crypto.randomUUID(), 3)).toMatchObject({ ok: false });
  });

  it('refuses the same tab once it is on another site, telling it nothing a stranger is not told', async () => {
    const logged = await logFrom(3);
    const before = await countAll(db);
    const stranger = await undo(crypto.randomUUID(), 3);
    for (const url of [
      'https://evil.example/',
      'https://acme-widgets.com.evil.example/support',
      'https://www.acme-widgets.co/',
    ]) {
      const reply = await undo(logged.attemptId, 3, NOW + 10_000, url);
      expect(reply).toEqual({
        ok: false,
        error: 'refused: only an attempt this tab logged in the last 2 minutes can be undone',
      });
      expect(reply).toEqual(stranger);
    }
    expect(await countAll(db)).toEqual(before);
    expect(await attempts.get(logged.attemptId)).toBeDefined();
    // Another page of the same site (the thank-you page on another host of it) still may.
    expect(await undo(logged.attemptId, 3, NOW + 10_000, 'https://help.acme-widgets.com/thanks')).toMatchObject({
      ok: true,
      data: { undone: true },
    });
  });
});
