import { useState } from 'react';
import { formatDate, formatRelative } from '../../lib/format/time';
import type { TrackedPromise } from '../../lib/followup/clocks';
import { t } from '../../lib/i18n';

/** An open promise whose date has passed: asked about instead of "Did they fix it?". */
export function PromiseCheck(props: { promise: TrackedPromise; now: number; onKept: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const { promise, now } = props;
  const kept = () => {
    setBusy(true);
    void props.onKept().finally(() => setBusy(false));
  };
  return (
    <section className="card followup-fixcheck" aria-labelledby="promisecheck-heading">
      <h4 id="promisecheck-heading">{t('followup.promiseCheck.heading')}</h4>
      <p>
        {t('followup.promiseCheck.body', {
          text: promise.text,
          when: formatRelative(promise.dueAt, now),
          date: formatDate(promise.dueAt),
        })}
      </p>
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={kept}>
          {t('followup.promiseCheck.kept')}
        </button>
      </p>
      <p className="muted">{t('followup.promiseCheck.otherwise')}</p>
    </section>
  );
}
