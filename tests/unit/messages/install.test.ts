import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMessages } from '../../../entrypoints/background/messages';
import type { PaperTrailDb } from '../../../lib/db/database';
import { dropDb, freshDb } from './env';

type ExternalListener = Parameters<typeof fakeBrowser.runtime.onMessageExternal.addListener>[0];

const CONTACT = 'https://www.t-mobile.com/contact-us';

let db: PaperTrailDb;
let external: ExternalListener[];
beforeEach(async () => {
  db = await freshDb();
  // WXT's fake browser has no onMessageExternal: capture what installMessages registers.
  external = [];
  vi.spyOn(fakeBrowser.runtime.onMessageExternal, 'addListener').mockImplementation((listener) => {
    external.push(listener);
  });
});
afterEach(async () => {
  await dropDb(db);
});

let nextTabId = 100;

/** Our content script's sender, in a tab showing `url`. */
function contentScriptIn(url: string): { sender: Browser.runtime.MessageSender; tab: Browser.tabs.Tab; tabId: number } {
  const tabId = (nextTabId += 1);
  const tab: Browser.tabs.Tab = {
    id: tabId,
    index: 0,
    windowId: 1,
    url,
    active: true,
    highlighted: true,
    pinned: false,
    incognito: false,
    selected: true,
    discarded: false,
    autoDiscardable: true,
    frozen: false,
    groupId: -1,
    lastAccessed: 0,
  };
  return { sender: { id: fakeBrowser.runtime.id, url, frameId: 0, tab }, tab, tabId };
}

/** Delivers a message the way the browser does and waits for every listener's reply. */
async function deliver(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown[]> {
  const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return Promise.all(replies);
}

const classify = (kind: string) => ({
  type: 'cs/page-classified',
  kind,
  pageUrl: CONTACT,
  company: { host: 'www.t-mobile.com' },
});

describe('installMessages', () => {
  it('answers through runtime.onMessage with the router, and refuses foreign senders', async () => {
    installMessages();
    const { sender } = contentScriptIn(CONTACT);
    const [reply] = await deliver(classify('none'), sender);
    expect(reply).toMatchObject({ ok: true, data: { companyId: 't-mobile', known: true } });
    const [foreign] = await deliver(classify('none'), { ...sender, id: 'someone-else' });
    expect(foreign).toEqual({ ok: false, error: 'refused: the sender is not this extension' });
  });

  it('refuses messages from other extensions', () => {
    installMessages();
    const sendResponse = vi.fn();
    expect(external).toHaveLength(1);
    void external[0]?.({ type: 'ui/call-changed' }, { id: 'another-extension' }, sendResponse);
    expect(sendResponse).toHaveBeenCalledWith({
      ok: false,
      error: 'refused: messages from other extensions or sites are not accepted',
    });
  });

  it('marks a detected contact page on its tab and clears the mark when the tab navigates', async () => {
    installMessages();
    const { sender, tab, tabId } = contentScriptIn(CONTACT);
    const { tabId: otherTab } = contentScriptIn('https://www.example.org/');
    await deliver(classify('contact'), sender);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('●');
    expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/^Contact page detected: T-Mobile/);
    expect(await fakeBrowser.action.getBadgeText({ tabId: otherTab })).toBe('');

    await fakeBrowser.tabs.onUpdated.trigger(
      tabId,
      { url: 'https://www.example.org/' },
      { ...tab, url: 'https://www.example.org/' },
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('does not mark pages that are not contact or confirmation pages', async () => {
    installMessages();
    const { sender, tabId } = contentScriptIn(CONTACT);
    await deliver(classify('support-article'), sender);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });
});
