import { composeSettingsToForm, readComposeSettings } from '../../lib/compose/settings-form';
import { t } from '../../lib/i18n';
import { bindFields } from '../ui/bindFields';
import { NumberField, TextField } from '../ui/Field';
import { SaveRow } from '../ui/SaveRow';
import type { ServerPermissions } from '../mastodon/useServerAccess';
import { useServerSettingsForm } from './useServerSettingsForm';

/** What each field says when its check fails. */
const INVALID = { server: 'compose.settings.serverInvalid', limit: 'compose.settings.limitInvalid' } as const;

/**
 * Options: the user's Mastodon server (for prefilled posts, and read by the social script once
 * allowed) and its length limit (for counting).
 */
export function ComposeSettings({ permissions }: { permissions?: ServerPermissions }) {
  const { values, errors, saved, set, submit, accessMessage } = useServerSettingsForm({
    toForm: composeSettingsToForm,
    read: readComposeSettings,
    servers: (patch) => [patch.mastodonServer],
    permissions,
  });
  if (!values) return null;
  const field = bindFields(values, set, (key) => (errors[key] ? t(INVALID[key]) : undefined));

  return (
    <form className="card settings-compose" onSubmit={submit} noValidate aria-labelledby="settings-compose-heading">
      <h2 id="settings-compose-heading">{t('compose.settings.title')}</h2>
      <TextField
        id="compose-mastodon-server"
        label={t('compose.settings.server')}
        hint={`${t('compose.settings.serverHelp')} ${t('mastodon.access.why')}`}
        {...field('server')}
        spellCheck={false}
        autoComplete="off"
      />
      <NumberField
        id="compose-mastodon-limit"
        min={100}
        max={100_000}
        label={t('compose.settings.limit')}
        hint={t('compose.settings.limitHelp')}
        {...field('limit')}
      />
      <SaveRow status={saved && t('compose.settings.saved')} />
      <p role="status" className="muted">
        {accessMessage}
      </p>
    </form>
  );
}
