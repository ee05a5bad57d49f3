import { BACKUP_TABLES } from '../../lib/exchange/backup';
import type { PreviewCounts } from '../../lib/exchange/plan';
import { t } from '../../lib/i18n';

const TABLE_LABEL = {
  companies: 'exchange.import.table.companies',
  cases: 'exchange.import.table.cases',
  attempts: 'exchange.import.table.attempts',
  escalations: 'exchange.import.table.escalations',
  responses: 'exchange.import.table.responses',
  attachments: 'exchange.import.table.attachments',
} as const;

const COLUMNS = [
  ['added', 'exchange.import.col.added'],
  ['identical', 'exchange.import.col.identical'],
  ['incomingNewer', 'exchange.import.col.incomingNewer'],
  ['storedNewer', 'exchange.import.col.storedNewer'],
] as const;

/** New, identical and conflicting records per table, before anything is written. */
export function ImportPreviewTable(props: { counts: PreviewCounts }) {
  return (
    <table className="data-table">
      <caption>{t('exchange.import.previewCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exchange.import.col.table')}</th>
          {COLUMNS.map(([key, label]) => (
            <th scope="col" key={key}>
              {t(label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {BACKUP_TABLES.map((table) => (
          <tr key={table}>
            <th scope="row">{t(TABLE_LABEL[table])}</th>
            {COLUMNS.map(([key]) => (
              <td key={key}>{props.counts[table][key].toLocaleString()}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
