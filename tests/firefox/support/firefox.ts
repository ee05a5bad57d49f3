import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type EvaluateFunc,
  type JSHandle,
  type Page,
} from 'puppeteer-core';
import { DB_NAME } from '../../../lib/db/database-name';
import { repoRoot } from '../../e2e/support/fixtures';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/fixture-server';

/** Debian's Firefox ESR, driven over WebDriver BiDi (no browser download). */
export const FIREFOX_PATH = process.env.PT_FIREFOX ?? '/usr/bin/firefox-esr';
/** The add-on's id (manifest.config.ts) and the fixed internal UUID its pages get here. */
const ADDON_ID = 'paper-trail@example.org';
const ADDON_UUID = '5d0f7c1e-3b7a-4c2e-9a51-7f3e2b1c9d08';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export function firefoxExtensionDir(): string {
  // Firefox installs from an absolute path only.
  const dir = resolve(process.env.PT_FIREFOX_EXT_DIR ?? join(repoRoot, '.output/firefox-mv2'));
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${dir}: run "npx wxt build -b firefox" first (npm test does).`);
  }
  return dir;
}

export interface FirefoxHarness {
  browser: Browser;
  server: FixtureServer;
  /** The welcome page the add-on opens when installed: an extension page to drive from. */
  extensionPage: Page;
  /** A fixture page's address as Firefox reaches it (its real host name, the server's port). */
  urlOf(pageUrl: string): string;
  close(): Promise<void>;
}

/**
 * Firefox with the add-on installed as a temporary add-on, the way `web-ext run` does. Host names
 * of the fixture pages resolve to this machine (network.dns.localDomains); the fixture server
 * answers every name on one port, with a throwaway certificate Firefox is told to accept.
 */
export async function launchFirefox(hosts: readonly string[], downloadDir?: string): Promise<FirefoxHarness> {
  const extensionDir = firefoxExtensionDir();
  const server = await startFixtureServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    dumpio: Boolean(process.env.PT_FIREFOX_DEBUG),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.dns.localDomains': hosts.join(','),
      // No first-run pages, update checks or telemetry pings of Firefox's own.
      'browser.shell.checkDefaultBrowser': false,
      // English whatever the machine's language, so the extension's strings are the ones tested.
      'intl.locale.requested': 'en-US',
      'app.update.enabled': false,
      // Downloads go straight to a folder the test reads, without asking.
      ...(downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
          }
        : {}),
      ...(process.env.PT_FIREFOX_DEBUG
        ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true }
        : {}),
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== ADDON_ID) throw new Error(`installed as ${installed}, expected ${ADDON_ID}`);
    const extensionPage = await welcomePage(browser);
    return {
      browser,
      server,
      extensionPage,
      urlOf: (pageUrl) => {
        const u = new URL(pageUrl);
        u.port = String(server.port);
        return u.href;
      },
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/** How long a wait for a page's state lasts before the test fails, and how often the page is asked. */
const WAIT_MS = 20_000;
const LOOK_EVERY_MS = 50;

/**
 * Waits until `fn`, run in the page, returns something truthy, and returns it. Asked from here, a
 * call at a time: puppeteer's own in-page waiting (waitForFunction, waitForSelector) builds its
 * predicate with `Function()`, which an extension page's CSP refuses in Firefox ESR 140. A call
 * that fails while the page navigates counts as "not yet".
 */
export async function until<Params extends unknown[], Func extends EvaluateFunc<Params> = EvaluateFunc<Params>>(
  page: Page,
  what: string,
  fn: Func,
  ...args: Params
): Promise<JSHandle> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const handle: JSHandle | undefined = await page.evaluateHandle(fn, ...args).catch(() => undefined);
    if (handle && (await handle.evaluate((value) => Boolean(value)).catch(() => false))) return handle;
    await handle?.dispose().catch(() => undefined);
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
}

/** Waits until an element matching `selector` is in the page. */
export async function waitForElement(page: Page, selector: string): Promise<void> {
  await until(page, selector, (s) => document.querySelector(s), selector);
}

/** The tab the add-on opened on install. Puppeteer does not follow moz-extension URLs: ask the page. */
async function welcomePage(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/welcome.html`)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the add-on never opened its welcome page after installing');
}

/**
 * Opens one of the add-on's pages in a new tab, the way the add-on itself opens tabs (BiDi may not
 * navigate a tab to a moz-extension address), and returns that tab once its page has loaded.
 */
export async function openExtensionTab(harness: FirefoxHarness, path: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}${path}`;
  await harness.extensionPage.evaluate(async (address) => {
    await (
      globalThis as unknown as { browser: { tabs: { create(props: { url: string }): Promise<unknown> } } }
    ).browser.tabs.create({ url: address });
  }, url);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await harness.browser.pages()) {
      if (page === harness.extensionPage) continue;
      const ready = await page
        .evaluate((address) => location.href === address && document.readyState === 'complete', url)
        .catch(() => false);
      if (ready) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the tab for ${path} never loaded`);
}

/** Whether Firefox's sidebar shows one of the add-on's pages, asked from an extension page. */
export function sidebarIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { sidebarAction: { isOpen(details: object): Promise<boolean> } } })
      .browser;
    return api.sidebarAction.isOpen({});
  });
}

/** Opens one of the add-on's pages in the extension tab (a page of the add-on may navigate to another). */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.evaluate((url) => location.assign(url), `${EXTENSION_ORIGIN}${path}`);
  await until(
    page,
    `${path} loaded`,
    (url) => location.href === url && document.readyState === 'complete',
    `${EXTENSION_ORIGIN}${path}`,
  );
}

/** Every record of one table, read from the add-on's IndexedDB by an extension page. */
export function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (dbName, name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(`opening the database: ${open.error?.message ?? 'failed'}`));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(new Error(`reading ${name}: ${all.error?.message ?? 'failed'}`));
        };
      }),
    DB_NAME,
    table,
  );
}

/**
 * The element a person would find by its name: a button or link by its text or aria-label, a
 * field by its label. Looked up in the page, not through puppeteer's ARIA queries or locators,
 * which do not settle on extension pages in Firefox. Waits until it is there.
 */
async function named(
  page: Page,
  kind: 'button' | 'link' | 'field',
  name: string,
  within?: string,
): Promise<ElementHandle<Element>> {
  const handle = await until(
    page,
    `the ${kind} named "${name}"`,
    (kind, name, within) => {
      const scope = within ? document.querySelector(within) : document;
      if (!scope) return undefined;
      const text = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (kind === 'field') {
        const label = [...scope.querySelectorAll('label')].find((l) => text(l) === name);
        return label?.control ?? scope.querySelector(`[aria-label="${CSS.escape(name)}"]`) ?? undefined;
      }
      const selector = kind === 'button' ? 'button, [role=button], input[type=submit]' : 'a[href], [role=link]';
      return (
        [...scope.querySelectorAll(selector)].find(
          (el) => text(el) === name || (el as HTMLInputElement).value === name,
        ) ?? undefined
      );
    },
    kind,
    name,
    within,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${kind} named "${name}"`);
  return element as ElementHandle<Element>;
}

/**
 * Finds an element by its name and acts on it. Found again when the page replaced it in between
 * (React re-rendering a view as it settles, such as a call's view once the call runs): the act is
 * on the element the person sees then. Any other failure is the test's.
 */
async function onNamed(
  page: Page,
  kind: 'button' | 'link' | 'field',
  name: string,
  within: string | undefined,
  act: (element: ElementHandle<Element>) => Promise<void>,
): Promise<void> {
  for (let tries = 1; ; tries += 1) {
    const element = await named(page, kind, name, within);
    try {
      await act(element);
      return;
    } catch (error) {
      if (tries >= 5 || !(error instanceof Error) || !/detached/i.test(error.message)) throw error;
    }
  }
}

/** Clicks the button (or link) a person would, found by its name (within a part of the page). */
export async function press(
  page: Page,
  name: string,
  options: { role?: 'button' | 'link'; within?: string } = {},
): Promise<void> {
  await onNamed(page, options.role ?? 'button', name, options.within, (element) => element.click());
}

/** Types into the field with this label, replacing what it held. */
export async function fill(page: Page, label: string, text: string): Promise<void> {
  await onNamed(page, 'field', label, undefined, async (field) => {
    await field.evaluate((el) => (el as HTMLInputElement).select());
    await field.type(text);
  });
}

/** The field with this label, once it holds something. */
export async function valueOf(page: Page, label: string): Promise<string> {
  const field = await named(page, 'field', label);
  await until(page, `a value in ${label}`, (el) => (el as HTMLInputElement).value !== '', field);
  return field.evaluate((el) => (el as HTMLInputElement).value);
}

/** The field with this label (e.g. a file input to upload to). */
export function fieldOf(page: Page, label: string): Promise<ElementHandle<Element>> {
  return named(page, 'field', label);
}

/** Waits until the page's text matches. */
export async function waitForText(page: Page, pattern: RegExp): Promise<void> {
  await until(
    page,
    `text ${String(pattern)}`,
    (source, flags) => new RegExp(source, flags).test(document.body.innerText),
    pattern.source,
    pattern.flags,
  );
}

/** Writes records straight into one table of the add-on's database (a test's starting state). */
export function putRecords(page: Page, table: string, records: readonly unknown[]): Promise<void> {
  return page.evaluate(
    (dbName, name, rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(`opening the database: ${open.error?.message ?? 'failed'}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(`writing ${name}: ${tx.error?.message ?? 'failed'}`));
        };
      }),
    DB_NAME,
    table,
    records,
  );
}
