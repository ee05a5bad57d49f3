import { readFollowUpSettings, settingsToForm } from '../../lib/followup/settings-form';
import { t } from '../../lib/i18n';
import { remindersChanged } from '../followup/reminders-changed';
import { TextArea, TextField } from '../ui/Field';
import { useSettingsForm } from './useSettingsForm';

/** Options: reminder delays and Mastodon instances (follow-up feature). */
export function FollowUpSettings() {
  const { values, errors, saved, set, submit } = useSettingsForm(settingsToForm, readFollowUpSettings, remindersChanged);
  if (!values) return <p className="muted">{t('followup.loading')}</p>;

  return (
    <form className="card settings-followup" onSubmit={submit} noValidate aria-labelledby="settings-followup-heading">
      <h2 id="settings-followup-heading">{t('followup.settings.heading')}</h2>
      <TextField id="fu-post-hours" type="number" min={1} max={720} inputMode="numeric" label={t('followup.settings.postHours')} value={values.postHours} onChange={set('postHours')} error={errors.postHours} />
      <TextField id="fu-email-days" type="number" min={1} max={60} inputMode="numeric" label={t('followup.settings.emailDays')} hint={t('followup.settings.emailDaysHint')} value={values.emailDays} onChange={set('emailDays')} error={errors.emailDays} />
      <TextArea id="fu-mastodon" rows={3} label={t('followup.settings.mastodon')} hint={t('followup.settings.mastodonHint')} value={values.mastodon} onChange={set('mastodon')} error={errors.mastodon} />
      <p className="actions">
        <button type="submit" className="primary">{t('followup.settings.save')}</button>
        <span role="status">{saved ? t('followup.settings.saved') : ''}</span>
      </p>
    </form>
  );
}
