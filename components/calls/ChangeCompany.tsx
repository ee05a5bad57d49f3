import { t } from '../../lib/i18n';

/** Lets the person pick another company, unless the route already named the case. */
export function ChangeCompany(props: { caseId?: string; onClear: () => void }) {
  if (props.caseId) return null;
  return (
    <p>
      <button type="button" className="link-button" onClick={props.onClear}>
        {t('popup.call.changeCompany')}
      </button>
    </p>
  );
}
