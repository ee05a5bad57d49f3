import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attemptsOfCase } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { AttemptDetectedResult } from '../../../lib/handlers/attempt-detected';
import { DEDUPE_WINDOW_MS, RATE_LIMIT_MAX } from '../../../lib/autolog/windows';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
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

function send(msg: Record<string, unknown>, sender = pageSender(CONTACT_URL), now = NOW): Promise<Reply> {
  return handleMessage(
    msg,
    sender,
    deps(() => now),
  );
}

function logged(reply: Reply): AttemptDetectedResult {
  if (!reply.ok) throw new Error(`expected success, got: ${reply.error}`);
  return reply.data as AttemptDetectedResult;
}

describe('cs/attempt-detected', () => {
  it('opens a titled-later case for a new company and logs the attempt in it', async () => {
    const result = logged(await send(detected({ pageUrl: `${CONTACT_URL}?token=secret#form` })));
    expect(result).toMatchObject({
      companyId: 'auto-acme0-widgets-com',
      companyName: 'Acme Widgets',
      channel: 'web_form',
      deduped: false,
    });
    const theCase = await cases.get(result.caseId);
    expect(theCase).toMatchObject({
      needsTitle: true,
      status: 'open',
      companyId: 'auto-acme0-widgets-com',
      lastActivityAt: NOW - 1_000,
    });
    expect(theCase?.title).toMatch(/^Acme Widgets — web form, /);
    expect(result.caseTitle).toBe(theCase?.title);
    const [attempt] = await attemptsOfCase(result.caseId);
    expect(attempt).toMatchObject({
      id: result.attemptId,
      source: 'auto',
      outcome: 'pending',
      pageUrl: CONTACT_URL,
      subject: 'Refund for order 1182',
    });
  });

  it("joins the company's most recently active open case", async () => {
    const url = 'https://www.t-mobile.com/contact-us';
    const first = logged(
      await send(detected({ pageUrl: url, company: { host: 'www.t-mobile.com' } }), pageSender(url)),
    );
    expect(first.companyId).toBe('t-mobile');
    const chat = logged(
      await send(detected({ pageUrl: url, channel: 'chat', company: { host: 'www.t-mobile.com' } }), pageSender(url)),
    );
    expect(chat.caseId).toBe(first.caseId);
    expect(await attemptsOfCase(first.caseId)).toHaveLength(2);
  });

  it('is idempotent by message id: a retry returns the same result and writes nothing', async () => {
    const msg = detected();
    const first = logged(await send(msg));
    const before = await countAll(db);
    expect(logged(await send(msg, pageSender(CONTACT_URL), NOW + 5_000))).toEqual(first);
    expect(await countAll(db)).toEqual(before);
  });

  it('dedupes the same channel on the same page within two minutes, then logs again', async () => {
    const first = logged(await send(detected()));
    const again = logged(
      await send(detected({ pageUrl: `${CONTACT_URL}?step=2` }), pageSender(CONTACT_URL), NOW + 60_000),
    );
    expect(again).toMatchObject({ attemptId: first.attemptId, deduped: true });
    expect(await db.attempts.count()).toBe(1);
    const later = logged(await send(detected(), pageSender(CONTACT_URL), NOW + DEDUPE_WINDOW_MS + 1));
    expect(later.deduped).toBe(false);
    expect(later.attemptId).not.toBe(first.attemptId);
    expect(await db.attempts.count()).toBe(2);
  });

  it('joins a reference shown in place to the form whose report is still in the outbox: the form is stored first', async () => {
    // The form's report reached the outbox as it was sent; its message has not arrived yet.
    const form = detected({ subject: 'Double charge', messageCopy: 'I was charged twice.' });
    await fakeBrowser.storage.local.set({ [`outbox:${String(form.id)}`]: form });
    const confirmation = {
      type: 'cs/page-classified',
      kind: 'confirmation',
      pageUrl: CONTACT_URL,
      company: { host: 'www.acme-widgets.com', name: 'Acme Widgets' },
      reference: 'R-48213',
    };
    expect((await send(confirmation)).ok).toBe(true);
    const stored = await db.attempts.toArray();
    // The subject and the reference in one attempt; the message text only when the person keeps copies (off).
    expect(stored).toEqual([expect.objectContaining({ id: form.id, reference: 'R-48213', subject: 'Double charge' })]);
    expect(stored[0]).not.toHaveProperty('messageCopy');
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('outbox:'))).toEqual(
      [],
    );
    // The message comes late: the same attempt, stored once.
    expect(logged(await send(form)).attemptId).toBe(form.id);
    expect(await db.attempts.count()).toBe(1);
  });

  it('logs nothing for a reference shown in place with no contact of the site to join', async () => {
    const confirmation = {
      type: 'cs/page-classified',
      kind: 'confirmation',
      pageUrl: CONTACT_URL,
      company: { host: 'www.acme-widgets.com', name: 'Acme Widgets' },
      reference: 'R-48213',
    };
    const reply = await send(confirmation);
    expect(reply.ok).toBe(false);
    expect(await db.attempts.count()).toBe(0);
  });

  it('completes the attempt a thank-you page made before the report of the form that led to it arrived', async () => {
    const thanks = 'https://www.acme-widgets.com/support/thanks';
    const confirmation = {
      type: 'cs/page-classified',
      kind: 'confirmation',
      pageUrl: thanks,
      company: { host: 'www.acme-widgets.com', name: 'Acme Widgets' },
      reference: 'R-48213',
    };
    expect((await send(confirmation, pageSender(thanks))).ok).toBe(true);
    const again = logged(await send(detected({ subject: 'Double charge' })));
    expect(again.deduped).toBe(false);
    const stored = await db.attempts.toArray();
    expect(stored).toEqual([
      expect.objectContaining({ reference: 'R-48213', subject: 'Double charge', at: NOW - 1_000 }),
    ]);
    // A second report with another subject changes nothing already recorded.
    logged(await send(detected({ subject: 'Something else' })));
    expect((await db.attempts.toArray()).find((a) => a.reference === 'R-48213')?.subject).toBe('Double charge');
  });

  it('rate-limits automatic attempts per site, leaving other sites alone', async () => {
    for (let i = 0; i < RATE_LIMIT_MAX; i += 1) {
      const url = `https://www.acme-widgets.com/page-${i}`;
      logged(await send(detected({ pageUrl: url }), pageSender(url), NOW + i));
    }
    const url = 'https://help.acme-widgets.com/one-more';
    const refused = await send(
      detected({ pageUrl: url, company: { host: 'help.acme-widgets.com' } }),
      pageSender(url),
      NOW + 100,
    );
    expect(refused).toEqual({
      ok: false,
      error: 'not logged: acme-widgets.com already produced 10 automatic entries in the last 10 minutes',
    });
    expect(await db.attempts.count()).toBe(RATE_LIMIT_MAX);
    const other = 'https://www.example-shop.com/contact';
    logged(
      await send(detected({ pageUrl: other, company: { host: 'www.example-shop.com' } }), pageSender(other), NOW + 100),
    );
  });

  it('respects the settings and writes nothing when they say no', async () => {
    const empty = await countAll(db);
    await updateSettings({ autoLog: false });
    expect(await send(detected())).toEqual({ ok: false, error: 'not logged: automatic logging is switched off' });
    await updateSettings({ autoLog: true, autoLogChannels: { chat: false } });
    expect(await send(detected({ channel: 'chat' }))).toEqual({
      ok: false,
      error: 'not logged: automatic logging of chat contacts is switched off',
    });
    await updateSettings({ autoLogChannels: {}, neverOnSites: ['acme-widgets.com'] });
    expect(await send(detected())).toMatchObject({
      ok: false,
      error: expect.stringContaining('never log on this site') as string,
    });
    expect(await countAll(db)).toEqual(empty);
  });

  it('keeps what the person typed only when they asked for it', async () => {
    const withoutCopy = logged(await send(detected({ messageCopy: 'My parcel never came' })));
    expect((await db.attempts.get(withoutCopy.attemptId))?.messageCopy).toBeUndefined();
    await updateSettings({ keepMessageCopy: true });
    const url = `${CONTACT_URL}/email`;
    const withCopy = logged(
      await send(detected({ pageUrl: url, channel: 'email', messageCopy: 'My parcel never came' }), pageSender(url)),
    );
    expect((await db.attempts.get(withCopy.attemptId))?.messageCopy).toBe('My parcel never came');
  });

  it('starts a tel: call as a running call, counted on the toolbar badge', async () => {
    const call = logged(
      await send(detected({ channel: 'phone', contact: '+18005550199', subject: undefined, at: NOW - 3 * 60_000 })),
    );
    expect(await db.attempts.get(call.attemptId)).toMatchObject({
      inProgress: true,
      outcome: 'pending',
      contact: '+18005550199',
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3m');
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('refuses a report about another page than the sender, a future time, and reports from our own pages', async () => {
    const empty = await countAll(db);
    const elsewhere = await send(detected({ pageUrl: 'https://www.t-mobile.com/contact' }));
    expect(elsewhere).toEqual({
      ok: false,
      error: 'refused: the page URL does not belong to the page that sent the message',
    });
    expect(await send(detected({ at: NOW + 60 * 60_000 }))).toEqual({
      ok: false,
      error: 'refused: the contact is dated in the future',
    });
    expect(await send(detected(), extensionSender())).toMatchObject({ ok: false });
    expect(await countAll(db)).toEqual(empty);
  });
});
