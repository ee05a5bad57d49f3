import { useEffect, useState, type FormEvent } from 'react';
import { composeSettingsToForm, readComposeSettings, type ComposeSettingsValues } from '../../lib/compose/settings-form';
import { t } from '../../lib/i18n';
import { loadSettings, updateSettings } from '../../lib/settings/items';
import { TextField } from '../ui/Field';

/** Options: the user's Mastodon server (for prefilled posts) and its length limit (for counting). */
export function ComposeSettings() {
  const [values, setValues] = useState<ComposeSettingsValues | undefined>();
  const [errors, setErrors] = useState<{ server?: true; limit?: true }>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => setValues(composeSettingsToForm(s)));
  }, []);
  if (!values) return null;

  const set = (key: keyof ComposeSettingsValues) => (value: string) => {
    setSaved(false);
    setValues({ ...values, [key]: value });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = readComposeSettings(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void updateSettings(result.patch).then((s) => {
      setValues(composeSettingsToForm(s));
      setSaved(true);
    });
  };

  return (
    <form className="card settings-compose" onSubmit={submit} noValidate aria-labelledby="settings-compose-heading">
      <h2 id="settings-compose-heading">{t('compose.settings.title')}</h2>
      <TextField
        id="compose-mastodon-server"
        label={t('compose.settings.server')}
        hint={t('compose.settings.serverHelp')}
        value={values.server}
        onChange={set('server')}
        error={errors.server ? t('compose.settings.serverInvalid') : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField
        id="compose-mastodon-limit"
        type="number"
        min={100}
        max={100_000}
        inputMode="numeric"
        label={t('compose.settings.limit')}
        hint={t('compose.settings.limitHelp')}
        value={values.limit}
        onChange={set('limit')}
        error={errors.limit ? t('compose.settings.limitInvalid') : undefined}
      />
      <p className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>{' '}
        <span role="status">{saved ? t('compose.settings.saved') : ''}</span>
      </p>
    </form>
  );
}
