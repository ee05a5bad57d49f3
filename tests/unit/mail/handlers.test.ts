import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PaperTrailDb } from '../../../lib/db/database';
import { drainMailOutbox } from '../../../lib/handlers/mail-outbox';
import { mailOutboxKey } from '../../../lib/mail/outbox-key';
import type { Reply } from '../../../lib/messages/protocol';
import { RESPONSES } from '../../../lib/messages/responses';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
import { NOW, deps, dropDb, freshDb, pageSender } from '../messages/env';

const GMAIL = 'https://mail.google.com/mail/u/0/';

function sent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'cs/mail-sent',
    id: crypto.randomUUID(),
    client: 'gmail',
    at: NOW - 1_000,
    pageUrl: GMAIL,
    to: ['support@help.ryanair.com'],
    cc: [],
    subject: 'Refund for FR1234',
    account: 'sam.rivera@gmail.com',
    ...overrides,
  };
}

function seen(
  messages: { key: string; from: string; at?: number }[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'cs/mail-seen',
    id: crypto.randomUUID(),
    client: 'gmail',
    pageUrl: GMAIL,
    subject: 'Re: Refund for FR1234',
    messages,
    ...overrides,
  };
}

/** Every attempt a mail report's answer names: the first company's, then the others'. */
function loggedIds(reply: Reply<unknown>): string[] {
  if (!reply.ok) return [];
  const data = RESPONSES['cs/mail-sent'].parse(reply.data);
  return [data.attemptId ?? '', ...(data.others ?? []).map((o) => o.attemptId)];
}

describe('mail handlers', () => {
  let db: PaperTrailDb;
  beforeEach(async () => {
    db = await freshDb();
    await updateSettings({ mailLogging: { gmail: true, outlook: false } });
  });
  afterEach(async () => {
    await dropDb(db);
  });

  const post = (msg: Record<string, unknown>, url = GMAIL, now = NOW) =>
    handleMessage(
      msg,
      pageSender(url),
      deps(() => now),
    );

  it('logs a message sent to a directory company (a subdomain counts) once, in a new case, with subject and address', async () => {
    const msg = sent();
    const reply = await post(msg);
    expect(reply).toMatchObject({
      ok: true,
      data: { logged: true, companyName: 'Ryanair', deduped: false, showToast: true },
    });
    expect(await post(msg)).toMatchObject({ ok: true, data: { logged: true } });
    // The same send reported again under another id (a second listener) joins the first.
    expect(await post(sent())).toMatchObject({ ok: true, data: { logged: true, deduped: true } });
    const all = await db.attempts.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      channel: 'email',
      companyId: 'ryanair',
      contact: 'support@help.ryanair.com',
      subject: 'Refund for FR1234',
      source: 'auto',
      awaitingReply: true,
      pageUrl: 'https://mail.google.com/mail/u/0',
    });
    expect(all[0]?.messageCopy).toBeUndefined();
    expect(await db.cases.count()).toBe(1);
  });

  it('logs a message sent to several companies once for each, each in its own case; Undo takes back every one', async () => {
    const msg = sent({
      to: ['customer.relations@booking.com', 'alex.friend@gmail.com'],
      cc: ['help@expedia.co.uk', 'support@expedia.com', 'refunds@help.ryanair.com'],
    });
    const reply = await post(msg);
    expect(reply).toMatchObject({
      ok: true,
      data: {
        logged: true,
        attemptId: msg.id,
        companyName: 'Booking.com',
        others: [{ companyName: 'Expedia' }, { companyName: 'Ryanair' }],
        deduped: false,
      },
    });
    const all = await db.attempts.toArray();
    // Expedia once, at the first of its two addresses; the friend never.
    expect(all.map((a) => [a.companyId, a.contact]).sort()).toEqual([
      ['booking-com', 'customer.relations@booking.com'],
      ['expedia', 'help@expedia.co.uk'],
      ['ryanair', 'refunds@help.ryanair.com'],
    ]);
    expect(new Set(all.map((a) => a.caseId)).size).toBe(3);
    expect(await db.cases.count()).toBe(3);

    // The same report again (its outbox copy, a retry): the same three attempts, nothing new.
    const ids = loggedIds(reply);
    expect(ids).toHaveLength(3);
    expect(loggedIds(await post(msg))).toEqual(ids);
    expect(await db.attempts.count()).toBe(3);

    // Undo from the notice, for each attempt it names, from the tab that reported them.
    for (const id of ids) expect(await post({ type: 'cs/attempt-undo', id })).toMatchObject({ ok: true });
    expect(await db.attempts.count()).toBe(0);
  });

  it('logs nothing for a friend, a colleague or a site nobody knows', async () => {
    for (const to of [['alex.friend@gmail.com'], ['jo@outlook.com'], ['someone@unknown-shop.example']]) {
      expect(await post(sent({ to }))).toMatchObject({ ok: true, data: { logged: false } });
    }
    expect(await post(sent({ to: ['claire@ryanair.com'], account: 'sam@ryanair.com' }))).toMatchObject({
      ok: true,
      data: { logged: false },
    });
    expect(await db.attempts.count()).toBe(0);
  });

  it('refuses a report from another site, or for a client switched off', async () => {
    const forged = await post(sent(), 'https://www.ryanair.com/contact');
    expect(forged.ok ? '' : forged.error).toContain('another site');
    const off = await post(
      sent({ client: 'outlook', pageUrl: 'https://outlook.live.com/mail/0/' }),
      'https://outlook.live.com/mail/0/',
    );
    expect(off.ok ? '' : off.error).toContain('switched off');
    await updateSettings({ mailLogging: { gmail: false, outlook: false } });
    expect(await post(sent())).toMatchObject({ ok: false });
    expect(await db.attempts.count()).toBe(0);
  });

  it("records the company's answer once, after the email it answers, and marks that email replied", async () => {
    await post(sent({ at: NOW - 3_600_000 }), GMAIL, NOW - 3_600_000);
    const messages = [
      { key: '18cd3a1f2b3c4d5e', from: 'sam.rivera@gmail.com', at: NOW - 3_600_000 },
      { key: '18cd4b2e3c4d5e6f', from: 'support@ryanair.com', at: NOW - 60_000 },
      { key: 'older', from: 'support@ryanair.com', at: NOW - 5 * 86_400_000 },
      { key: 'friend', from: 'alex.friend@gmail.com', at: NOW - 30_000 },
    ];
    expect(await post(seen(messages))).toMatchObject({ ok: true, data: { recorded: 1, repeats: 0 } });
    // A second visit (a new report of the same messages) records nothing new.
    expect(await post(seen(messages))).toMatchObject({ ok: true, data: { recorded: 0, repeats: 1 } });
    const answers = await db.responses.toArray();
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ kind: 'email', by: 'support@ryanair.com', at: NOW - 60_000, source: 'auto' });
    const [attempt] = await db.attempts.toArray();
    expect(attempt).toMatchObject({ repliedAt: NOW - 60_000, awaitingReply: false });
    expect(answers[0]?.caseId).toBe(attempt?.caseId);
  });

  it('records no answer without an email logged to that company', async () => {
    expect(await post(seen([{ key: 'k', from: 'support@ryanair.com', at: NOW - 1_000 }]))).toMatchObject({
      ok: true,
      data: { recorded: 0 },
    });
    expect(await db.responses.count()).toBe(0);
  });

  it('stores what the outbox holds when the message never arrived, once', async () => {
    const msg = sent();
    await fakeBrowser.storage.local.set({
      [mailOutboxKey(String(msg.id))]: msg,
      [mailOutboxKey('not-a-report')]: { type: 'cs/mail-sent' },
    });
    await drainMailOutbox(() => NOW);
    await drainMailOutbox(() => NOW);
    expect(await db.attempts.count()).toBe(1);
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty(mailOutboxKey(String(msg.id)));
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty(mailOutboxKey('not-a-report'));
    // The message arriving after the outbox was drained: the same attempt, for the notice.
    expect(await post(msg)).toMatchObject({ ok: true, data: { logged: true, deduped: false } });
    expect(await db.attempts.count()).toBe(1);
  });
});
