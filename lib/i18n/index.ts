import { attachments } from './messages/attachments';
import { common } from './messages/common';
import { companies } from './messages/companies';
import { compose } from './messages/compose';
import { content } from './messages/content';
import { exchange } from './messages/exchange';
import { followup } from './messages/followup';
import { letters } from './messages/letters';
import { logging } from './messages/logging';
import { mail } from './messages/mail';
import { mastodon } from './messages/mastodon';
import { popup } from './messages/popup';
import { quickadd } from './messages/quickadd';
import { settings } from './messages/settings';
import { welcome } from './messages/welcome';

/**
 * Every user-visible string, in one folder (lib/i18n/messages, one file per feature), looked up
 * by key. A translation replaces these tables; `{name}` placeholders are filled by `t`.
 */
const catalog = {
  ...common,
  ...popup,
  ...quickadd,
  ...content,
  ...compose,
  ...followup,
  ...logging,
  ...mail,
  ...mastodon,
  ...exchange,
  ...letters,
  ...settings,
  ...companies,
  ...welcome,
  ...attachments,
} as const;

export type MessageKey = keyof typeof catalog;

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = catalog[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The user's locale for dates and numbers (the browser's UI language). */
export function userLocale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}
