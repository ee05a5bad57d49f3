import type { FormEvent } from 'react';
import { readFollowUpSettings, settingsToForm } from '../../lib/followup/settings-form';
import { t } from '../../lib/i18n';
import { readableServers } from '../../lib/social/servers';
import { remindersChanged } from '../followup/reminders-changed';
import { TextArea, TextField } from '../ui/Field';
import { useServerAccess, type ServerPermissions } from '../mastodon/useServerAccess';
import { useSettingsForm } from './useSettingsForm';
import { SaveRow } from './SaveRow';

/** Options: reminder delays and Mastodon instances (follow-up feature). */
export function FollowUpSettings({ permissions }: { permissions?: ServerPermissions }) {
  const { values, errors, saved, set, submit } = useSettingsForm(
    settingsToForm,
    readFollowUpSettings,
    remindersChanged,
  );
  const access = useServerAccess(permissions);
  if (!values) return <p className="muted">{t('followup.loading')}</p>;

  const save = (e: FormEvent) => {
    const read = readFollowUpSettings(values);
    // Asked in the submit itself; the servers are saved whatever the browser answers.
    if (read.ok) void access.ask(readableServers(read.patch.mastodonInstances));
    submit(e);
  };

  return (
    <form className="card settings-followup" onSubmit={save} noValidate aria-labelledby="settings-followup-heading">
      <h2 id="settings-followup-heading">{t('followup.settings.heading')}</h2>
      <TextField
        id="fu-post-hours"
        type="number"
        min={1}
        max={720}
        inputMode="numeric"
        label={t('followup.settings.postHours')}
        value={values.postHours}
        onChange={set('postHours')}
        error={errors.postHours}
      />
      <TextField
        id="fu-email-days"
        type="number"
        min={1}
        max={60}
        inputMode="numeric"
        label={t('followup.settings.emailDays')}
        hint={t('followup.settings.emailDaysHint')}
        value={values.emailDays}
        onChange={set('emailDays')}
        error={errors.emailDays}
      />
      <TextArea
        id="fu-mastodon"
        rows={3}
        label={t('followup.settings.mastodon')}
        hint={t('followup.settings.mastodonHint')}
        value={values.mastodon}
        onChange={set('mastodon')}
        error={errors.mastodon}
      />
      <SaveRow saved={saved} savedText={t('followup.settings.saved')} label={t('followup.settings.save')} />
      <p role="status" className="muted">
        {access.message}
      </p>
    </form>
  );
}
