import { listen } from './listen';

/** How long after a click or history step to compare the address (routers update it after async work). */
const URL_CHECK_MS = 600;

/**
 * Calls `listener` when a single-page site changes its URL without a page load. Such changes
 * follow a click (or Enter on a link, which clicks it) or a Back/Forward step, so the address is
 * compared a moment after either. Not the Navigation API: its first use costs a content script's
 * world more than everything else here.
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
