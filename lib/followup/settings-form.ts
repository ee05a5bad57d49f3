import { z } from 'zod';
import { t } from '../i18n';
import type { Settings } from '../settings/schema';

export interface FollowUpSettingsValues {
  postHours: string;
  emailDays: string;
  mastodon: string;
}

export type FollowUpSettingsErrors = Partial<Record<keyof FollowUpSettingsValues, string>>;

const HOST = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function settingsToForm(s: Settings): FollowUpSettingsValues {
  return {
    postHours: String(s.remindAfterPostHours),
    emailDays: String(s.remindAfterEmailWorkingDays),
    mastodon: s.mastodonInstances.join('\n'),
  };
}

/** "https://Fosstodon.org/" → "fosstodon.org"; people paste addresses as often as names. */
export function serverName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^@[^@]+@/, '');
}

/** The form → a settings patch (zod-checked), or what is wrong with each field. */
export function readFollowUpSettings(
  v: FollowUpSettingsValues,
):
  | { ok: true; patch: Pick<Settings, 'remindAfterPostHours' | 'remindAfterEmailWorkingDays' | 'mastodonInstances'> }
  | { ok: false; errors: FollowUpSettingsErrors } {
  const errors: FollowUpSettingsErrors = {};
  const hours = z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .safeParse(v.postHours.trim() || 'x');
  if (!hours.success) errors.postHours = t('followup.settings.rangeHours');
  const days = z.coerce
    .number()
    .int()
    .min(1)
    .max(60)
    .safeParse(v.emailDays.trim() || 'x');
  if (!days.success) errors.emailDays = t('followup.settings.rangeDays');
  const servers = [
    ...new Set(
      v.mastodon
        .split(/[\s,]+/)
        .map(serverName)
        .filter(Boolean),
    ),
  ];
  const bad = servers.find((s) => !HOST.test(s));
  if (bad !== undefined) errors.mastodon = t('followup.settings.mastodonInvalid', { value: bad });
  if (!hours.success || !days.success || bad !== undefined) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      remindAfterPostHours: hours.data,
      remindAfterEmailWorkingDays: days.data,
      mastodonInstances: servers.slice(0, 200),
    },
  };
}
