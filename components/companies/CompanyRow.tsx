import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';

/** One of the person's companies, with what they can do to it. */
export function CompanyRow(props: {
  company: Company;
  /** It replaces a bundled entry (so it can be reset rather than removed). */
  corrects: boolean;
  /** No case refers to it, so it may be removed. */
  removable: boolean;
  onEdit: () => void;
  onReset: () => void;
}) {
  const { company } = props;
  const origin = props.corrects
    ? t('settings.companies.origin.corrected')
    : company.source === 'auto'
      ? t('settings.companies.origin.auto')
      : t('settings.companies.origin.added');
  return (
    <li className="card company-row">
      <strong>{company.name}</strong> <span className="muted">{company.domains.join(', ')}</span>
      <br />
      <span className="muted">{origin}</span>
      <span className="company-row-actions">
        {' '}
        <button
          type="button"
          aria-label={t('settings.companies.editNamed', { name: company.name })}
          onClick={props.onEdit}
        >
          {t('settings.companies.edit')}
        </button>{' '}
        {props.corrects ? (
          <button
            type="button"
            aria-label={t('settings.companies.resetNamed', { name: company.name })}
            onClick={props.onReset}
          >
            {t('settings.companies.reset')}
          </button>
        ) : props.removable ? (
          <button
            type="button"
            className="danger"
            aria-label={t('settings.companies.removeNamed', { name: company.name })}
            onClick={props.onReset}
          >
            {t('settings.companies.remove')}
          </button>
        ) : (
          <span className="muted">{t('settings.companies.inUse')}</span>
        )}
      </span>
    </li>
  );
}
