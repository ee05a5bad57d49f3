import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { MAIL_CLIENT_IDS, MAIL_CLIENTS, mailOrigins, type MailClient } from '../../lib/mail/clients';
import { loadSettings, updateSettings } from '../../lib/settings/items';
import { useStoredSettings } from './useStoredSettings';

/** The permission calls the switches make (injected in tests). */
export interface SitePermissions {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

const LABELS = { gmail: 'settings.mail.gmail', outlook: 'settings.mail.outlook' } as const satisfies Record<
  MailClient,
  string
>;

/**
 * Options → Logging: one switch per mail client, off by default. Switching one on asks the browser
 * for that client's site first — in the click itself, as browsers require — and stores the setting
 * only when it was granted (a site granted before resolves at once, without a prompt); the background then registers the mail script there. Switching off
 * stores it and gives the site back (a browser may keep a site other parts of the extension use).
 */
export function MailSettings({ permissions = browser.permissions }: { permissions?: SitePermissions }) {
  // Automatic logging switched above, or a site taken back in the browser: shown at once.
  const [settings, setSettings] = useStoredSettings({ watch: true });
  const [status, setStatus] = useState('');
  const id = useId();

  if (!settings) return null;

  const store = async (client: MailClient, on: boolean) => {
    const next = await updateSettings({ mailLogging: { ...(await loadSettings()).mailLogging, [client]: on } });
    setSettings(next);
    setStatus(t(on ? 'settings.mail.on' : 'settings.mail.off', { client: MAIL_CLIENTS[client].name }));
  };

  const toggle = (client: MailClient, on: boolean) => {
    const origins = mailOrigins(client);
    if (!on) {
      void store(client, false).then(() => permissions.remove({ origins }).catch(() => false));
      return;
    }
    // Asked before anything is awaited: the request must come within the person's click.
    void permissions
      .request({ origins })
      .catch(() => false)
      .then((granted) =>
        granted ? store(client, true) : setStatus(t('settings.mail.denied', { client: MAIL_CLIENTS[client].name })),
      );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="mail-settings">
      <h3 id={`${id}-heading`}>{t('settings.mail.heading')}</h3>
      <p className="muted">{t('settings.mail.intro')}</p>
      <ul id={`${id}-help`} className="muted">
        <li>{t('settings.mail.reads')}</li>
        <li>{t('settings.mail.never')}</li>
      </ul>
      {MAIL_CLIENT_IDS.map((client) => (
        <label key={client}>
          <input
            type="checkbox"
            checked={settings.mailLogging[client]}
            disabled={!settings.autoLog}
            aria-describedby={`${id}-help`}
            onChange={(e) => toggle(client, e.target.checked)}
          />{' '}
          {t(LABELS[client])}
        </label>
      ))}
      {!settings.autoLog && <p className="muted">{t('settings.mail.autoLogOff')}</p>}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
