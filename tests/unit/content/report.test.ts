import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_PAUSES_MS } from '../../../entrypoints/contact/load-page-part';
import { attemptReplyOf, reportAttempt, undoAttempt } from '../../../entrypoints/contact/report';

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

const answering = (...replies: (() => Promise<unknown>)[]) => {
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  sendMessage.mockImplementation((message: unknown) => {
    order.push(`send ${String((message as { type: string }).type)}`);
    const reply = replies.shift() ?? (() => Promise.resolve({ ok: true, data: { attemptId: 'attempt-1' } }));
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
    await expect(pending).resolves.toEqual({ ok: true, data: { attemptId: 'attempt-1' } });
    expect(await fakeBrowser.storage.local.get(`outbox:${id}`)).toEqual({
      [`outbox:${id}`]: { type: 'cs/attempt-detected', id, at: 1234, pageUrl: 'http://localhost:3000/', company: { host: 'www.example.com' }, channel: 'chat', contact: 'Intercom' },
    });
  });

  it('only sends a report already in the outbox, with its id and time', async () => {
    answering();
    const pending = reportAttempt({ channel: 'web_form' }, { host: 'www.example.com' }, { id: 'attempt-id', at: 1234 });
    expect(pending.id).toBe('attempt-id');
    expect(order).toEqual(['send cs/attempt-detected']);
    await expect(pending).resolves.toEqual({ ok: true, data: { attemptId: 'attempt-1' } });
  });

  it('makes a new id and time when given none, and clips what it carries', () => {
    const sendMessage = answering();
    const pending = reportAttempt({ channel: 'email', contact: 'x'.repeat(300), subject: 's'.repeat(300), messageCopy: 'm'.repeat(6000) }, { host: 'example.com' });
    expect(pending.id).toMatch(/^[0-9a-f-]{36}$/);
    const message = sendMessage.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(message.id).toBe(pending.id);
    expect(typeof message.at).toBe('number');
    expect([message.contact, message.subject, message.messageCopy].map((text) => String(text).length)).toEqual([200, 200, 5000]);
  });
});

describe('sending to the background', () => {
  it('sends again, after a pause, a message that got no answer (the worker stopped), as often as RETRY_PAUSES_MS says', async () => {
    vi.useFakeTimers();
    const tries = RETRY_PAUSES_MS.length;
    const sendMessage = answering(...Array.from({ length: tries - 1 }, () => portClosed));
    const reply = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ ok: true, data: { attemptId: 'attempt-1' } });
    expect(sendMessage).toHaveBeenCalledTimes(tries);
  });

  it('gives up after the last try with the failure', async () => {
    vi.useFakeTimers();
    const sendMessage = answering(...Array.from({ length: 10 }, () => portClosed));
    const reply = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ ok: false, error: 'The message port closed before a response was received.' });
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
    const refused = answering(() => Promise.resolve({ ok: false, error: 'not logged: automatic logging is switched off' }));
    const refusal = undoAttempt('attempt-1');
    await vi.runAllTimersAsync();
    await expect(refusal).resolves.toEqual({ ok: false, error: 'not logged: automatic logging is switched off' });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});

describe('attemptReplyOf', () => {
  it('reads the background’s answer to an attempt, which must name the attempt', () => {
    expect(attemptReplyOf({ ok: true, data: { attemptId: 'a-1', companyName: 'Acme', showToast: true } })).toEqual({
      attemptId: 'a-1',
      companyName: 'Acme',
      deduped: false,
      showToast: true,
      keepMessageCopy: false,
    });
    expect(attemptReplyOf({ ok: true, data: { companyName: 'Acme', showToast: true } })).toBeUndefined();
    expect(attemptReplyOf({ ok: true, data: { attemptId: 7, showToast: true } })).toBeUndefined();
    expect(attemptReplyOf({ ok: false, error: 'refused', data: { attemptId: 'a-1' } })).toBeUndefined();
  });
});
