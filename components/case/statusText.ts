import { formatDate, formatRelative } from '../../lib/format/time';
import type { DerivedStatus } from '../../lib/followup/status';
import { t } from '../../lib/i18n';

/** A derived status as a person reads it: "Waiting on the company since 3 days ago". */
export function statusText(status: DerivedStatus, now: number): string {
  const since = status.since === undefined ? '' : formatRelative(status.since, now);
  const due = status.dueAt === undefined ? '' : formatDate(status.dueAt);
  switch (status.state) {
    case 'needs_title':
      return t('popup.status.needsTitle');
    case 'empty':
      return t('popup.status.empty');
    case 'waiting':
      return since ? t('popup.status.waitingSince', { since }) : t('popup.status.waiting');
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
