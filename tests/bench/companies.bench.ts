import { z } from 'zod';
import type { BenchModule } from './support/types';

const COMPANIES = 500;
const WAIT_MS = 15_000;

// Puts COMPANIES of the person's own companies straight into IndexedDB (the extension's origin).
const SEED = `
  new Promise((resolve, reject) => {
    const open = indexedDB.open('paper-trail');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('companies', 'readwrite');
      const store = tx.objectStore('companies');
      store.clear();
      for (let i = 0; i < ${COMPANIES}; i++) {
        store.put({
          id: 'user-bench-' + i, name: 'Bench Company ' + i, domains: ['bench-' + i + '.example.com'],
          sector: 'other', country: 'US', handles: { x: { handle: 'Bench' + i } }, retiredHandles: [],
          phones: [], emails: [], contactUrls: [], status: 'active', source: i % 2 ? 'user' : 'auto',
          createdAt: 1, updatedAt: 1,
        });
      }
      tx.oncomplete = () => { db.close(); resolve(null); };
      tx.onerror = () => reject(tx.error);
    };
  })
`;

const CLEAR = `
  new Promise((resolve, reject) => {
    const open = indexedDB.open('paper-trail');
    open.onsuccess = () => {
      const tx = open.result.transaction('companies', 'readwrite');
      tx.objectStore('companies').clear();
      tx.oncomplete = () => { open.result.close(); resolve(null); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  })
`;

// Installed before the page's scripts: notes when the Companies panel first shows every row.
const WATCH_ROWS = `
  window.__ptRowsAt = null;
  new MutationObserver((_, observer) => {
    if (document.querySelectorAll('.company-row').length >= ${COMPANIES}) {
      window.__ptRowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const Ms = z.number().nonnegative().nullable();

/**
 * The options page's Companies tab with 500 of the person's own companies stored (plus the
 * bundled directory): the time from navigation until every row is shown, and until the
 * directory picker is there.
 */
const companies: BenchModule = {
  name: 'companies',
  async run(h) {
    await h.benchPage.evaluate(SEED);
    const page = await h.context.newPage();
    try {
      await page.addInitScript(WATCH_ROWS);
      await page.goto(`chrome-extension://${h.extensionId}/options.html#companies`, { waitUntil: 'load' });
      const rowsShown = await page
        .waitForFunction('window.__ptRowsAt !== null', undefined, { timeout: WAIT_MS })
        .then(() => page.evaluate<unknown>('window.__ptRowsAt'))
        .then((v) => Ms.parse(v))
        .catch(() => null);
      const dcl = Ms.parse(
        await page.evaluate<unknown>("performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null"),
      );
      return { companiesTab500RowsShownMs: rowsShown, optionsDomContentLoadedMs: dcl };
    } finally {
      await page.close();
      await h.benchPage.evaluate(CLEAR);
    }
  },
};

export default companies;
