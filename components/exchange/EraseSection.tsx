import { useEffect, useRef, useState } from 'react';
import { eraseAllData } from '../../lib/data/exchange';
import { t } from '../../lib/i18n';
import { exportBackup } from './export-actions';

/** Delete everything, behind a confirmation that offers a backup first. */
export function EraseSection(props: { onErased?: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) heading.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  const erase = async () => {
    await eraseAllData();
    setConfirming(false);
    setStatus(t('exchange.erase.done'));
    props.onErased?.();
  };
  return (
    <section aria-labelledby="erase-heading" className="data-section">
      <h2 id="erase-heading">{t('exchange.erase.heading')}</h2>
      <p className="muted">{t('exchange.erase.intro')}</p>
      {!confirming && (
        <button ref={opener} type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('exchange.erase.start')}
        </button>
      )}
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="erase-confirm-title"
          aria-describedby="erase-confirm-text"
          className="card erase-confirm"
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <h3 id="erase-confirm-title" ref={heading} tabIndex={-1}>
            {t('exchange.erase.confirmTitle')}
          </h3>
          <p id="erase-confirm-text">{t('exchange.erase.confirmText')}</p>
          <div className="data-actions">
            <button type="button" className="primary" onClick={() => void exportBackup()}>
              {t('exchange.erase.exportFirst')}
            </button>
            <button type="button" className="danger" onClick={() => void erase()}>
              {t('exchange.erase.confirm')}
            </button>
            <button type="button" onClick={cancel}>
              {t('action.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
