import { useEffect, useState, type FormEvent } from 'react';
import { readFollowUpSettings, settingsToForm, type FollowUpSettingsErrors, type FollowUpSettingsValues } from '../../lib/followup/settings-form';
import { t } from '../../lib/i18n';
import { loadSettings, updateSettings } from '../../lib/settings/items';
import { remindersChanged } from '../followup/reminders-changed';
import { TextArea, TextField } from '../ui/Field';

/** Options: reminder delays and Mastodon instances (follow-up feature). */
export function FollowUpSettings() {
  const [values, setValues] = useState<FollowUpSettingsValues | undefined>();
  const [errors, setErrors] = useState<FollowUpSettingsErrors>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => setValues(settingsToForm(s)));
  }, []);
  if (!values) return <p className="muted">{t('followup.loading')}</p>;
  const set = (key: keyof FollowUpSettingsValues, value: string) => {
    setSaved(false);
    setValues({ ...values, [key]: value });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = readFollowUpSettings(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void updateSettings(result.patch).then((s) => {
      setValues(settingsToForm(s));
      setSaved(true);
      remindersChanged();
    });
  };

  return (
    <form className="card settings-followup" onSubmit={submit} noValidate aria-labelledby="settings-followup-heading">
      <h2 id="settings-followup-heading">{t('followup.settings.heading')}</h2>
      <TextField id="fu-post-hours" type="number" min={1} max={720} inputMode="numeric" label={t('followup.settings.postHours')} value={values.postHours} onChange={(v) => set('postHours', v)} error={errors.postHours} />
      <TextField id="fu-email-days" type="number" min={1} max={60} inputMode="numeric" label={t('followup.settings.emailDays')} hint={t('followup.settings.emailDaysHint')} value={values.emailDays} onChange={(v) => set('emailDays', v)} error={errors.emailDays} />
      <TextArea id="fu-mastodon" rows={3} label={t('followup.settings.mastodon')} hint={t('followup.settings.mastodonHint')} value={values.mastodon} onChange={(v) => set('mastodon', v)} error={errors.mastodon} />
      <p className="actions">
        <button type="submit" className="primary">{t('followup.settings.save')}</button>
        <span role="status">{saved ? t('followup.settings.saved') : ''}</span>
      </p>
    </form>
  );
}
