import type { PageLifetime } from '../contact/lifetime';

/** How often the address is compared where the browser has no Navigation API (Firefox). */
const POLL_MS = 1_000;

/** Registers a callback for each change of the page's address. */
export type OnAddressChange = (callback: () => void) => void;

/**
 * Watches the page's address: the networks move between pages without loading a new document.
 * Chromium tells us through the Navigation API once the new entry is current; elsewhere the
 * address is compared every second. Either way the address itself is compared before anything
 * happens, so an event a page script fires on `navigation` does nothing, and nothing here is an
 * event the page could send us by name (unlike WXT's "wxt:locationchange", a window event named
 * after the extension's id).
 */
export function watchAddress(lifetime: PageLifetime): OnAddressChange {
  const callbacks: (() => void)[] = [];
  let last = location.href;
  const compare = () => {
    const now = location.href;
    if (now === last) return;
    last = now;
    for (const callback of callbacks) callback();
  };
  const navigation: unknown = Reflect.get(globalThis, 'navigation');
  if (navigation instanceof EventTarget) {
    navigation.addEventListener('currententrychange', compare, { signal: lifetime.signal });
  } else {
    lifetime.setInterval(compare, POLL_MS);
  }
  return (callback) => {
    callbacks.push(callback);
  };
}
