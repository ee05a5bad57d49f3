import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PaperTrailDb } from '../../../lib/db/database';
import { PAGE_PART_FILE } from '../../../lib/handlers/contact-signal';
import { rememberReport } from '../../../lib/logging/tab-report-store';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
import { CONTACT_URL, NOW, deps, dropDb, extensionSender, freshDb, pageSender } from '../messages/env';

let db: PaperTrailDb;
let inject: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  db = await freshDb();
  inject = vi.fn(() => Promise.resolve([]));
  // The fake browser has no scripting API: the handler's one call is recorded here.
  Reflect.set(fakeBrowser, 'scripting', { executeScript: inject });
});
afterEach(async () => {
  Reflect.deleteProperty(fakeBrowser, 'scripting');
  await dropDb(db);
});

const signal = (title: string, markup: string[], sender = pageSender(CONTACT_URL, 7)): Promise<Reply> =>
  handleMessage({ type: 'cs/contact-signal', title, markup }, sender, deps());
const use = (sender = pageSender(CONTACT_URL, 7)): Promise<Reply> => handleMessage({ type: 'cs/contact-use' }, sender, deps());
const injectedInto = (tabId: number) => ({ target: { tabId, frameIds: [0] }, files: [PAGE_PART_FILE] });

describe('cs/contact-signal (the gate saw a contact signal)', () => {
  it('names a likely contact page for the badge at once, and leaves the reading for when the page is used', async () => {
    const reply = await signal('Contact us | Acme Widgets', ['message-box', 'tel-link']);
    expect(reply).toMatchObject({ ok: true, data: { read: 'on-use', kind: 'contact', companyName: 'Acme Widgets' } });
    expect(inject).not.toHaveBeenCalled();
  });

  it('does not call a page a contact page on its address alone (no channel markup)', async () => {
    const reply = await signal('Contact us | Acme Widgets', ['contact-point']);
    expect(reply).toEqual({ ok: true, data: { read: 'on-use' } });
  });

  it('has a confirmation page read at once: its address or title says so', async () => {
    const confirmation = pageSender('https://www.acme-widgets.com/contact/thank-you', 7);
    expect(await signal('Acme Widgets', [], confirmation)).toEqual({ ok: true, data: { read: 'now' } });
    expect(await signal('Thank you for your message | Acme Widgets', [])).toEqual({ ok: true, data: { read: 'now' } });
    expect(inject).toHaveBeenCalledTimes(2);
    expect(inject).toHaveBeenCalledWith(injectedInto(7));
  });

  it('has the page read at once in a tab that logged an attempt moments ago (a form sent, then a new page)', async () => {
    await rememberReport({ attemptId: 'a1', caseId: 'c1', tabId: 7, at: NOW - 5_000, openedCase: false }, NOW);
    expect(await signal('Acme Widgets', ['mailto-link'], pageSender('https://www.acme-widgets.com/support', 8))).toEqual({ ok: true, data: { read: 'on-use' } });
    expect(await signal('Acme Widgets', ['mailto-link'], pageSender('https://www.acme-widgets.com/support', 7))).toEqual({ ok: true, data: { read: 'now' } });
    expect(inject).toHaveBeenCalledExactlyOnceWith(injectedInto(7));
  });

  it('says "off" and injects nothing when automatic logging is off, or the site is on the never list', async () => {
    await updateSettings({ autoLog: false });
    expect(await signal('Thank you', [])).toEqual({ ok: true, data: { read: 'off' } });
    await updateSettings({ autoLog: true, neverOnSites: ['acme-widgets.com'] });
    expect(await signal('Thank you', [])).toEqual({ ok: true, data: { read: 'off' } });
    expect(inject).not.toHaveBeenCalled();
  });

  it('refuses a title longer than a title, and anything but a content script in a page', async () => {
    expect((await signal('x'.repeat(201), [])).ok).toBe(false);
    expect((await signal('Contact', [], extensionSender())).ok).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('cs/contact-use (the person uses a page with a signal, or opened a chat launcher)', () => {
  it("injects the page part into the sending tab's top frame", async () => {
    expect(await use()).toEqual({ ok: true, data: { injected: true } });
    expect(inject).toHaveBeenCalledWith(injectedInto(7));
  });

  it('injects nothing where logging is off', async () => {
    await updateSettings({ neverOnSites: ['acme-widgets.com'] });
    expect(await use()).toEqual({ ok: true, data: { injected: false } });
    await updateSettings({ neverOnSites: [], autoLog: false });
    expect(await use()).toEqual({ ok: true, data: { injected: false } });
    expect(inject).not.toHaveBeenCalled();
  });
});
