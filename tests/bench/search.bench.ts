import type { Page } from 'playwright-core';
import { z } from 'zod';
import type { BenchModule } from './support/types';

const CASES = 300;
const ATTEMPTS = 10_000;
const WAIT_MS = 10_000;

const Numbers = z.array(z.number());
const Ms = z.number().nullable();

/** Polls a page expression through DevTools (an extension page's CSP refuses waitForFunction). */
async function poll<T>(page: Page, expression: string, parse: (raw: unknown) => T | null): Promise<T | null> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const value = parse(await page.evaluate<unknown>(expression));
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

const percentile = (sorted: number[], p: number): number | null =>
  sorted.length === 0 ? null : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? null);
const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

/**
 * Search across cases in the popup with 10,000 attempts in 300 cases: the time from focusing the
 * search box until the records are read and indexed, then, typing a reference at tool speed, the
 * time from each keystroke's input event until its results were committed (User Timing measures
 * pt:search, taken by the home view).
 */
const search: BenchModule = {
  name: 'search',
  async run(h) {
    const stored = await h.counts();
    if (stored.attempts !== ATTEMPTS || stored.cases !== CASES) {
      await h.clear();
      await h.seed({ cases: CASES, attempts: ATTEMPTS });
    }
    // Seeding numbers references differently on each run: search for one that is stored.
    const query = await h.storedReference();
    if (query === undefined) throw new Error('the seeded attempts hold no reference number');
    const page = await h.context.newPage();
    try {
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`, { waitUntil: 'load' });
      const box = page.getByRole('searchbox', { name: 'Search cases' });
      await box.waitFor();
      const focusedAt = Ms.parse(await page.evaluate<unknown>('performance.now()'));
      await box.focus();
      const readyAt = await poll(page, "performance.getEntriesByName('pt:search-ready')[0]?.startTime ?? null", (raw) =>
        Ms.parse(raw),
      );
      await page.keyboard.type(query);
      // Keystrokes typed faster than results render share one render (the results are deferred),
      // so the run ends when the typed reference is on screen, not after one measure per key.
      // Polled through DevTools every 10 ms rather than with a locator, whose text search runs in
      // the page on every frame and would compete with the render it is timing.
      const shown = await poll(
        page,
        `[...document.querySelectorAll('[data-testid=search-results] mark')].some((m) => m.textContent === ${JSON.stringify(query)}) || null`,
        (raw) => (raw === true ? true : null),
      );
      if (shown === null) throw new Error(`the search for ${query} showed no result within ${WAIT_MS} ms`);
      const all = Numbers.parse(
        await page.evaluate<unknown>("performance.getEntriesByName('pt:search').map((m) => m.duration)"),
      );
      const found = await page.getByTestId('search-results').getByRole('listitem').count();
      const sorted = [...all].sort((a, b) => a - b);
      return {
        indexReadyAfterFocusMs: readyAt !== null && focusedAt !== null ? round(readyAt - focusedAt) : null,
        keystrokeMedianMs: round(percentile(sorted, 0.5)),
        keystrokeP95Ms: round(percentile(sorted, 0.95)),
        keystrokeMaxMs: round(sorted.at(-1) ?? null),
        keystrokes: query.length,
        resultRenders: all.length,
        casesFound: found,
      };
    } finally {
      await page.close();
    }
  },
};

export default search;
