import { useEffect, useRef, useState } from 'react';
import { saveAttempt } from '../../lib/calls/calls';
import {
  deleteAttemptWithAttachments,
  deleteResponseWithAttachments,
  restoreAttemptWithAttachments,
  restoreResponseWithAttachments,
} from '../../lib/attachments/cascade';
import { formatDateTime } from '../../lib/format/time';
import { plural, t } from '../../lib/i18n';
import type { Attachment, Attempt, Response } from '../../lib/model';
import type { TimelineEntry } from '../../lib/timeline/merge';
import { Attachments } from '../attachments/Attachments';
import { notifyCallChanged } from '../calls/notify';
import { href } from '../popup/router';
import type { ToastState } from '../ui/Toast';
import { AttemptEditor } from './AttemptEditor';
import { AttemptItem } from './AttemptItem';
import { EscalationItem, ResponseItem } from './OtherItems';

function entryKey(e: TimelineEntry): string {
  return e.kind === 'gap' ? `gap-${e.at}` : `${e.kind}-${e.record.id}`;
}

/** An attempt's or a response's attachments, named by what it is and when it was. */
function EntryAttachments(props: {
  kind: 'attempt' | 'response';
  record: Attempt | Response;
  byOwner: ReadonlyMap<string, readonly Attachment[]> | undefined;
}) {
  const { kind, record } = props;
  const what = kind === 'attempt' ? 'attachments.theAttempt' : 'attachments.theResponse';
  return (
    <Attachments
      caseId={record.caseId}
      ownerType={kind}
      ownerId={record.id}
      what={t(what, { when: formatDateTime(record.at) })}
      list={props.byOwner?.get(record.id) ?? []}
    />
  );
}

/** The newest entries shown at once; older ones are one click away (a long case stays short). */
export const SHOWN_ENTRIES = 8;

/**
 * The case's history, newest first, with the silences between; older entries folded (unless the
 * entry a link points to is among them); attempts can be edited and deleted (with undo).
 */
export function Timeline(props: {
  entries: TimelineEntry[];
  now: number;
  highlightId?: string;
  onToast: (toast: ToastState) => void;
  onMoved: (caseId: string) => void;
  /** The case's attachments by the id of what they are attached to. */
  attachments?: ReadonlyMap<string, readonly Attachment[]>;
}) {
  const [editing, setEditing] = useState<string | undefined>();
  const newestFirst = [...props.entries].reverse();
  const pointedAt = newestFirst.findIndex((e) => e.kind === 'attempt' && e.record.id === props.highlightId);
  const [showAll, setShowAll] = useState(pointedAt >= SHOWN_ENTRIES);
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN_ENTRIES);
  const folded = newestFirst.length - shown.length;
  const highlighted = useRef<HTMLLIElement>(null);
  useEffect(() => {
    highlighted.current?.scrollIntoView?.({ block: 'center' });
    // Keyboard and screen-reader users land on the attempt the link pointed to.
    highlighted.current?.focus();
  }, [props.highlightId]);

  const removeAttempt = async (a: Attempt) => {
    // Its attachments go with it, in the same transaction, and come back with Undo.
    const taken = await deleteAttemptWithAttachments(a.id);
    // A deleted running call must leave the toolbar badge at once (and come back with Undo).
    if (a.inProgress) await notifyCallChanged();
    props.onToast({
      message: t('popup.timeline.deleted'),
      undo: async () => {
        await restoreAttemptWithAttachments(a, taken);
        if (a.inProgress) await notifyCallChanged();
      },
    });
  };
  const removeResponse = async (r: Response) => {
    const taken = await deleteResponseWithAttachments(r.id);
    props.onToast({ message: t('popup.timeline.deleted'), undo: () => restoreResponseWithAttachments(r, taken) });
  };
  const markReplied = async (a: Attempt) => {
    const now = Date.now();
    await saveAttempt({
      ...a,
      awaitingReply: false,
      repliedAt: Math.max(now, a.at),
      updatedAt: Math.max(now, a.updatedAt),
    });
  };

  if (props.entries.length === 0) return <p className="muted">{t('popup.timeline.empty')}</p>;
  return (
    <>
      <ol className="timeline" data-testid="timeline">
        {shown.map((entry) => {
          if (entry.kind === 'gap') {
            return (
              <li key={entryKey(entry)} className={`gap${entry.ongoing ? ' ongoing' : ''}`}>
                {entry.ongoing
                  ? plural(entry.days, 'popup.timeline.gapOngoing')
                  : plural(entry.days, 'popup.timeline.gap')}
              </li>
            );
          }
          if (entry.kind === 'escalation') {
            return (
              <li key={entryKey(entry)} className="entry card">
                <EscalationItem escalation={entry.record} />
              </li>
            );
          }
          if (entry.kind === 'response') {
            const r = entry.record;
            return (
              <li key={entryKey(entry)} className="entry card">
                <ResponseItem response={r} />
                <p className="actions">
                  <button type="button" className="danger" onClick={() => void removeResponse(r)}>
                    {t('action.delete')}
                  </button>
                </p>
                <EntryAttachments kind="response" record={r} byOwner={props.attachments} />
              </li>
            );
          }
          const a = entry.record;
          const isHighlighted = a.id === props.highlightId;
          return (
            <li
              key={entryKey(entry)}
              ref={isHighlighted ? highlighted : undefined}
              className={`entry card${isHighlighted ? ' highlight' : ''}`}
              tabIndex={isHighlighted ? -1 : undefined}
              data-testid="timeline-attempt"
            >
              {editing === a.id ? (
                <AttemptEditor
                  attempt={a}
                  onDone={(moved) => {
                    setEditing(undefined);
                    if (moved) props.onMoved(moved.caseId);
                  }}
                />
              ) : (
                <>
                  <AttemptItem attempt={a} now={props.now} />
                  <p className="actions">
                    {a.inProgress ? (
                      <a className="button" href={href({ name: 'call', caseId: a.caseId })}>
                        {t('popup.call.backToCall')}
                      </a>
                    ) : null}
                    {a.channel === 'email' && a.awaitingReply && a.repliedAt === undefined ? (
                      <button type="button" onClick={() => void markReplied(a)}>
                        {t('popup.timeline.markReplied')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      onClick={() => setEditing(a.id)}
                      aria-label={
                        isHighlighted ? undefined : t('popup.timeline.editLabel', { when: formatDateTime(a.at) })
                      }
                    >
                      {isHighlighted ? t('popup.timeline.editOrMove') : t('action.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void removeAttempt(a)}
                      aria-label={t('popup.timeline.deleteLabel', { when: formatDateTime(a.at) })}
                    >
                      {t('action.delete')}
                    </button>
                  </p>
                  <EntryAttachments kind="attempt" record={a} byOwner={props.attachments} />
                </>
              )}
            </li>
          );
        })}
      </ol>
      {folded > 0 ? (
        <button type="button" className="link-button" aria-expanded={false} onClick={() => setShowAll(true)}>
          {plural(folded, 'popup.timeline.showOlder')}
        </button>
      ) : null}
    </>
  );
}
