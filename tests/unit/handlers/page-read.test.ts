import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperTrailDb } from '../../../lib/db/database';
import { classifyPage, readPage } from '../../../lib/detect';
import type { PageReadResult } from '../../../lib/handlers/page-read';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
import { loadPage, readManifest } from '../detect/load-page';
import { NOW, countAll, deps, dropDb, freshDb, pageSender } from '../messages/env';

const PAGES = join(__dirname, '../../fixtures/pages');
const CONFIRMATION = {
  file: 'confirmation-southwest-case.html',
  url: 'https://www.southwest.com/contact-us/email-us/confirmation/',
};
const CONTACT = { file: 'contact-brittanyferries-hubspot.html' };

let db: PaperTrailDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

function send(reading: unknown, url: string, now = NOW): Promise<Reply> {
  return handleMessage(
    { type: 'cs/page-read', reading },
    pageSender(url),
    deps(() => now),
  );
}

function ok<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

function fixtureUrl(file: string): string {
  const url = readManifest(PAGES).find((e) => e.file === file)?.url;
  if (!url) throw new Error(`no manifest entry for ${file}`);
  return url;
}

describe('cs/page-read', () => {
  it('judges a reading in the background exactly as the page would have been classified', async () => {
    const url = fixtureUrl(CONTACT.file);
    const doc = loadPage(PAGES, CONTACT.file);
    const result = ok<PageReadResult>(await send(readPage(doc, url), url));
    expect(result.verdict).toEqual(classifyPage(doc, url));
    expect(result).toMatchObject({ kind: 'contact', attached: false, keepMessageCopy: false });
  });

  it("records a confirmation page's reference from the reading, once", async () => {
    const reading = readPage(loadPage(PAGES, CONFIRMATION.file), CONFIRMATION.url);
    const first = ok<PageReadResult>(await send(reading, CONFIRMATION.url));
    expect(first.verdict).toMatchObject({ kind: 'confirmation', referenceNumber: '34871265' });
    expect(first).toMatchObject({ kind: 'confirmation', attached: false });
    expect(await db.attempts.get(first.attemptId ?? '')).toMatchObject({ channel: 'web_form', reference: '34871265' });
    const before = await countAll(db);
    const reload = ok<PageReadResult>(await send(reading, CONFIRMATION.url, NOW + 60_000));
    expect(reload).toMatchObject({ attached: true, attemptId: first.attemptId });
    expect(await countAll(db)).toEqual(before);
  });

  it('still answers with the verdict when the reference may not be recorded', async () => {
    await updateSettings({ autoLogChannels: { web_form: false } });
    const reading = readPage(loadPage(PAGES, CONFIRMATION.file), CONFIRMATION.url);
    const result = ok<PageReadResult>(await send(reading, CONFIRMATION.url));
    expect(result.verdict.kind).toBe('confirmation');
    expect(result.attemptId).toBeUndefined();
    expect(await db.attempts.count()).toBe(0);
  });

  it('tells the page part whether to keep a copy of what is sent', async () => {
    await updateSettings({ keepMessageCopy: true });
    const url = fixtureUrl(CONTACT.file);
    const result = ok<PageReadResult>(await send(readPage(loadPage(PAGES, CONTACT.file), url), url));
    expect(result.keepMessageCopy).toBe(true);
  });

  it('refuses a reading over its limits, or from another page, and writes nothing', async () => {
    const reading = readPage(loadPage(PAGES, CONFIRMATION.file), CONFIRMATION.url);
    const empty = await countAll(db);
    const long = await send({ ...reading, text: 'x'.repeat(60_001) }, CONFIRMATION.url);
    expect(long.ok).toBe(false);
    expect(long.ok ? '' : long.error).toMatch(/reading\.text/);
    const elsewhere = await send(reading, 'https://www.example.org/contact');
    expect(elsewhere.ok).toBe(false);
    expect(await countAll(db)).toEqual(empty);
  });
});
