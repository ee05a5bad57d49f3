import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../e2e/support/fixtures';
import { extensionApi } from '../e2e/support/harness';
import { allMailOrigins } from '../../lib/mail/clients';
import { grantedCopy } from '../e2e/support/granted';
import { benchBuildDir, launchBenchBrowser, type BenchBrowser } from './support/page-cost';
import { median } from './support/stats';
import type { BenchModule } from './support/types';

/**
 * The mail script's cost per view change in Gmail (the conversation fixture, which renders each
 * view from its own script when the address changes, as Gmail does): main-thread scripting CPU of
 * the whole page per view change, with Gmail logging switched on against the same extension with
 * it off, in two browsers driven in turn so machine noise hits both. Views rotate through the
 * inbox, the company's conversation (read and reported the first time) and a friend's.
 */

const GMAIL = 'https://mail.google.com/mail/u/0/';
const VIEWS = [
  '#inbox/FMfcgzQXJWDsKmbvRfsHhTnmLwDpKpKV',
  '#inbox',
  '#inbox/KtbxLwHLrMdXqPzWsVcGnBjTrQmXkDhN',
  '#inbox',
];
const ROUNDS = Number.parseInt(process.env.PT_BENCH_MAIL_ROUNDS ?? '24', 10) || 24;
// Past the mail script's own pause before it reads a view (entrypoints/mail/seen.ts: 400 ms).
const SETTLE_MS = 700;

async function setGmail(browser: BenchBrowser, on: boolean): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const handle = await extensionApi(worker);
  await worker.evaluate(
    async ([api, value]) => {
      await api.storage.local.set({ settings: { mailLogging: { gmail: value, outlook: false } } });
      for (;;) {
        const ids = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
        if (ids.includes('mail-gmail') === value) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    [handle, on] as const,
  );
}

async function openGmail(browser: BenchBrowser): Promise<{ page: Page; scriptMs: () => Promise<number> }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${GMAIL}#inbox`, { waitUntil: 'load' });
  await page.waitForTimeout(1_500);
  const scriptMs = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  return { page, scriptMs };
}

/** Scripting CPU of one view change, the mail script's work after it included. */
async function viewChange(gmail: { page: Page; scriptMs: () => Promise<number> }, hash: string): Promise<number> {
  const before = await gmail.scriptMs();
  await gmail.page.evaluate((h) => (location.hash = h), hash);
  await gmail.page.waitForTimeout(SETTLE_MS);
  return (await gmail.scriptMs()) - before;
}

const bench: BenchModule = {
  name: 'mail-script',
  async run(h) {
    h.route(GMAIL, readFileSync(join(repoRoot, 'tests/fixtures/mail/gmail-conversation.html'), 'utf8'));
    const bytes = readFileSync(join(benchBuildDir(), 'mail.js')).byteLength;
    const dir = grantedCopy(benchBuildDir(), allMailOrigins());
    const on = await launchBenchBrowser(h.serverPort, dir);
    const off = await launchBenchBrowser(h.serverPort, dir);
    try {
      await setGmail(on, true);
      await setGmail(off, false);
      const withMail = await openGmail(on);
      const without = await openGmail(off);
      const added: number[] = [];
      const withMs: number[] = [];
      const withoutMs: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const hash = VIEWS[i % VIEWS.length] ?? '#inbox';
        const a = i % 2 === 0 ? await viewChange(withMail, hash) : undefined;
        const b = await viewChange(without, hash);
        const c = a ?? (await viewChange(withMail, hash));
        withMs.push(c);
        withoutMs.push(b);
        added.push(c - b);
      }
      return {
        mailScriptBytes: bytes,
        viewChangeAddedMs: median(added),
        viewChangeWithMs: median(withMs),
        viewChangeWithoutMs: median(withoutMs),
      };
    } finally {
      await on.close();
      await off.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
