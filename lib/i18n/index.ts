import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

/**
 * Every user-visible string lives in locales/<lang>.yml (English is the source), built by
 * @wxt-dev/i18n into _locales/<lang>/messages.json and read through the browser's i18n API: no
 * bundle carries a string table, and the UI follows the browser's language. Code names a message
 * by its dotted key; `{name}` placeholders are filled from `params`.
 */
type Structure = GeneratedI18nStructure;
export type MessageKey = { [K in keyof Structure]: Structure[K]['plural'] extends false ? K : never }[keyof Structure];
export type PluralKey = { [K in keyof Structure]: Structure[K]['plural'] extends true ? K : never }[keyof Structure];
export type MessageParams = Record<string, string | number>;

// Untyped on purpose: keys are typed above; named {params} are checked by the locale tests
// (tests/unit/i18n), which the library's positional types cannot express for dynamic keys.
const i18n = createI18n();

export function t(key: MessageKey, params: MessageParams = {}): string {
  return i18n.t(key, params);
}

/**
 * The form of a plural message for `count` (its `1:` / `n:` / optional `0:` forms), with {count}
 * and the other params filled in.
 */
export function plural(count: number, key: PluralKey, params: MessageParams = {}): string {
  return i18n.t(key, count, { count, ...params });
}

/** The user's locale for dates and numbers (the browser's UI language). */
export function userLocale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}
