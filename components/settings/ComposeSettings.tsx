import { composeSettingsToForm, readComposeSettings } from '../../lib/compose/settings-form';
import { t } from '../../lib/i18n';
import { TextField } from '../ui/Field';
import { useSettingsForm } from './useSettingsForm';

/** Options: the user's Mastodon server (for prefilled posts) and its length limit (for counting). */
export function ComposeSettings() {
  const { values, errors, saved, set, submit } = useSettingsForm(composeSettingsToForm, readComposeSettings);
  if (!values) return null;

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
