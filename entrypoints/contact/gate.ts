import { listen } from './listen';

/**
 * When to take the cheap first look, and when to look again, on a page that showed no contact
 * signal yet. Plain DOM APIs only, and as few of them as possible: this runs on every page.
 *
 * - once when started (the page is idle);
 * - a few times more over the next seconds: single-page apps render after the load, and chat
 *   vendors add their launchers seconds later;
 * - after a client-side navigation, the same again for the new view (see onClientNavigation).
 *
 * Timed looks rather than a MutationObserver: observing means holding an element, and the first
 * element this script's world touches costs the page about half a millisecond — more than a few
 * extra looks — while a page that keeps adding nodes would make an observer work for each batch.
 */

/** After the first look; chat snippets usually arrive within seconds of the load. */
export const LOOK_AGAIN_MS: readonly number[] = [1500, 4000, 10_000];
/** After a client-side navigation: the new view renders after the URL changes. */
export const AFTER_NAVIGATION_MS: readonly number[] = [800, 2500, 6000];

/** Looks now and later; `onSignal` is called at most once. Returns a function that stops it. */
export function watchForSignal(look: () => boolean, onSignal: () => void): () => void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  let stopNavigation = () => {};
  const stop = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
    stopNavigation();
  };
  const check = () => {
    if (!look()) return;
    stop();
    onSignal();
  };
  const lookLater = (delays: readonly number[]) => {
    for (const timer of timers) clearTimeout(timer);
    timers = delays.map((ms) => setTimeout(check, ms));
  };

  if (look()) {
    onSignal();
    return stop;
  }
  lookLater(LOOK_AGAIN_MS);
  stopNavigation = onClientNavigation(() => lookLater(AFTER_NAVIGATION_MS));
  return stop;
}

/** How long after a click or history step to compare the address (routers update it after async work). */
const URL_CHECK_MS = 600;

/**
 * Calls `listener` when a single-page site changes its URL without a page load. Such changes
 * follow a click (or Enter on a link, which clicks it) or a Back/Forward step, so the address is
 * compared a moment after either. Not the Navigation API: the first use of it costs this world
 * more than everything else in the gate. A URL changed by a script on its own is noticed at the
 * next timed look.
 */
export function onClientNavigation(listener: () => void): () => void {
  let last = location.href;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const compare = () => {
    pending = undefined;
    if (location.href === last) return;
    last = location.href;
    listener();
  };
  const soon = () => {
    pending ??= setTimeout(compare, URL_CHECK_MS);
  };
  const stopListening = listen([document, 'click', soon], [window, 'popstate', soon]);
  return () => {
    clearTimeout(pending);
    stopListening();
  };
}
