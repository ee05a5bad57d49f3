import { browser } from 'wxt/browser';
import { serialQueue } from '../../lib/capture/queue';
import { drainMailOutbox } from '../../lib/handlers/mail-outbox';
import { addsMailReport } from '../../lib/mail/outbox';
import { MAIL_SCRIPTS } from '../../lib/mail/scripts';
import { mailLoggingOn } from '../../lib/mail/settings';
import { scriptsLosing, syncOptionalScript } from '../../lib/optional-scripts/sync';
import { loadSettings, updateSettings } from '../../lib/settings/items';

const serial = serialQueue();

/** Registers the mail script for each client switched on and granted, and removes the others. */
function syncMailScripts(): Promise<void> {
  return serial(async () => {
    const settings = await loadSettings();
    for (const { client, script } of MAIL_SCRIPTS) {
      await syncOptionalScript(browser, script, mailLoggingOn(settings, client)).catch(() => undefined);
    }
  });
}

/**
 * Mail logging (lib/mail): the mail script is registered while a client is switched on and its
 * site granted — checked at every start of the worker, when the settings change and when
 * permissions change (a site taken back in the browser switches its client off). Reports the
 * mail script left in the mail outbox are handled when they arrive and at every start.
 */
export function installMail(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if ('settings' in changes) void syncMailScripts();
    if (addsMailReport(changes)) void drainMailOutbox().catch(() => undefined);
  });
  browser.permissions.onAdded.addListener(() => void syncMailScripts());
  browser.permissions.onRemoved.addListener((removed) => {
    const lost = scriptsLosing(
      MAIL_SCRIPTS.map((m) => m.script),
      removed.origins ?? [],
    );
    void (async () => {
      if (lost.length > 0) {
        const settings = await loadSettings();
        const off = Object.fromEntries(
          MAIL_SCRIPTS.filter((m) => lost.includes(m.script)).map((m) => [m.client, false]),
        );
        await updateSettings({ mailLogging: { ...settings.mailLogging, ...off } });
      }
      await syncMailScripts();
    })().catch(() => undefined);
  });
  void syncMailScripts();
  void drainMailOutbox().catch(() => undefined);
}
