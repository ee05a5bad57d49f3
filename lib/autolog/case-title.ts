import { t } from '../i18n';
import type { Channel } from '../model';
import { LIMITS } from '../model';

/**
 * Title of a case opened automatically ("Acme — web form, 22 Nov"). The case is marked
 * `needsTitle`, so the popup asks the person to name it; this only has to be recognisable.
 */
export function makeCaseTitle(
  companyName: string,
  channel: Channel,
  at: number,
  locale = 'en',
  timeZone?: string,
): string {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(at);
  const title = t('logging.caseTitle', {
    company: companyName.trim() || '?',
    channel: t(`logging.channel.${channel}`),
    date,
  });
  return title.length <= LIMITS.shortText ? title : `${title.slice(0, LIMITS.shortText - 1)}…`;
}
