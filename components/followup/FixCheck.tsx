import { useState } from 'react';
import { formatDate } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Response } from '../../lib/model';

/** "Did they fix it?" — asked seven days after an answer with no fix recorded. */
export function FixCheck(props: { answer: Response; onAnswer: (fixed: boolean) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const answer = (fixed: boolean) => {
    setBusy(true);
    void props.onAnswer(fixed).finally(() => setBusy(false));
  };
  return (
    <section className="card followup-fixcheck" aria-labelledby="fixcheck-heading">
      <h4 id="fixcheck-heading">{t('followup.fixCheck.heading')}</h4>
      <p>
        {t('followup.fixCheck.body', {
          who: props.answer.by ?? t('followup.fixCheck.company'),
          date: formatDate(props.answer.at),
        })}
      </p>
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => answer(true)}>
          {t('followup.fixCheck.yes')}
        </button>
        <button type="button" disabled={busy} onClick={() => answer(false)}>
          {t('followup.fixCheck.no')}
        </button>
      </p>
    </section>
  );
}
