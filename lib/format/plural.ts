import { t, userLocale, type MessageKey } from '../i18n';

/** Picks the "one" or "other" string for a count by the locale's plural rules and fills {count}. */
export function plural(count: number, keys: { one: MessageKey; other: MessageKey }, params: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(userLocale()).select(count);
  return t(form === 'one' ? keys.one : keys.other, { count, ...params });
}
