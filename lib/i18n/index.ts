import { common } from './messages/common';

/**
 * Every user-visible string, in one folder (lib/i18n/messages, one file per feature), looked up
 * by key. A translation replaces these tables; `{name}` placeholders are filled by `t`.
 */
const catalog = {
  ...common,
} as const;

export type MessageKey = keyof typeof catalog;

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The user's locale for dates and numbers (the browser's UI language). */
export function userLocale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}
