import { useState } from 'react';
import { formatDate } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Response } from '../../lib/model';
import { Time } from '../ui/Time';

function safeHref(url: string | undefined): string | undefined {
  try {
    return url && ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The company's responses, oldest first, each with edit and delete. */
export function ResponseList(props: {
  responses: readonly Response[];
  onEdit: (r: Response) => void;
  onDelete: (r: Response) => void;
}) {
  // Deleting asks inline (no window.confirm: it is unreliable in extension popups).
  const [confirming, setConfirming] = useState<string | undefined>();
  if (props.responses.length === 0) return <p className="muted">{t('followup.responses.empty')}</p>;
  return (
    <ol className="followup-responses">
      {props.responses.map((r) => {
        const href = safeHref(r.url);
        const kindLabel = t(`followup.kind.${r.kind}`);
        return (
          <li key={r.id} className={`response kind-${r.kind}`}>
            <p>
              <strong>{kindLabel}</strong> · <Time at={r.at} />
              {r.by ? <> · {r.by}</> : null}
              {r.source === 'auto' ? <span className="muted"> · {t('followup.responses.auto')}</span> : null}
            </p>
            {r.promise ? (
              <p>
                {t('followup.responses.promise', { text: r.promise.text, date: formatDate(r.promise.dueAt) })}
                {r.promiseKept !== undefined ? (
                  <> — {r.promiseKept ? t('followup.responses.kept') : t('followup.responses.broken')}</>
                ) : null}
              </p>
            ) : null}
            {r.note ? <p className="note">{r.note}</p> : null}
            <p className="actions">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {t('followup.responses.open')}
                </a>
              ) : null}
              <button
                type="button"
                onClick={() => props.onEdit(r)}
                aria-label={`${t('action.edit')}: ${kindLabel}, ${formatDate(r.at)}`}
              >
                {t('action.edit')}
              </button>
              <button
                type="button"
                onClick={() => setConfirming(r.id)}
                aria-label={`${t('action.delete')}: ${kindLabel}, ${formatDate(r.at)}`}
              >
                {t('action.delete')}
              </button>
            </p>
            {confirming === r.id ? (
              <p className="actions" role="group" aria-label={t('followup.responses.deleteConfirm')}>
                <span>{t('followup.responses.deleteConfirm')}</span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    setConfirming(undefined);
                    props.onDelete(r);
                  }}
                >
                  {t('action.delete')}
                </button>
                <button type="button" onClick={() => setConfirming(undefined)}>
                  {t('action.cancel')}
                </button>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
