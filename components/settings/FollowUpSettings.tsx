import { readFollowUpSettings, settingsToForm } from '../../lib/followup/settings-form';
import { t } from '../../lib/i18n';
import { remindersChanged } from '../followup/reminders-changed';
import { bindFields } from '../ui/bindFields';
import { NumberField, TextArea } from '../ui/Field';
import { SaveRow } from '../ui/SaveRow';
import type { ServerPermissions } from '../mastodon/useServerAccess';
import { useServerSettingsForm } from './useServerSettingsForm';

/** Options: reminder delays and Mastodon instances (follow-up feature). */
export function FollowUpSettings({ permissions }: { permissions?: ServerPermissions }) {
  const { values, errors, saved, set, submit, accessMessage } = useServerSettingsForm({
    toForm: settingsToForm,
    read: readFollowUpSettings,
    servers: (patch) => patch.mastodonInstances,
    permissions,
    afterSave: remindersChanged,
  });
  if (!values) return <p className="muted">{t('followup.loading')}</p>;
  const field = bindFields(values, set, (key) => errors[key]);

  return (
    <form className="card settings-followup" onSubmit={submit} noValidate aria-labelledby="settings-followup-heading">
      <h2 id="settings-followup-heading">{t('followup.settings.heading')}</h2>
      <NumberField
        id="fu-post-hours"
        min={1}
        max={720}
        label={t('followup.settings.postHours')}
        {...field('postHours')}
      />
      <NumberField
        id="fu-email-days"
        min={1}
        max={60}
        label={t('followup.settings.emailDays')}
        hint={t('followup.settings.emailDaysHint')}
        {...field('emailDays')}
      />
      <TextArea
        id="fu-mastodon"
        rows={3}
        label={t('followup.settings.mastodon')}
        hint={t('followup.settings.mastodonHint')}
        {...field('mastodon')}
      />
      <SaveRow status={saved && t('followup.settings.saved')} label={t('followup.settings.save')} />
      <p role="status" className="muted">
        {accessMessage}
      </p>
    </form>
  );
}
