import { browser } from 'wxt/browser';

/** Tells the background that records moved reminders (a promise, a fix…); it re-arms its alarm. */
export function remindersChanged(): void {
  browser.runtime.sendMessage({ type: 'ui/reminders-rebuild' }).catch(() => undefined);
}
