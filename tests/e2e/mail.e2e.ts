import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultExtensionDir, extensionApi, launchExtension, type ExtensionHarness } from './support/harness';
import { repoRoot } from './support/fixtures';
import { allMailOrigins } from '../../lib/mail/clients';
import { grantedCopy } from './support/granted';
import { storedAttempts, storedRecords } from './support/records';

/**
 * Mail logging in real Chromium, under the clients' real host names (every name maps to the local
 * fixture server): the switch in Options → Logging, a message sent to a company's address from
 * Gmail and from Outlook on the web, the company's answer opened in a conversation, a message to a
 * friend, Undo from the notice, and the switch off. Each step waits for a state it can see — a
 * stored record, a registered script, a report written to the mail outbox and handled — never for
 * time to pass.
 *
 * Headless Chromium cannot answer the browser's own permission prompt, so the extension runs from
 * a copy whose manifest grants the mail sites (support/granted.ts), as they are once the person
 * accepted that prompt; the switch still asks (the browser answers at once for a site already
 * granted), and everything else is the build as shipped.
 */

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.live.com/mail/0/';
const THREAD = '#inbox/FMfcgzQXJWDsKmbvRfsHhTnmLwDpKpKV';
const fixture = (file: string) => readFileSync(join(repoRoot, 'tests/fixtures/mail', file), 'utf8');

interface StoredResponse {
  caseId: string;
  kind: string;
  by?: string;
  at: number;
}

describe('emails logged in Gmail and Outlook on the web', () => {
  let h: ExtensionHarness;
  let db: Page;
  let extensionDir: string;

  const emails = async () =>
    (await storedAttempts(db)).filter((a) => a.channel === 'email').map((a) => [a.contact ?? null, a.subject ?? null]);
  const responses = () => storedRecords<StoredResponse>(db, 'responses');
  const registered = async () => {
    const api = await extensionApi(db);
    return db.evaluate(
      async (chrome) => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort(),
      api,
    );
  };
  /** Mail reports written to the outbox so far (seen from an extension page), and those still waiting. */
  const reportsWritten = () => db.evaluate(() => (window as unknown as { mailReports: string[] }).mailReports.slice());
  const waiting = async () => {
    const api = await extensionApi(db);
    return db.evaluate(
      async (chrome) => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('mail-outbox:')),
      api,
    );
  };

  /** Opens a mail page and resolves once the mail script has run in it (when it is registered). */
  async function openMail(url: string, expectScript = true): Promise<Page> {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    let parsed!: () => void;
    const ran = new Promise<void>((resolve) => (parsed = resolve));
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.endsWith('/mail.js')) parsed();
    });
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (expectScript) await ran;
    await cdp.detach();
    return page;
  }

  async function setClient(label: RegExp, on: boolean, id: string): Promise<void> {
    const options = await h.openExtensionPage('options.html#logging');
    const box = options.getByRole('checkbox', { name: label });
    if ((await box.isChecked()) !== on) await box.click();
    await expect.poll(registered).toEqual(expect.arrayContaining(on ? [id] : []));
    if (!on) await expect.poll(async () => (await registered()).includes(id)).toBe(false);
    await options.close();
  }

  async function gmailSend(page: Page, to: string, subject: string, how: 'click' | 'keys'): Promise<void> {
    await page.getByRole('combobox', { name: 'To recipients' }).fill(to);
    await page.getByRole('combobox', { name: 'To recipients' }).press('Enter');
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByRole('textbox', { name: 'Message Body' }).fill('My flight was cancelled; please refund it.');
    if (how === 'click') await page.getByRole('button', { name: /^Send/ }).click();
    else await page.getByRole('textbox', { name: 'Message Body' }).press('Control+Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __mailSent?: number }).__mailSent)).toBe(1);
  }

  beforeAll(async () => {
    extensionDir = grantedCopy(defaultExtensionDir(), allMailOrigins());
    h = await launchExtension({ extensionDir });
    h.route(GMAIL, fixture('gmail-compose-new.html'));
    db = await h.openExtensionPage('popup.html#/worker-control');
    const api = await extensionApi(db);
    await db.evaluate((chrome) => {
      const seen: string[] = [];
      (window as unknown as { mailReports: string[] }).mailReports = seen;
      chrome.storage.onChanged.addListener((changes) => {
        for (const [key, change] of Object.entries(changes)) {
          const type = (change.newValue as { type?: string } | undefined)?.type;
          if (key.startsWith('mail-outbox:') && type) seen.push(type);
        }
      });
    }, api);
  });
  afterAll(async () => {
    await h?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it('does nothing while switched off (the default): no script, no report, no attempt', async () => {
    expect(await registered()).toEqual([]);
    const page = await openMail(GMAIL, false);
    await gmailSend(page, 'support@ryanair.com', 'Sent while switched off', 'click');
    expect(await registered()).toEqual([]);
    expect(await reportsWritten()).toEqual([]);
    await page.close();
  });

  it('logs a message sent to a directory company once, with its subject, and Undo takes it back', async () => {
    await setClient(/Gmail/, true, 'mail-gmail');
    const page = await openMail(GMAIL);
    await gmailSend(page, 'support@ryanair.com', 'Refund for cancelled flight FR1234', 'click');
    await expect.poll(emails).toEqual([['support@ryanair.com', 'Refund for cancelled flight FR1234']]);
    await expect.poll(waiting).toEqual([]);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('paper-trail-toast').length)).toBe(1);
    // The notice is in a closed shadow root: reached as a keyboard user does.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.nodeName === 'PAPER-TRAIL-TOAST');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(emails).toEqual([]);
    await page.close();
  });

  it('logs a message sent with Ctrl+Enter; a message to a friend logs nothing', async () => {
    const friend = await openMail(GMAIL);
    await gmailSend(friend, 'alex.friend@gmail.com', 'Dinner on Saturday', 'click');
    // The friend's message was reported and handled (the outbox is empty again): nothing logged.
    await expect.poll(reportsWritten).toEqual(['cs/mail-sent', 'cs/mail-sent']);
    await expect.poll(waiting).toEqual([]);
    expect(await emails()).toEqual([]);
    await friend.close();

    const page = await openMail(GMAIL);
    await gmailSend(page, 'support@ryanair.com', 'Refund for cancelled flight FR1234', 'keys');
    await expect.poll(emails).toEqual([['support@ryanair.com', 'Refund for cancelled flight FR1234']]);
    await page.close();
  });

  it("records the company's reply in an opened conversation once, not again on a second visit", async () => {
    const [sent] = (await storedAttempts(db)).filter((a) => a.channel === 'email');
    const sentAt =
      (await storedRecords<{ id: string; at: number }>(db, 'attempts')).find((a) => a.id === sent?.id)?.at ?? 0;
    // The company answers a minute after the email (the page shows minutes, in the browser's time zone).
    const answered = new Date(sentAt + 60_000).toLocaleString('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    h.route(GMAIL, fixture('gmail-conversation.html').replace('Tue, Dec 1, 2026, 3:47 PM', answered));
    const before = (await reportsWritten()).length;

    const page = await openMail(`${GMAIL}${THREAD}`);
    await expect
      .poll(responses)
      .toEqual([expect.objectContaining({ kind: 'email', by: 'support@ryanair.com', caseId: sent?.caseId })]);
    await page.close();

    const again = await openMail(`${GMAIL}${THREAD}`);
    // The second visit's report was written and handled: still one response.
    await expect.poll(async () => (await reportsWritten()).slice(before)).toEqual(['cs/mail-seen', 'cs/mail-seen']);
    await expect.poll(waiting).toEqual([]);
    expect(await responses()).toHaveLength(1);
    // A friend's conversation opened in the same page (a view change): nothing.
    await again.evaluate(() => (location.hash = '#inbox/KtbxLwHLrMdXqPzWsVcGnBjTrQmXkDhN'));
    await expect
      .poll(async () => (await reportsWritten()).slice(before))
      .toEqual(['cs/mail-seen', 'cs/mail-seen', 'cs/mail-seen']);
    await expect.poll(waiting).toEqual([]);
    expect(await responses()).toHaveLength(1);
    await again.close();
  });

  it('logs a message sent while the service worker is stopped, once', async () => {
    h.route(GMAIL, fixture('gmail-compose-new.html'));
    const page = await openMail(GMAIL);
    await h.stopServiceWorker();
    await gmailSend(page, 'support@ryanair.com', 'Sent to a sleeping worker', 'click');
    await expect
      .poll(async () => (await emails()).filter(([, subject]) => subject === 'Sent to a sleeping worker'))
      .toHaveLength(1);
    await expect.poll(waiting).toEqual([]);
    expect((await emails()).filter(([, subject]) => subject === 'Sent to a sleeping worker')).toHaveLength(1);
    await page.close();
  });

  it('logs a message sent from Outlook on the web once switched on, and nothing once switched off', async () => {
    h.route(OUTLOOK, fixture('outlook-compose.html'));
    await setClient(/Outlook/, true, 'mail-outlook');
    const page = await openMail(OUTLOOK);
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await to.click();
    await page.keyboard.type('help@octopus.energy');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Add a subject' }).fill('Meter reading disputed');
    await page.getByRole('textbox', { name: /^Message body/ }).click();
    await page.keyboard.type('The bill uses an estimate.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __mailSent?: number }).__mailSent)).toBe(1);
    await expect.poll(emails).toEqual(expect.arrayContaining([['help@octopus.energy', 'Meter reading disputed']]));
    await page.close();

    await setClient(/Outlook/, false, 'mail-outlook');
    const off = await openMail(OUTLOOK, false);
    const written = (await reportsWritten()).length;
    await off.getByRole('textbox', { name: 'To', exact: true }).click();
    await off.keyboard.type('help@octopus.energy');
    await off.keyboard.press('Enter');
    await off.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => off.evaluate(() => (window as unknown as { __mailSent?: number }).__mailSent)).toBe(1);
    expect((await reportsWritten()).length).toBe(written);
    await off.close();

    const all = await emails();
    expect(all.filter(([, subject]) => subject === 'Sent while switched off')).toEqual([]);
    expect(all.filter(([contact]) => contact === 'help@octopus.energy')).toHaveLength(1);
    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });
});
