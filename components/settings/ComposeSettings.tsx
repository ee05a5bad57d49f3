import type { FormEvent } from 'react';
import { composeSettingsToForm, readComposeSettings } from '../../lib/compose/settings-form';
import { t } from '../../lib/i18n';
import { readableServers } from '../../lib/social/servers';
import { TextField } from '../ui/Field';
import { useServerAccess, type ServerPermissions } from '../mastodon/useServerAccess';
import { useSettingsForm } from './useSettingsForm';
import { SaveRow } from './SaveRow';

/**
 * Options: the user's Mastodon server (for prefilled posts, and read by the social script once
 * allowed) and its length limit (for counting).
 */
export function ComposeSettings({ permissions }: { permissions?: ServerPermissions }) {
  const { values, errors, saved, set, submit } = useSettingsForm(composeSettingsToForm, readComposeSettings);
  const access = useServerAccess(permissions);
  if (!values) return null;

  const save = (e: FormEvent) => {
    const read = readComposeSettings(values);
    // Asked in the submit itself; the server is saved whatever the browser answers.
    if (read.ok) void access.ask(readableServers([read.patch.mastodonServer]));
    submit(e);
  };

  return (
    <form className="card settings-compose" onSubmit={save} noValidate aria-labelledby="settings-compose-heading">
      <h2 id="settings-compose-heading">{t('compose.settings.title')}</h2>
      <TextField
        id="compose-mastodon-server"
        label={t('compose.settings.server')}
        hint={`${t('compose.settings.serverHelp')} ${t('mastodon.access.why')}`}
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
      <SaveRow saved={saved} savedText={t('compose.settings.saved')} />
      <p role="status" className="muted">
        {access.message}
      </p>
    </form>
  );
}
