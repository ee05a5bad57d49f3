import { useLiveQuery } from 'dexie-react-hooks';
import { caseRecordsRead, type CaseRecords } from '../../lib/timeline/read';
import { wholeDays } from '../../lib/format/time';
import { deriveCaseStatus } from '../../lib/followup/status';
import { plural, t } from '../../lib/i18n';
import type { Case } from '../../lib/model';
import { statusText } from '../case/statusText';
import { href } from './router';

/**
 * One case in the home list. Its records are read per row (one index range each), after the
 * list itself has painted, so the home list never waits on the attempts table — unless the list
 * already read them (`records`, kept fresh by the list's own live query).
 */
export function CaseRow(props: {
  item: Case;
  company: string;
  now: number;
  highlight?: boolean;
  records?: CaseRecords;
}) {
  const { item, now } = props;
  const given = props.records !== undefined;
  const read = useLiveQuery(() => (given ? null : caseRecordsRead(item.id)), [item.id, given]);
  const records = props.records ?? read ?? undefined;
  const derived = records ? deriveCaseStatus({ case: item, ...records }, now) : undefined;
  const title = item.title.trim() || t('popup.case.untitled', { company: props.company });
  // A case's age counts from its first contact, not from when it was entered: a backfilled case
  // of calls made weeks ago is weeks old.
  const firstContactAt = records?.attempts.reduce<number | undefined>(
    (first, a) => (first === undefined || a.at < first ? a.at : first),
    undefined,
  );
  return (
    <li className={`case-row card${props.highlight ? ' highlight' : ''}`}>
      <a href={href({ name: 'case', caseId: item.id })} className="case-link">
        <span className="case-company">{props.company}</span>
        <span className="case-title">{title}</span>
      </a>
      <span className="case-meta muted">
        {records ? plural(records.attempts.length, 'popup.home.attempts') : '…'}
        {firstContactAt !== undefined ? ` · ${plural(wholeDays(firstContactAt, now), 'popup.home.daysOpen')}` : null}
      </span>
      {derived ? <span className={`case-status status-${derived.state}`}>{statusText(derived, now)}</span> : null}
    </li>
  );
}
