import { formatDate, formatRelative } from '../../lib/format/time';
import type { DerivedStatus } from '../../lib/followup/status';
import { t } from '../../lib/i18n';

/**
 * A derived status as a person reads it: "Waiting on the company since 27 Nov 2026" (a date: "since
 * 9 days ago" is not a sentence in any of the languages), "The company replied 2 days ago".
 */
export function statusText(status: DerivedStatus, now: number): string {
  const since = status.since === undefined ? '' : formatRelative(status.since, now);
  const due = status.dueAt === undefined ? '' : formatDate(status.dueAt);
  switch (status.state) {
    case 'needs_title':
      return t('popup.status.needsTitle');
    case 'empty':
      return t('popup.status.empty');
    case 'waiting':
      return status.since === undefined
        ? t('popup.status.waiting')
        : t('popup.status.waitingSince', { since: formatDate(status.since) });
    case 'promised':
      return t('popup.status.promisedBy', { due });
    case 'overdue':
      return t('popup.status.overdue', { due });
    case 'escalated':
      return since ? t('popup.status.escalatedSince', { since }) : t('popup.status.escalated');
    case 'replied':
      return since ? t('popup.status.repliedSince', { since }) : t('popup.status.replied');
    case 'resolved':
      return t('popup.status.resolved');
    case 'closed':
      return t('popup.status.closed');
  }
}
