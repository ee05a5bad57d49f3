import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { AttemptDetectedResult } from '../../../lib/handlers/attempt-detected';
import { handleMessage } from '../../../lib/messages/router';
import { CONTACT_URL, deps, detected, dropDb, freshDb, pageSender } from '../messages/env';

let db: PaperTrailDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('cs/open-attempt', () => {
  it("opens the attempt's case in an extension tab for the tab that reported it", async () => {
    const reply = await handleMessage(detected(), pageSender(CONTACT_URL, 5), deps());
    if (!reply.ok) throw new Error(reply.error);
    const logged = reply.data as AttemptDetectedResult;
    expect(
      await handleMessage({ type: 'cs/open-attempt', id: logged.attemptId }, pageSender(CONTACT_URL, 5), deps()),
    ).toEqual({ ok: true, data: { opened: true } });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(
      `chrome-extension://${fakeBrowser.runtime.id}/popup.html#/case/${logged.caseId}?attempt=${logged.attemptId}`,
    );
  });

  it('refuses an attempt reported by another tab', async () => {
    const reply = await handleMessage(detected(), pageSender(CONTACT_URL, 5), deps());
    if (!reply.ok) throw new Error(reply.error);
    const logged = reply.data as AttemptDetectedResult;
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    const other = await handleMessage(
      { type: 'cs/open-attempt', id: logged.attemptId },
      pageSender(CONTACT_URL, 6),
      deps(),
    );
    expect(other).toMatchObject({ ok: false });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabsBefore);
  });

  it('refuses the same tab once it is on another site, opening nothing and telling it nothing', async () => {
    const reply = await handleMessage(detected(), pageSender(CONTACT_URL, 5), deps());
    if (!reply.ok) throw new Error(reply.error);
    const logged = reply.data as AttemptDetectedResult;
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    const open = (id: string, url: string) =>
      handleMessage({ type: 'cs/open-attempt', id }, pageSender(url, 5), deps());
    const stranger = await open(crypto.randomUUID(), 'https://evil.example/');
    expect(stranger).toEqual({
      ok: false,
      error: 'refused: only an attempt this tab logged in the last 30 minutes can be opened',
    });
    for (const url of ['https://evil.example/', 'https://www.acme-widgets.com.evil.example/']) {
      expect(await open(logged.attemptId, url)).toEqual(stranger);
    }
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabsBefore);
  });
});
