import { z } from 'zod';
import { Channel } from '../model';

/** Lengths of the name and address on reports: a long name, and an address of a few lines. */
export const REPORT_NAME_MAX = 200;
export const REPORT_ADDRESS_MAX = 500;

/**
 * User settings, stored in browser.storage.local (not Dexie) — see lib/settings/items.ts.
 * Defaults live here so a missing or older stored value always parses to something complete.
 */
export const Settings = z.strictObject({
  autoLog: z.boolean().default(true),
  /** Channels the content script may log automatically. */
  autoLogChannels: z.partialRecord(Channel, z.boolean()).default({}),
  /** Registrable domains where nothing is ever logged ("never on this site"). */
  neverOnSites: z.array(z.string().max(253)).max(1_000).default([]),
  showToast: z.boolean().default(true),
  /**
   * Log emails sent from (and company replies opened in) these mail clients: each off until the
   * person switches it on and grants the client's site (lib/mail/clients.ts).
   */
  mailLogging: z
    .strictObject({ gmail: z.boolean().default(false), outlook: z.boolean().default(false) })
    .default({ gmail: false, outlook: false }),
  /** Keep a copy of what the user typed into a contact form: off unless switched on. */
  keepMessageCopy: z.boolean().default(false),
  /** Hours without an answer after a public post before reminding. */
  remindAfterPostHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** Working days without an answer after an email or web form before reminding. */
  remindAfterEmailWorkingDays: z.number().int().min(1).max(60).default(5),
  /** The user's Mastodon server, for the share URL and its character limit. */
  mastodonServer: z.string().max(253).default('mastodon.social'),
  mastodonLimit: z.number().int().min(100).max(100_000).default(500),
  /** Extra Mastodon instances the social script runs on. */
  mastodonInstances: z.array(z.string().max(253)).max(200).default([]),
  /** The person's name and postal address printed on case reports; empty when not given. */
  reportName: z.string().max(REPORT_NAME_MAX).default(''),
  reportAddress: z.string().max(REPORT_ADDRESS_MAX).default(''),
  /** When the user last exported a backup (epoch ms), for the monthly reminder. */
  lastExportAt: z.number().int().nonnegative().optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Parses a stored value; anything unreadable falls back to defaults field by field. */
export function readSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      const field = Settings.shape[key as keyof Settings];
      if (field && field.safeParse(value).success) merged[key] = value;
    }
  }
  return Settings.parse(merged);
}

export function channelAutoLogEnabled(settings: Settings, channel: Channel): boolean {
  return settings.autoLog && settings.autoLogChannels[channel] !== false;
}
