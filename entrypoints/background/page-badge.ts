import { browser } from 'wxt/browser';
import type { Handler } from '../../lib/handlers/types';
import type { PageClassifiedResult } from '../../lib/handlers/page-classified';
import { t } from '../../lib/i18n';

/**
 * Per-tab toolbar badge for a detected contact or confirmation page. Tab-specific text wins over
 * the global badge (call minutes) on that tab only, and is cleared when the tab navigates.
 */
const MARK = '●';
const COLOR = '#2f6f4f';

/** Marks a contact or confirmation page; any other verdict takes back the mark (a single-page site's new view). */
export async function markPage(
  tabId: number,
  result: Pick<PageClassifiedResult, 'kind' | 'companyName'>,
): Promise<void> {
  if (result.kind !== 'contact' && result.kind !== 'confirmation') {
    await clearPage(tabId);
    return;
  }
  const key = result.kind === 'contact' ? 'logging.badge.contactPage' : 'logging.badge.confirmationPage';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: MARK }),
    browser.action.setBadgeBackgroundColor({ tabId, color: COLOR }),
    browser.action.setTitle({ tabId, title: t(key, { company: result.companyName }) }),
  ]);
}

export async function clearPage(tabId: number): Promise<void> {
  // No text for a tab = fall back to the global badge (the running-call minutes, if any).
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: undefined }),
    browser.action.setTitle({ tabId, title: t('app.name') }),
  ]);
}

/** Wraps a handler that classifies the sending page: after a successful reply, mark its tab. */
export function withPageBadge<T extends 'cs/page-classified' | 'cs/page-read'>(handler: Handler<T>): Handler<T> {
  return async (msg, ctx) => {
    // Both handlers answer with a page's classification (typed: lib/messages/responses.ts).
    const result = await handler(msg, ctx);
    if (ctx.tabId !== undefined) {
      // The badge is a hint: a closed tab must not turn a recorded reference into an error.
      await markPage(ctx.tabId, result).catch(() => undefined);
    }
    return result;
  };
}

export function installPageBadge(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // `url` is only reported where we hold host access; a new document always passes 'loading'.
    // The content script reports again after the page has loaded, so a contact page is re-marked.
    if (changeInfo.url !== undefined || changeInfo.status === 'loading') void clearPage(tabId).catch(() => undefined);
  });
}
