import { t } from '../i18n';
import type { Company } from '../model';

export const LOG_MENU_ID = 'pt-log-attempt';
export const LOG_COMMAND = 'log-attempt';

/** The popup route that logs an attempt with a company (or asks which one). */
export function quickLogPath(companyId?: string): `/popup.html${string}` {
  return companyId ? `/popup.html#/call?company=${encodeURIComponent(companyId)}` : '/popup.html#/call';
}

/** "Log a contact attempt with Acme", or the generic title on an unknown site. */
export function logMenuTitle(company: Company | undefined): string {
  return company ? t('popup.menu.logWith', { company: company.name }) : t('popup.menu.logGeneric');
}
