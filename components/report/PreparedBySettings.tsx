import { t } from '../../lib/i18n';
import { TextArea, TextField } from '../ui/Field';
import { useSettingsForm } from '../settings/useSettingsForm';
import { SaveRow } from '../settings/SaveRow';
import { preparedByToForm, readPreparedBy } from './prepared-by-form';

/** Options: the name and postal address printed on case reports, both optional. */
export function PreparedBySettings() {
  const { values, errors, saved, set, submit } = useSettingsForm(preparedByToForm, readPreparedBy);
  if (!values) return null;
  const tooLong = (max: number | undefined) => (max === undefined ? undefined : t('report.settings.tooLong', { max }));

  return (
    <form className="card settings-report" onSubmit={submit} noValidate aria-labelledby="settings-report-heading">
      <h2 id="settings-report-heading">{t('report.settings.heading')}</h2>
      <p className="muted">{t('report.settings.intro')}</p>
      <TextField
        id="report-name"
        label={t('report.settings.name')}
        value={values.name}
        onChange={set('name')}
        error={tooLong(errors.name)}
        autoComplete="name"
      />
      <TextArea
        id="report-address"
        label={t('report.settings.address')}
        hint={t('report.settings.addressHelp')}
        value={values.address}
        onChange={set('address')}
        error={tooLong(errors.address)}
        autoComplete="street-address"
        rows={4}
      />
      <SaveRow saved={saved} savedText={t('report.settings.saved')} />
    </form>
  );
}
