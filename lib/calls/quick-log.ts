import { t } from '../i18n';

export const LOG_MENU_ID = 'pt-log-attempt';
export const LOG_COMMAND = 'log-attempt';

/** The popup route that logs an attempt with a company (or asks which one). */
export function quickLogPath(companyId?: string): `/popup.html${string}` {
  return companyId ? `/popup.html#/call?company=${encodeURIComponent(companyId)}` : '/popup.html#/call';
}

/**
 * The menu item's title. Generic: without host permissions the extension cannot read the tab's
 * address before the click; the logger it opens names the page's company.
 */
export function logMenuTitle(): string {
  return t('popup.menu.logGeneric');
}
