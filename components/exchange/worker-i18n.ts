import { getMessageFrom, type MessageTable } from '../../lib/i18n/message-table';

/**
 * A dedicated worker has no extension APIs, so no `browser.i18n`, yet the import and export code
 * it runs reports problems in words. This gives it one: imported first by the worker (before the
 * i18n library captures the global), it answers from the same built messages.json the browser
 * reads for the page, whose language the page names (`loadLocale`) before any job.
 */
let table: MessageTable = {};

if (!Reflect.get(globalThis, 'chrome')) {
  Reflect.set(globalThis, 'chrome', {
    i18n: { getMessage: (name: string, subs?: string | string[]) => getMessageFrom(table)(name, subs) },
  });
}

const LOCALE = /^[a-z]{2,3}(_[A-Z]{2})?$/;

async function readLocale(locale: string): Promise<MessageTable> {
  const response = await fetch(`/_locales/${locale}/messages.json`);
  return response.ok ? ((await response.json()) as MessageTable) : {};
}

/** Loads the page's language, English beneath it for anything missing; never rejects. */
export async function loadLocale(locale: string): Promise<void> {
  try {
    const english = await readLocale('en');
    table = locale !== 'en' && LOCALE.test(locale) ? { ...english, ...(await readLocale(locale)) } : english;
  } catch {
    // Unreadable: the worker still works; its messages are empty rather than wrong.
  }
}
