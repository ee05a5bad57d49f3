import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_PAUSES_MS } from '../../../entrypoints/contact/load-page-part';
import { reportAttempt, sendReading, undoAttempt } from '../../../entrypoints/contact/report';
import type { PageReading } from '../../../lib/messages/page-reading';

/** The page part's messages to the background (entrypoints/contact/report.ts), over wxt's fake browser. */

let order: string[] = [];
beforeEach(() => {
  order = [];
  vi.stubGlobal('chrome', { runtime: { id: fakeBrowser.runtime.id } });
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) => {
    order.push(`write ${Object.keys(items).join(',')}`);
    return set(items);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The background's answers, as its handlers give them (lib/messages/responses.ts). */
const LOGGED = {
  attemptId: 'attempt-1',
  caseId: 'case-1',
  caseTitle: 'Acme — chat',
  companyId: 'acme',
  companyName: 'Acme',
  channel: 'chat',
  deduped: false,
  showToast: true,
  keepMessageCopy: false,
};
const UNDONE = { undone: true, caseRemoved: false };
const ANSWERS: Record<string, unknown> = { 'cs/attempt-detected': LOGGED, 'cs/attempt-undo': UNDONE };

const answering = (...replies: (() => Promise<unknown>)[]) => {
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  sendMessage.mockImplementation((message: unknown) => {
    const type = String((message as { type: string }).type);
    order.push(`send ${type}`);
    const reply = replies.shift() ?? (() => Promise.resolve({ ok: true, data: ANSWERS[type] }));
    return reply();
  });
  return sendMessage;
};
const portClosed = () => Promise.reject(new Error('The message port closed before a response was received.'));

describe('reportAttempt', () => {
  it('writes the report to the outbox under its id before it sends it', async () => {
    answering();
    vi.spyOn(Date, 'now').mockReturnValue(1234);
    const pending = reportAttempt({ channel: 'chat', contact: 'Intercom' }, { host: 'www.example.com' });
    const id = pending.id;
    expect(order).toEqual([`write outbox:${id}`, 'send cs/attempt-detected']);
    await expect(pending).resolves.toEqual({ ok: true, data: LOGGED });
    expect(await fakeBrowser.storage.local.get(`outbox:${id}`)).toEqual({
      [`outbox:${id}`]: {
        type: 'cs/attempt-detected',
        id,
        at: 1234,
        pageUrl: 'http://localhost:3000/',
        company: { host: 'www.example.com' },
        channel: 'chat',
        contact: 'Intercom',
      },
    });
  });

  it('only sends a report already in the outbox, with its id and time', async () => {
    answering();
    const pending = reportAttempt({ channel: 'web_form' }, { host: 'www.example.com' }, { id: 'attempt-id', at: 1234 });
    expect(pending.id).toBe('attempt-id');
    expect(order).toEqual(['send cs/attempt-detected']);
    await expect(pending).resolves.toEqual({ ok: true, data: LOGGED });
  });

  it('makes a new id and time when given none, and clips what it carries', () => {
    const sendMessage = answering();
    const pending = reportAttempt(
      { channel: 'email', contact: 'x'.repeat(300), subject: 's'.repeat(300), messageCopy: 'm'.repeat(6000) },
      { host: 'example.com' },
    );
    expect(pending.id).toMatch(/^[0-9a-f-]{36}$/);
    const message = sendMessage.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(message.id).toBe(pending.id);
    expect(typeof message.at).toBe('number');
    expect([message.contact, message.subject, message.messageCopy].map((text) => String(text).length)).toEqual([
      200, 200, 5000,
    ]);
  });
});

describe('sending to the background', () => {
  it('sends again, after a pause, a message that got no answer (the worker stopped), as often as RETRY_PAUSES_MS says', async () => {
    vi.useFakeTimers();
    const tries = RETRY_PAUSES_MS.length;
    const sendMessage = answering(...Array.from({ length: tries - 1 }, () => portClosed));
    const reply = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ ok: true, data: UNDONE });
    expect(sendMessage).toHaveBeenCalledTimes(tries);
  });

  it('gives up after the last try with the failure', async () => {
    vi.useFakeTimers();
    const sendMessage = answering(...Array.from({ length: 10 }, () => portClosed));
    const reply = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({
      ok: false,
      error: 'The message port closed before a response was received.',
    });
    expect(sendMessage).toHaveBeenCalledTimes(RETRY_PAUSES_MS.length);
  });

  it('does not send again once the extension is gone, nor after a refusal', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('chrome', { runtime: {} });
    const gone = answering(portClosed, portClosed);
    const reply = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toMatchObject({ ok: false });
    expect(gone).toHaveBeenCalledTimes(1);

    vi.restoreAllMocks();
    vi.stubGlobal('chrome', { runtime: { id: fakeBrowser.runtime.id } });
    const refused = answering(() =>
      Promise.resolve({ ok: false, error: 'not logged: automatic logging is switched off' }),
    );
    const refusal = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(refusal).resolves.toEqual({ ok: false, error: 'not logged: automatic logging is switched off' });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});

describe('replies, parsed with their schema', () => {
  it('turns an answer that does not fit its message into a refusal that says so, not a crash', async () => {
    answering(() => Promise.resolve({ ok: true, data: { companyName: 'Acme', showToast: true } }));
    const reply = await reportAttempt({ channel: 'chat' }, { host: 'www.example.com' }, { id: 'attempt-id', at: 1234 });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(
      /^the reply to cs\/attempt-detected does not match its schema \(attemptId: invalid_type/,
    );
  });

  it("gives the page part the verdict it acts on, without the background's working", async () => {
    const verdict = {
      kind: 'contact',
      chatVendors: ['intercom'],
      company: { host: 'www.example.com', name: 'Example' },
    };
    const data = {
      kind: 'contact',
      companyName: 'Example',
      known: false,
      attached: false,
      keepMessageCopy: true,
      verdict: { ...verdict, score: 9, signals: ['contactPath'] },
    };
    answering(() => Promise.resolve({ ok: true, data }));
    await expect(sendReading({} as PageReading)).resolves.toEqual({ verdict, keepMessageCopy: true });
    answering(() => Promise.resolve({ ok: true, data: { ...data, verdict: { ...verdict, kind: 'maybe' } } }));
    await expect(sendReading({} as PageReading)).resolves.toBeUndefined();
  });
});
