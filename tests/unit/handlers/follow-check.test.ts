import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { CONTACT_URL, deps, detected, dropDb, extensionSender, freshDb, NOW, pageSender } from '../messages/env';

/**
 * The page after a report (the thank-you page of a form just sent) is read whichever reached the
 * background first: the report, or the page's question. Answered at once in the first order;
 * told to the tab when the report comes in the second.
 */

const THANKS = 'https://www.acme-widgets.com/p/481';
let db: PaperTrailDb;
const told = vi.fn((_tabId: number, _message: unknown, _options?: { frameId?: number }) =>
  Promise.resolve<unknown>(undefined),
);
beforeEach(async () => {
  db = await freshDb();
  told.mockClear();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(told);
});
afterEach(async () => {
  await dropDb(db);
});

let clock = NOW;
const at = () => clock;
const ask = (url = THANKS, tabId = 7): Promise<Reply> =>
  handleMessage({ type: 'cs/follow-check' }, pageSender(url, tabId), deps(at));
const report = (tabId = 7) =>
  handleMessage(detected({ pageUrl: CONTACT_URL }), pageSender(CONTACT_URL, tabId), deps(at));

describe('cs/follow-check', () => {
  it('says yes to the next page of the tab that just reported an attempt from the same site', async () => {
    clock = NOW;
    expect((await report()).ok).toBe(true);
    clock = NOW + 800;
    expect(await ask()).toEqual({ ok: true, data: { follows: true } });
  });

  it('says no first, then tells that very page to be read when the report comes after it', async () => {
    clock = NOW;
    expect(await ask()).toEqual({ ok: true, data: { follows: false } });
    // The report reaches the worker later (from the outbox, once it woke); it was sent earlier.
    clock = NOW + 300;
    expect((await report()).ok).toBe(true);
    await vi.waitFor(() => expect(told).toHaveBeenCalledWith(7, { type: 'bg/read-page', url: THANKS }, { frameId: 0 }));
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('says no to a page of another site, or of another tab', async () => {
    clock = NOW;
    await report();
    clock = NOW + 800;
    expect(await ask('https://www.other-shop.com/p/9')).toEqual({ ok: true, data: { follows: false } });
    expect(await ask(THANKS, 8)).toEqual({ ok: true, data: { follows: false } });
    expect(told).not.toHaveBeenCalled();
  });

  it('is refused from anything but a content script in a page', async () => {
    const reply = await handleMessage({ type: 'cs/follow-check' }, extensionSender(), deps(at));
    expect(reply.ok).toBe(false);
  });
});
