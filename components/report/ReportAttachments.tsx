import { useLiveQuery } from 'dexie-react-hooks';
import { attachmentsOfCase, groupByOwner } from '../../lib/attachments/store';
import { shortHash } from '../../lib/attachments/hash';
import { formatBytes } from '../../lib/attachments/size';
import { formatDateTime } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attachment } from '../../lib/model';
import { typeLabel, viewerHref } from '../attachments/labels';
import { Thumbnail } from '../attachments/Thumbnail';

const NONE: ReadonlyMap<string, readonly Attachment[]> = new Map();

/** A case's attachments by the id of what they are attached to (empty while reading). */
export function useReportAttachments(caseId: string): ReadonlyMap<string, readonly Attachment[]> {
  return useLiveQuery(async () => groupByOwner(await attachmentsOfCase(caseId)), [caseId]) ?? NONE;
}

/**
 * Attachments as they print: thumbnail, name, type, size, when added and the start of the SHA-256,
 * so a reader can match each to the file handed over with the report.
 */
export function AttachmentsOnPaper(props: { list: readonly Attachment[] | undefined; label: string }) {
  if (!props.list?.length) return null;
  return (
    <ul className="report-attachments" aria-label={props.label}>
      {props.list.map((a) => (
        <li key={a.id} data-testid="report-attachment">
          <Thumbnail attachment={a} />
          <span>
            <a href={viewerHref(a.id)} target="_blank" rel="noopener">
              {a.name}
            </a>
            <br />
            <span className="muted">
              {t('attachments.report.line', {
                type: typeLabel(a.type),
                size: formatBytes(a.size),
                when: formatDateTime(a.createdAt),
                sha: shortHash(a.sha256),
              })}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
