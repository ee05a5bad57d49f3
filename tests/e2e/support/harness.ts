/**
 * Real-Chromium harness: loads the built extension (env PT_EXT_DIR, default .output/chrome-mv3)
 * into a fresh profile and maps every host name to one local HTTPS server that serves the pages
 * of tests/fixtures/pages/manifest.json at their real URLs, plus pages added with route().
 * Anything else that is requested — by a page, a content script, an extension page or the
 * service worker — lands in externalRequests.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type JSHandle, type Page, type Request, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { startFixtureServer } from './fixture-server';
import { loadFixtureManifest, repoRoot } from './fixtures';

export interface LaunchOptions {
  /** Unpacked extension directory; defaults to env PT_EXT_DIR, then .output/chrome-mv3. */
  extensionDir?: string;
  /** Show the browser window (needs a display). Default: headless. */
  headed?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /**
   * Leave open the welcome tab the extension opens on install (as `welcomePage`). By default the
   * harness waits for it and closes it, so a test sees no tab it did not open.
   */
  keepWelcome?: boolean;
  /** The browser's language (its UI, so the extension's strings): default en-US, whatever the machine's. */
  locale?: string;
}

export interface ConsoleEntry {
  /** 'service-worker' or the URL of the page that logged it. */
  source: string;
  text: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Open a page of tests/fixtures/pages (by file name) at its real URL. */
  openFixture(file: string): Promise<Page>;
  /** Serve an extra page at a real URL (host + path; query ignored). */
  route(url: string, body: string | Buffer, contentType?: string): void;
  /** Open an extension page, e.g. 'popup.html#/case/ID'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Every request that would have left the machine from a page, worker or extension context. */
  externalRequests: string[];
  /** Chromium's own housekeeping requests (update checks…), caught locally; informative only. */
  browserRequests: string[];
  /** Console errors and uncaught exceptions from the service worker and from extension pages. */
  extensionErrors: ConsoleEntry[];
  /** The welcome tab opened on install, when launched with `keepWelcome`; otherwise it was closed. */
  welcomePage: Page | undefined;
  /** Port of the local HTTPS server every host name is mapped to. */
  serverPort: number;
  /**
   * Stops the extension's service worker now, as Chrome does after 30 s idle, and resolves once
   * it has stopped; the next event wakes it. `serviceWorker` above is the first worker's handle
   * and is of no use after a stop: reach the extension through an extension page instead.
   */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The extension API object (`chrome`) of the service worker or an extension page, as a handle.
 * Pass it as the argument of evaluate() to call extension APIs with types, no strings:
 *   const api = await extensionApi(h.serviceWorker);
 *   await h.serviceWorker.evaluate((chrome) => chrome.storage.local.get(), api);
 */
export function extensionApi(target: Worker | Page): Promise<JSHandle<typeof Browser>> {
  return 'mainFrame' in target
    ? target.evaluateHandle<typeof Browser>('chrome')
    : target.evaluateHandle<typeof Browser>('chrome');
}

export const CHROMIUM_PATH = process.env.PT_CHROMIUM ?? '/usr/bin/chromium';

export function defaultExtensionDir(): string {
  return resolve(process.env.PT_EXT_DIR ?? join(repoRoot, '.output/chrome-mv3'));
}

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://');
}

/** Whether a request came from the extension (service worker, extension page or frame) or a web page. */
function originOf(request: Request): 'extension' | 'web' {
  if (request.serviceWorker()) return 'extension';
  try {
    return isExtensionUrl(request.frame().url()) || isExtensionUrl(request.frame().page().url()) ? 'extension' : 'web';
  } catch {
    // Requests without a frame (workers) are attributed conservatively to the extension.
    return 'extension';
  }
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionHarness> {
  const extensionDir = resolve(opts.extensionDir ?? defaultExtensionDir());
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}: build first (PT_OUT_DIR=… npx wxt build) and set PT_EXT_DIR.`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set PT_CHROMIUM).`);
  }
  const externalRequests: string[] = [];
  const recordExternal = (url: string): void => {
    if (!externalRequests.includes(url)) externalRequests.push(url);
  };
  const server = await startFixtureServer(recordExternal);
  const userDataDir = mkdtempSync(join(tmpdir(), 'pt-profile-'));
  const fixtures = new Map(loadFixtureManifest().map((e) => [e.file, e.url]));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: !opts.headed,
      ignoreHTTPSErrors: true,
      locale: opts.locale ?? 'en-US',
      // Chromium on Linux takes its UI language (and so the extension's) from these, not --lang.
      env: { ...process.env, LANGUAGE: (opts.locale ?? 'en-US').replace('-', '_'), LC_ALL: '' },
      args: [
        `--lang=${opts.locale ?? 'en-US'}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-features=OptimizationHints,MediaRouter,Translate',
        // Every host name resolves to the local server, so nothing can actually leave the machine;
        // the server and the request listener below record what tried to.
        `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
        ...(opts.args ?? []),
      ],
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  context.on('request', (request) => {
    const url = request.url();
    if (LOCAL_SCHEMES.some((s) => url.startsWith(s))) return;
    // A served fixture page is "local" when a web page loads it; the extension fetching anything
    // over the network is never allowed.
    if (!server.serves(url) || originOf(request) === 'extension') recordExternal(url);
  });

  const extensionErrors: ConsoleEntry[] = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const worker = message.worker();
    const page = message.page();
    if (worker && isExtensionUrl(worker.url()))
      extensionErrors.push({ source: 'service-worker', text: message.text() });
    else if (page && isExtensionUrl(page.url())) extensionErrors.push({ source: page.url(), text: message.text() });
  });
  context.on('weberror', (webError) => {
    const page = webError.page();
    if (page && isExtensionUrl(page.url()))
      extensionErrors.push({ source: page.url(), text: webError.error().message });
  });

  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };

  const isOurWorker = (w: Worker): boolean => isExtensionUrl(w.url());
  let serviceWorker: Worker;
  try {
    serviceWorker =
      context.serviceWorkers().find(isOurWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 20_000 }));
    // Playwright reports a worker's console but not its uncaught exceptions: turn those into
    // console errors so extensionErrors sees them (startup crashes are logged by WXT itself).
    await serviceWorker.evaluate(() => {
      self.addEventListener('error', (e) => console.error(`uncaught: ${e.message}`));
      self.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) =>
        console.error(`unhandled rejection: ${String(e.reason)}`),
      );
    });
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker did not start: ${String(error)}`);
  }
  const extensionId = new URL(serviceWorker.url()).host;

  // A fresh profile is an install: the worker opens the welcome tab (runtime.onInstalled). Wait
  // for it — already there, or the next page to open at its address — so it never turns up
  // midway through a test as an extra tab.
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const isWelcome = (page: Page): boolean => page.url().startsWith(welcomeUrl);
  let welcomePage: Page | undefined;
  try {
    welcomePage =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 20_000 }));
    if (!opts.keepWelcome) {
      await welcomePage.close();
      welcomePage = undefined;
    }
  } catch (error) {
    await close();
    throw new Error(`The welcome tab (${welcomeUrl}) did not open on install: ${String(error)}`);
  }

  // The worker is stopped through the DevTools protocol of an extension page of our own.
  let workerControl: { page: Page; stop(): Promise<void> } | undefined;
  const controlWorker = async () => {
    if (workerControl && !workerControl.page.isClosed()) return workerControl;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html#/worker-control`, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const status = new Map<string, string>();
    const changed: (() => void)[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
      for (const notify of changed.splice(0)) notify();
    });
    await cdp.send('ServiceWorker.enable');
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise<void>((resolve) => changed.push(resolve));
    };
    const stop = async () => {
      await until(() => status.size > 0);
      const running = [...status].filter(([, s]) => s === 'running' || s === 'starting').map(([id]) => id);
      for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
      await until(() => running.every((id) => status.get(id) === 'stopped'));
    };
    workerControl = { page, stop };
    return workerControl;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    welcomePage,
    serverPort: server.port,
    externalRequests,
    browserRequests: server.browserRequests,
    extensionErrors,
    async openFixture(file) {
      const url = fixtures.get(file);
      if (!url) throw new Error(`Unknown fixture ${file}: see tests/fixtures/pages/manifest.json`);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    route(url, body, contentType) {
      server.route(url, body, contentType);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return page;
    },
    async stopServiceWorker() {
      await (await controlWorker()).stop();
    },
    close,
  };
}
