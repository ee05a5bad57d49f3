import type { CDPSession, Page } from 'playwright-core';
import { median } from './support/stats';
import type { BenchHarness, BenchModule } from './support/types';

/**
 * The background's message path in real Chromium: a refusal's round trip from an extension page,
 * and a content script's cs/attempt-detected (sender check, zod, settings, dedupe and rate-limit
 * window query, case lookup, one write transaction) on an empty database and with 100,000
 * attempts stored — the window queries use indexes, so the second should cost about the same.
 */

const CONTACT_FIXTURE = 'contact-samsung-phone-chat.html';
const SENDS = 10; // the per-site rate limit: at most 10 automatic entries per 10 minutes

/** Runs `expression` in the contact script's isolated world (where chrome.runtime is ours). */
async function contentScriptWorld(page: Page, cdp: CDPSession): Promise<number> {
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    const aux = event.context.auxData as { type?: string } | undefined;
    worlds.push({ id: event.context.id, name: event.context.name, type: aux?.type });
  });
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(300);
  const world = worlds.find((w) => w.type === 'isolated' && w.name === 'Paper Trail');
  if (!world) throw new Error('no content-script world on the contact page');
  return world.id;
}

async function timeAutoLogs(h: BenchHarness): Promise<number | null> {
  const page = await h.openFixture(CONTACT_FIXTURE);
  const cdp = await h.context.newCDPSession(page);
  try {
    const contextId = await contentScriptWorld(page, cdp);
    const expression = `(async () => {
      const times = [];
      for (let i = 0; i < ${SENDS}; i += 1) {
        const message = { type: 'cs/attempt-detected', id: crypto.randomUUID(), channel: 'web_form', at: Date.now(),
          pageUrl: location.origin + '/bench/form-' + i + '-' + Math.random().toString(36).slice(2), company: { host: location.hostname } };
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage(message);
        if (!reply || reply.ok !== true) throw new Error('not logged: ' + JSON.stringify(reply));
        times.push(performance.now() - start);
      }
      return times;
    })()`;
    const result = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    const times = result.result.value as unknown;
    return Array.isArray(times) ? median(times.filter((t): t is number => typeof t === 'number')) : null;
  } finally {
    await cdp.detach();
    await page.close();
  }
}

const bench: BenchModule = {
  name: 'router',
  async run(h) {
    await h.clear();
    const refusedMs = await h.benchPage.evaluate<unknown>(`(async () => {
      const times = [];
      for (let i = 0; i < 100; i += 1) {
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'cs/attempt-undo', id: crypto.randomUUID() });
        times.push(performance.now() - start);
      }
      return times;
    })()`);
    const refused = Array.isArray(refusedMs)
      ? median(refusedMs.filter((t): t is number => typeof t === 'number'))
      : null;

    const autoLogEmptyMs = await timeAutoLogs(h);
    await h.clear();
    await h.seed({ cases: 2_000, attempts: 100_000 });
    const autoLogAt100kMs = await timeAutoLogs(h);
    await h.clear();
    return { refusedRoundTripMs: refused, autoLogEmptyMs, autoLogAt100kMs };
  },
};

export default bench;
