import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { casesByRecentActivity } from '../../lib/data/case-queries';
import { t, userLocale } from '../../lib/i18n';
import { settingsItem } from '../../lib/settings/items';
import { exportBackup, exportCsv } from './export-actions';

const EVERYTHING = '';

/** Export everything or one case: JSON backup, CSV spreadsheet, printable report. */
export function ExportSection() {
  const cases = useLiveQuery(() => casesByRecentActivity(1_000), []);
  const [scope, setScope] = useState(EVERYTHING);
  const [status, setStatus] = useState('');
  const [lastExportAt, setLastExportAt] = useState<number | undefined>();
  useEffect(() => {
    void settingsItem.getValue().then((s) => setLastExportAt(s.lastExportAt));
    return settingsItem.watch((s) => setLastExportAt(s?.lastExportAt));
  }, []);
  const caseId = scope === EVERYTHING ? undefined : scope;
  const run = (action: () => Promise<void>) => () => {
    action().then(
      () => setStatus(t('exchange.export.done')),
      (error: unknown) =>
        setStatus(t('exchange.export.failed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };
  const reportHref = caseId ? `report.html?case=${encodeURIComponent(caseId)}` : 'report.html';
  return (
    <section aria-labelledby="export-heading" className="data-section">
      <h2 id="export-heading">{t('exchange.export.heading')}</h2>
      <p className="muted">{t('exchange.export.intro')}</p>
      <label htmlFor="export-scope">{t('exchange.export.scope')}</label>
      <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
        <option value={EVERYTHING}>{t('exchange.export.everything')}</option>
        {(cases ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || c.companyId}
          </option>
        ))}
      </select>
      <div className="data-actions">
        <button type="button" className="primary" onClick={run(() => exportBackup(caseId))}>
          {t('exchange.export.json')}
        </button>
        <button type="button" onClick={run(() => exportCsv(caseId))}>
          {t('exchange.export.csv')}
        </button>
        <a className="button" href={reportHref} target="_blank" rel="noopener">
          {t('exchange.export.report')}
        </a>
      </div>
      <p className="muted">
        {lastExportAt === undefined
          ? t('exchange.export.never')
          : t('exchange.export.last', { when: new Date(lastExportAt).toLocaleString(userLocale()) })}
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
