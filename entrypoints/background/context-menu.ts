import { browser } from 'wxt/browser';
import { LOG_COMMAND, LOG_MENU_ID, logMenuTitle, quickLogPath } from '../../lib/calls/quick-log';
import { companyForUrl } from '../../lib/companies';

async function companyIdForUrl(url: string | undefined): Promise<string | undefined> {
  if (!url || !/^https?:/.test(url)) return undefined;
  return (await companyForUrl(url).catch(() => undefined))?.id;
}

/** Opens the logger in a small window of its own (a tab where windows cannot be made). */
async function openLogger(companyId: string | undefined): Promise<void> {
  const url = browser.runtime.getURL(quickLogPath(companyId));
  try {
    await browser.windows.create({ url, type: 'popup', width: 440, height: 720 });
  } catch {
    await browser.tabs.create({ url });
  }
}

/**
 * "Log a contact attempt with <company>" on every page, and the keyboard shortcut (commands) that
 * opens quick logging: the toolbar popup where the browser allows it, else the logger window.
 */
export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: LOG_MENU_ID, title: logMenuTitle(), contexts: ['page', 'selection', 'link'] },
      () => {
        // Re-creating on update reports "duplicate id": harmless, but it must be read.
        void browser.runtime.lastError;
      },
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOG_MENU_ID) return;
    void companyIdForUrl(info.pageUrl ?? tab?.url).then(openLogger);
  });

  // The extension holds no host permissions, so it cannot read a tab's address to name the
  // company in the menu ahead of time; the click resolves it from info.pageUrl, which the menu
  // gives with the click.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== LOG_COMMAND) return;
    void quickLog(tab?.url);
  });
}

async function quickLog(tabUrl: string | undefined): Promise<void> {
  const companyId = await companyIdForUrl(tabUrl);
  // `action` in MV3; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (action?.openPopup) {
    try {
      // Open the popup straight on the logger, then restore the normal popup for later clicks.
      await action.setPopup({ popup: quickLogPath(companyId).slice(1) });
      await action.openPopup();
      return;
    } catch {
      // No focused window or unsupported: fall through to a window.
    } finally {
      await Promise.resolve(action.setPopup({ popup: 'popup.html' })).catch(() => undefined);
    }
  }
  await openLogger(companyId);
}
