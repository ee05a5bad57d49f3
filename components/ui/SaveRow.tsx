import type { ReactNode } from 'react';
import { t } from '../../lib/i18n';

/**
 * A form's submit button ("Save" unless `label` says otherwise) and the status beside it, which
 * says what the save did.
 */
export function SaveRow(props: { status: ReactNode; label?: string; disabled?: boolean }) {
  return (
    <p className="actions">
      <button type="submit" className="primary" disabled={props.disabled}>
        {props.label ?? t('action.save')}
      </button>{' '}
      <span role="status">{props.status}</span>
    </p>
  );
}
