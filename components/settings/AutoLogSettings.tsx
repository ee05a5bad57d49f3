import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import type { Channel } from '../../lib/model';
import { updateSettings } from '../../lib/settings/items';
import type { Settings } from '../../lib/settings/schema';
import { siteFromInput } from './never-sites';
import { useStoredSettings } from './useStoredSettings';

/** The channels the contact-page script can notice on its own. */
const AUTO_CHANNELS = ['web_form', 'phone', 'email', 'chat'] as const satisfies readonly Channel[];

/** Options: auto-logging on/off, per channel, per site, toast, keep a copy (content-script feature). */
export function AutoLogSettings() {
  const [settings, setSettings] = useStoredSettings();
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const id = useId();

  if (!settings) return <p className="muted">{t('settings.autolog.loading')}</p>;

  const save = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setStatus(t('settings.autolog.saved'));
  };

  const addSite = (event: FormEvent) => {
    event.preventDefault();
    const domain = siteFromInput(site);
    if (!domain) return setSiteError(t('settings.autolog.neverInvalid', { value: site.trim() }));
    if (settings.neverOnSites.includes(domain))
      return setSiteError(t('settings.autolog.neverDuplicate', { site: domain }));
    setSiteError('');
    setSite('');
    void save({ neverOnSites: [...settings.neverOnSites, domain] });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="autolog-settings">
      <h2 id={`${id}-heading`}>{t('settings.autolog.heading')}</h2>
      <p className="muted">{t('settings.autolog.intro')}</p>

      <label>
        <input type="checkbox" checked={settings.autoLog} onChange={(e) => void save({ autoLog: e.target.checked })} />{' '}
        {t('settings.autolog.enabled')}
      </label>

      <fieldset disabled={!settings.autoLog}>
        <legend>{t('settings.autolog.channels')}</legend>
        {AUTO_CHANNELS.map((channel) => (
          <label key={channel}>
            <input
              type="checkbox"
              checked={settings.autoLogChannels[channel] !== false}
              onChange={(e) =>
                void save({ autoLogChannels: { ...settings.autoLogChannels, [channel]: e.target.checked } })
              }
            />{' '}
            {t(`settings.autolog.channel.${channel}`)}
          </label>
        ))}
      </fieldset>

      <label>
        <input
          type="checkbox"
          checked={settings.showToast}
          onChange={(e) => void save({ showToast: e.target.checked })}
        />{' '}
        {t('settings.autolog.toast')}
      </label>

      <label>
        <input
          type="checkbox"
          checked={settings.keepMessageCopy}
          aria-describedby={`${id}-copy-help`}
          onChange={(e) => void save({ keepMessageCopy: e.target.checked })}
        />{' '}
        {t('settings.autolog.keepCopy')}
      </label>
      <p id={`${id}-copy-help`} className="muted">
        {t('settings.autolog.keepCopyHelp')}
      </p>

      <h3 id={`${id}-never`}>{t('settings.autolog.never')}</h3>
      {settings.neverOnSites.length === 0 ? (
        <p className="muted">{t('settings.autolog.neverEmpty')}</p>
      ) : (
        <ul aria-labelledby={`${id}-never`}>
          {settings.neverOnSites.map((domain) => (
            <li key={domain}>
              {domain}{' '}
              <button
                type="button"
                aria-label={t('settings.autolog.neverRemove', { site: domain })}
                onClick={() => void save({ neverOnSites: settings.neverOnSites.filter((d) => d !== domain) })}
              >
                {t('action.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addSite} noValidate>
        <label htmlFor={`${id}-site`}>{t('settings.autolog.neverInput')}</label>
        <input
          id={`${id}-site`}
          type="text"
          inputMode="url"
          autoComplete="off"
          value={site}
          aria-invalid={siteError ? true : undefined}
          aria-describedby={siteError ? `${id}-site-error` : undefined}
          onChange={(e) => setSite(e.target.value)}
        />{' '}
        <button type="submit">{t('settings.autolog.neverAdd')}</button>
        {siteError && (
          <p id={`${id}-site-error`} className="field-error">
            {siteError}
          </p>
        )}
      </form>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
