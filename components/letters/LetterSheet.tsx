import { useState } from 'react';
import { t } from '../../lib/i18n';

/** The letter as it will be printed, with Print and Copy text. */
export function LetterSheet(props: { text: string }) {
  const [copied, setCopied] = useState<'yes' | 'no'>();
  return (
    <section className="letter-sheet-wrap" aria-labelledby="letter-heading">
      <h2 id="letter-heading" className="no-print">
        {t('letters.page.letterHeading')}
      </h2>
      <p className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('letters.page.print')}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard.writeText(props.text).then(
              () => setCopied('yes'),
              () => setCopied('no'),
            );
          }}
        >
          {t('letters.page.copy')}
        </button>{' '}
        <span role="status" className="muted">
          {copied === 'yes' ? t('letters.page.copied') : copied === 'no' ? t('letters.page.copyFailed') : ''}
        </span>
      </p>
      <div className="letter-sheet" data-testid="letter-text">
        {props.text}
      </div>
    </section>
  );
}
