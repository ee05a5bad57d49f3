import { browser } from 'wxt/browser';
import type { MailClient } from '../../lib/mail/clients';
import type { PageLifetime } from '../contact/lifetime';

/** What the mail script acts on, from the stored settings (the background checks them again). */
export interface MailState {
  on: boolean;
  keepCopy: boolean;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

function stateOf(settings: unknown, client: MailClient): MailState {
  return {
    on: field(settings, 'autoLog') !== false && field(field(settings, 'mailLogging'), client) === true,
    keepCopy: field(settings, 'keepMessageCopy') === true,
  };
}

/**
 * The settings as they are and as they change. Until they are read the script counts as on — it
 * is registered only while the client is switched on — but keeps no copy of what is written.
 */
export function watchMailState(lifetime: PageLifetime, client: MailClient): MailState {
  const state: MailState = { on: true, keepCopy: false };
  const apply = (settings: unknown) => Object.assign(state, stateOf(settings, client));
  void browser.storage.local
    .get('settings')
    .then((all) => apply(all.settings))
    .catch(() => undefined);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && 'settings' in changes) apply(changes.settings?.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  lifetime.onEnded(() => browser.storage.onChanged.removeListener(onChanged));
  return state;
}
