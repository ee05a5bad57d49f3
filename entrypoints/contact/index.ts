import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHAT_VENDOR_SELECTOR } from '../../lib/detect/chat';
import { hasContactSignal, isSocialPage } from '../../lib/detect/signal';
import { PAGE_PART_KEY, PAGE_PART_PATH } from './page-part';
import type { StartPage } from './page';
import { isNeverSite, readAutoLogSettings, type AutoLogSettings } from './settings';
import { changed, watchDom, type Changes } from './watch';

/**
 * The always-on contact script: a gate that stays under 10 KB and costs a page almost nothing.
 * When the page is idle it takes a cheap, synchronous look for any contact signal and stops there
 * on most pages — no settings read (an extension API call) unless there is a signal. Only when a
 * signal is present (now, after a client-side navigation, or when a chat launcher loads late) and
 * the settings allow it does it load the page part (classifier, listeners, toast) from the
 * extension — into this isolated world, not the page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage wakes every message listener of the page;
  // its document event, which is what replaces an old copy of this script, still fires.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Out of the page's own load work: the first look waits for an idle moment (bounded).
    ctx.requestIdleCallback(() => gate(ctx), { timeout: 500 });
  },
});

const LATE_SIGNAL_MS = 15_000;
/** What, appearing late, is worth a full look: chat launchers, channel links, forms, headings. */
const LATE_SIGNAL = `${CHAT_VENDOR_SELECTOR},a[href^="tel:" i],a[href^="mailto:" i],form,h1,[role=status]`;

function gate(ctx: ContentScriptContext): void {
  if (window.top !== window || isSocialPage(document, location.hostname)) return;

  let loading = false;
  const loadIfSignal = (): boolean => {
    if (loading || !hasContactSignal(document, location.href)) return loading;
    loading = true;
    void loadIfAllowed(ctx);
    return true;
  };
  if (loadIfSignal()) return;
  // Single-page sites change view without a page load; chat launchers often arrive late.
  // Only the elements that changed are looked at: a page that keeps adding nodes costs little.
  const lateSignal = (changes: Changes) => changed(changes, LATE_SIGNAL) && loadIfSignal();
  let stopWatching = watchDom(ctx, lateSignal, 1000, LATE_SIGNAL_MS);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (loading) return;
    ctx.setTimeout(loadIfSignal, 800);
    // A new view gets its own time-capped watch for late launchers.
    stopWatching();
    stopWatching = watchDom(ctx, lateSignal, 1000, LATE_SIGNAL_MS);
  });
}

/** Settings are read only once there is a signal: most pages never touch extension storage. */
async function loadIfAllowed(ctx: ContentScriptContext): Promise<void> {
  const settings = await readAutoLogSettings();
  if (!settings.autoLog || isNeverSite(location.hostname, settings.neverOnSites)) return;
  // When the page is idle: the page part is never loaded in the middle of the page's own work.
  ctx.requestIdleCallback(() => void loadPagePart(ctx, settings), { timeout: 1000 });
}

async function loadPagePart(ctx: ContentScriptContext, settings: AutoLogSettings): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_PART_PATH));
  // The page part registers itself on this isolated world's global, which the page cannot see.
  const start: unknown = Reflect.get(globalThis, PAGE_PART_KEY);
  if (typeof start === 'function') (start as StartPage)(ctx, settings);
}
