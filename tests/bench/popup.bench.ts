import type { Page } from 'playwright-core';
import { z } from 'zod';
import type { BenchModule } from './support/types';

const CASES = 300;
const ATTEMPTS = 10_000;
const WAIT_MS = 10_000;

// The home marks (User Timing) when its case list first shows cases.
const CASE_LIST_SHOWN = `performance.getEntriesByName('pt:case-list-shown')[0]?.startTime ?? null`;

const FIRST_CONTENTFUL_PAINT = `
  new Promise((resolve) => {
    const done = (value) => resolve(value);
    setTimeout(() => done(null), ${WAIT_MS});
    new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) done(fcp.startTime);
    }).observe({ type: 'paint', buffered: true });
  })
`;

const Ms = z.number().nonnegative().nullable();

/**
 * When the home's case list first showed cases (its User Timing mark), read by polling through
 * DevTools: `page.waitForFunction` compiles its predicate inside the page, which an extension
 * page's CSP forbids — that is why this figure once came back empty every time.
 */
async function caseListShown(page: Page): Promise<number | null> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const shown = Ms.parse(await page.evaluate<unknown>(CASE_LIST_SHOWN));
    if (shown !== null) return shown;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/** FCP of a page with no script work of its own: the machine's floor, for a noise-resistant ratio. */
async function baselineFirstPaint(h: Parameters<BenchModule['run']>[0]): Promise<number | null> {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/bench.html`, { waitUntil: 'load' });
    return Ms.parse(await page.evaluate<unknown>(FIRST_CONTENTFUL_PAINT));
  } finally {
    await page.close();
  }
}

/**
 * The popup (opened as a tab at popup.html) with 10,000 attempts in 300 cases stored: first
 * contentful paint, and the time until the home's case list (ul[data-testid=case-list]) shows its
 * first case (the home's User Timing mark pt:case-list-shown). Also the same paint for the bare bench page
 * and the ratio popup/bare, which varies less across machines than milliseconds do.
 */
const popup: BenchModule = {
  name: 'popup',
  async run(h) {
    const stored = await h.counts();
    if (stored.attempts !== ATTEMPTS || stored.cases !== CASES) {
      await h.clear();
      await h.seed({ cases: CASES, attempts: ATTEMPTS });
    }
    const page = await h.context.newPage();
    try {
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`, { waitUntil: 'load' });
      const fcp = Ms.parse(await page.evaluate<unknown>(FIRST_CONTENTFUL_PAINT));
      const listShown = await caseListShown(page);
      const dcl = Ms.parse(
        await page.evaluate<unknown>("performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null"),
      );
      const baseline = await baselineFirstPaint(h);
      return {
        firstContentfulPaintMs: fcp,
        caseListShownMs: listShown,
        domContentLoadedMs: dcl,
        bareExtensionPageFirstPaintMs: baseline,
        firstPaintRatioToBarePage: fcp !== null && baseline ? Math.round((fcp / baseline) * 100) / 100 : null,
        // The first cases against the same floor: below 1 means they are up before a page with no
        // script of its own has even painted.
        caseListRatioToBarePage: listShown !== null && baseline ? Math.round((listShown / baseline) * 100) / 100 : null,
        // The app's own share after the frame has painted: opening the database and reading the
        // first page of open cases (painted before React loads when the read wins the race).
        caseListAfterFirstPaintMs: fcp !== null && listShown !== null ? Math.round((listShown - fcp) * 10) / 10 : null,
      };
    } finally {
      await page.close();
    }
  },
};

export default popup;
