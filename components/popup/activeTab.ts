import { browser } from 'wxt/browser';

/**
 * The URL of the active tab, when the browser grants it (activeTab: the user clicked the toolbar
 * button). Undefined in a tab or side panel showing our own page, or without access.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url && /^https?:/.test(tab.url) ? tab.url : undefined;
  } catch {
    return undefined;
  }
}
