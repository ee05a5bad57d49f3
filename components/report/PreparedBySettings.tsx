import { useEffect, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { loadSettings, updateSettings } from '../../lib/settings/items';
import { TextArea, TextField } from '../ui/Field';
import { preparedByToForm, readPreparedBy, type PreparedByResult, type PreparedByValues } from './prepared-by-form';

type Errors = Extract<PreparedByResult, { ok: false }>['errors'];

/** Options: the name and postal address printed on case reports, both optional. */
export function PreparedBySettings() {
  const [values, setValues] = useState<PreparedByValues | undefined>();
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => setValues(preparedByToForm(s)));
  }, []);
  if (!values) return null;

  const set = (key: keyof PreparedByValues) => (value: string) => {
    setSaved(false);
    setValues({ ...values, [key]: value });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = readPreparedBy(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void updateSettings(result.patch).then((s) => {
      setValues(preparedByToForm(s));
      setSaved(true);
    });
  };
  const tooLong = (max: number | undefined) => (max === undefined ? undefined : t('report.settings.tooLong', { max }));

  return (
    <form className="card settings-report" onSubmit={submit} noValidate aria-labelledby="settings-report-heading">
      <h2 id="settings-report-heading">{t('report.settings.heading')}</h2>
      <p className="muted">{t('report.settings.intro')}</p>
      <TextField id="report-name" label={t('report.settings.name')} value={values.name} onChange={set('name')} error={tooLong(errors.name)} autoComplete="name" />
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
      <p className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>{' '}
        <span role="status">{saved ? t('report.settings.saved') : ''}</span>
      </p>
    </form>
  );
}
