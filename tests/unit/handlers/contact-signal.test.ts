import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PaperTrailDb } from '../../../lib/db/database';
import { PAGE_PART_FILE } from '../../../lib/handlers/contact-signal';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
import { CONTACT_URL, deps, dropDb, extensionSender, freshDb, pageSender } from '../messages/env';

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

const signal = (sender = pageSender(CONTACT_URL, 7)): Promise<Reply> => handleMessage({ type: 'cs/contact-signal' }, sender, deps());

describe('cs/contact-signal', () => {
  it("injects the page part into the sending tab's top frame", async () => {
    expect(await signal()).toEqual({ ok: true, data: { injected: true } });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [PAGE_PART_FILE] });
  });

  it('injects nothing when automatic logging is off, or the site is on the never list', async () => {
    await updateSettings({ autoLog: false });
    expect(await signal()).toEqual({ ok: true, data: { injected: false } });
    await updateSettings({ autoLog: true, neverOnSites: ['acme-widgets.com'] });
    expect(await signal()).toEqual({ ok: true, data: { injected: false } });
    expect(inject).not.toHaveBeenCalled();
  });

  it('is refused from anything but a content script in a page', async () => {
    const reply = await signal(extensionSender());
    expect(reply.ok).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
