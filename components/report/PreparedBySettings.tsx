import { t } from '../../lib/i18n';
import { bindFields } from '../ui/bindFields';
import { TextArea, TextField } from '../ui/Field';
import { SaveRow } from '../ui/SaveRow';
import { useSettingsForm } from '../settings/useSettingsForm';
import { preparedByToForm, readPreparedBy } from './prepared-by-form';

/** Options: the name and postal address printed on case reports, both optional. */
export function PreparedBySettings() {
  const { values, errors, saved, set, submit } = useSettingsForm(preparedByToForm, readPreparedBy);
  if (!values) return null;
  // An error is the length limit the text broke.
  const field = bindFields(values, set, (key) => {
    const max = errors[key];
    return max === undefined ? undefined : t('report.settings.tooLong', { max });
  });

  return (
    <form className="card settings-report" onSubmit={submit} noValidate aria-labelledby="settings-report-heading">
      <h2 id="settings-report-heading">{t('report.settings.heading')}</h2>
      <p className="muted">{t('report.settings.intro')}</p>
      <TextField id="report-name" label={t('report.settings.name')} {...field('name')} autoComplete="name" />
      <TextArea
        id="report-address"
        label={t('report.settings.address')}
        hint={t('report.settings.addressHelp')}
        {...field('address')}
        autoComplete="street-address"
        rows={4}
      />
      <SaveRow status={saved && t('report.settings.saved')} />
    </form>
  );
}
