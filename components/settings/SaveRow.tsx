import { t } from '../../lib/i18n';

/** A settings form's submit button and the status that says it was saved. */
export function SaveRow(props: { saved: boolean; savedText: string; label?: string }) {
  return (
    <p className="actions">
      <button type="submit" className="primary">
        {props.label ?? t('action.save')}
      </button>{' '}
      <span role="status">{props.saved ? props.savedText : ''}</span>
    </p>
  );
}
