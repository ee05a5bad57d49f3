import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page in a tab once, when the extension is installed — not on an update, not
 * when the browser restarts or the worker wakes (onInstalled says why it fired). tabs.create
 * needs no permission.
 */
export function installWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
}
