import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../../../lib/handlers';
import type { HandlerContext } from '../../../lib/handlers/types';
import { MESSAGE_MAX_BYTES } from '../../../lib/messages/protocol';
import { Refusal } from '../../../lib/messages/refusal';
import { handleMessage, type HandlerTable } from '../../../lib/messages/router';
import { CONTACT_URL, NOW, deps, detected, extensionSender, pageSender } from './env';

/** A spy's answer to a report: the attempt id it was given. */
function logged(attemptId: string) {
  return {
    attemptId,
    caseId: 'c',
    caseTitle: '',
    companyId: 'co',
    companyName: 'Acme',
    channel: 'web_form' as const,
    deduped: false,
    showToast: true,
    keepMessageCopy: false,
  };
}

/** The real table with spies in place of the two handlers these tests route to. */
function spyTable() {
  const seen: { type: string; ctx: HandlerContext }[] = [];
  const table: HandlerTable = {
    ...handlers,
    'cs/attempt-detected': (msg, ctx) => {
      seen.push({ type: msg.type, ctx });
      return Promise.resolve(logged(msg.id));
    },
    'ui/call-changed': (msg, ctx) => {
      seen.push({ type: msg.type, ctx });
      return Promise.resolve({ badge: 'ok' });
    },
  };
  return { seen, table };
}

describe('handleMessage', () => {
  it('dispatches a valid content-script report with its context', async () => {
    const { seen, table } = spyTable();
    const msg = detected();
    const reply = await handleMessage(msg, pageSender(CONTACT_URL, 9), { ...deps(), handlers: table });
    expect(reply).toEqual({ ok: true, data: logged(String(msg.id)) });
    expect(seen).toEqual([
      { type: 'cs/attempt-detected', ctx: { origin: 'page', tabId: 9, url: CONTACT_URL, now: NOW } },
    ]);
  });

  it('dispatches ui/* from our own pages', async () => {
    const { seen, table } = spyTable();
    expect(await handleMessage({ type: 'ui/call-changed' }, extensionSender(), { ...deps(), handlers: table })).toEqual(
      { ok: true, data: { badge: 'ok' } },
    );
    expect(seen[0]?.ctx.origin).toBe('extension');
  });

  it('refuses ui/* from a web page and cs/* from our own pages, without calling a handler', async () => {
    const { seen, table } = spyTable();
    const fromPage = await handleMessage({ type: 'ui/call-changed' }, pageSender(CONTACT_URL), {
      ...deps(),
      handlers: table,
    });
    expect(fromPage).toEqual({
      ok: false,
      error: "refused: ui/call-changed is accepted only from the extension's own pages",
    });
    const fromPopup = await handleMessage(detected(), extensionSender(), { ...deps(), handlers: table });
    expect(fromPopup).toEqual({
      ok: false,
      error: 'refused: cs/attempt-detected is accepted only from a content script in a web page',
    });
    expect(seen).toEqual([]);
  });

  it('refuses oversized, unserialisable, unknown and loosely-typed messages with a reason', async () => {
    const { seen, table } = spyTable();
    const d = { ...deps(), handlers: table };
    const huge = await handleMessage(detected({ subject: 'x'.repeat(MESSAGE_MAX_BYTES) }), pageSender(CONTACT_URL), d);
    expect(huge).toMatchObject({ ok: false, error: expect.stringContaining('byte limit') as string });
    const cyclic: Record<string, unknown> = { type: 'ui/call-changed' };
    cyclic.self = cyclic;
    expect(await handleMessage(cyclic, extensionSender(), d)).toEqual({
      ok: false,
      error: 'refused: the message is not serialisable JSON',
    });
    expect(await handleMessage({ type: 'ui/delete-everything' }, extensionSender(), d)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^refused: invalid message \(type:/) as string,
    });
    const extra = await handleMessage({ type: 'ui/call-changed', admin: true }, extensionSender(), d);
    expect(extra).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') as string });
    expect(seen).toEqual([]);
  });

  it('turns a handler failure into a reply, and a refusal into its own reason', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing: HandlerTable = { ...handlers, 'ui/call-changed': () => Promise.reject(new Error('disk full')) };
    expect(
      await handleMessage({ type: 'ui/call-changed' }, extensionSender(), { ...deps(), handlers: failing }),
    ).toEqual({
      ok: false,
      error: 'ui/call-changed failed: disk full',
    });
    expect(warn).toHaveBeenCalledTimes(1);
    const refusing: HandlerTable = { ...handlers, 'ui/call-changed': () => Promise.reject(new Refusal('not now')) };
    expect(
      await handleMessage({ type: 'ui/call-changed' }, extensionSender(), { ...deps(), handlers: refusing }),
    ).toEqual({ ok: false, error: 'not now' });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
