import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
import { CONTACT_URL, deps, dropDb, extensionSender, freshDb, pageSender } from '../messages/env';

let db: PaperTrailDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const signal = (sender = pageSender(CONTACT_URL, 7)): Promise<Reply> =>
  handleMessage({ type: 'cs/contact-signal' }, sender, deps());

describe('cs/contact-signal', () => {
  it('tells the gate to load the page part where logging is on', async () => {
    expect(await signal()).toEqual({ ok: true, data: { load: true } });
  });

  it('says no when automatic logging is off, or the site is on the never list', async () => {
    await updateSettings({ autoLog: false });
    expect(await signal()).toEqual({ ok: true, data: { load: false } });
    await updateSettings({ autoLog: true, neverOnSites: ['acme-widgets.com'] });
    expect(await signal()).toEqual({ ok: true, data: { load: false } });
  });

  it('is refused from anything but a content script in a page', async () => {
    const reply = await signal(extensionSender());
    expect(reply.ok).toBe(false);
  });
});
