import { browser } from 'wxt/browser';

/** The few settings the page script needs, read by hand: zod stays out of the page bundle. */
export interface AutoLogSettings {
  autoLog: boolean;
  channels: Record<string, boolean>;
  neverOnSites: string[];
  showToast: boolean;
  keepMessageCopy: boolean;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Parses the stored `settings` value; anything missing or malformed means the default. */
export function parseAutoLogSettings(raw: unknown): AutoLogSettings {
  const stored = record(raw);
  const flag = (key: string, fallback: boolean) => {
    const value = stored[key];
    return typeof value === 'boolean' ? value : fallback;
  };
  const channels: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(record(stored.autoLogChannels))) if (typeof value === 'boolean') channels[key] = value;
  const never = Array.isArray(stored.neverOnSites) ? stored.neverOnSites.filter((d): d is string => typeof d === 'string') : [];
  return {
    autoLog: flag('autoLog', true),
    channels,
    neverOnSites: never,
    showToast: flag('showToast', true),
    keepMessageCopy: flag('keepMessageCopy', false),
  };
}

export async function readAutoLogSettings(): Promise<AutoLogSettings> {
  try {
    return parseAutoLogSettings((await browser.storage.local.get('settings')).settings);
  } catch {
    // Extension reloaded under the page: act as if switched off.
    return { autoLog: false, channels: {}, neverOnSites: [], showToast: false, keepMessageCopy: false };
  }
}

/** "Never on this site": the host is the listed domain or one of its subdomains. */
export function isNeverSite(host: string, never: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return never.some((entry) => {
    const d = entry.trim().toLowerCase().replace(/^\*?\./, '').replace(/^www\./, '');
    return d !== '' && (h === d || h.endsWith(`.${d}`));
  });
}

export function channelOn(settings: AutoLogSettings, channel: string): boolean {
  return settings.autoLog && settings.channels[channel] !== false;
}
