import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { handlers } from '../../../lib/handlers';
import type { RouterDeps } from '../../../lib/messages/router';
import type { MessageSenderLike } from '../../../lib/messages/sender';

/** A fixed clock: 22 Nov 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 22, 12);

/** A brand-new database for one test (fake-indexeddb), installed as the extension's database. */
export async function freshDb(): Promise<PaperTrailDb> {
  const db = new PaperTrailDb(`pt-test-${crypto.randomUUID()}`);
  await db.open();
  setDbForTests(db);
  return db;
}

export async function dropDb(db: PaperTrailDb): Promise<void> {
  setDbForTests(undefined);
  db.close();
  await db.delete();
}

/** Row counts of every table, to prove that nothing was written. */
export async function countAll(db: PaperTrailDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}

/** The router's dependencies as the background wires them: the real handler table. */
export function deps(now: () => number = () => NOW): RouterDeps {
  return { runtimeId: fakeBrowser.runtime.id, extensionOrigin: fakeBrowser.runtime.getURL('/'), now, handlers };
}

/** Our content script in a web page's top frame. */
export function pageSender(url: string, tabId = 1): MessageSenderLike {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url } };
}

/** One of our own pages (the popup). */
export function extensionSender(path = 'popup.html'): MessageSenderLike {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${path}`) };
}

export const CONTACT_URL = 'https://www.acme-widgets.com/support/contact';

export function detected(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'cs/attempt-detected',
    id: crypto.randomUUID(),
    channel: 'web_form',
    at: NOW - 1_000,
    pageUrl: CONTACT_URL,
    company: { host: 'www.acme-widgets.com', name: 'Acme Widgets' },
    subject: 'Refund for order 1182',
    ...overrides,
  };
}
