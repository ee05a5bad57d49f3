import { t } from '../i18n';
import { MAX_ATTACHMENT_BYTES } from '../model';

const MB = 1024 * 1024;

/**
 * A size people read at a glance: "340 KB", "12 MB", "2.1 GB". Whole units from ten up, one
 * decimal below, so "34 MB" is never shown as "34.2 MB" next to a limit of "20 MB".
 */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const shown = value >= 10 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
  return `${shown} ${units[unit]}`;
}

/** Why a file of this size cannot be kept, or undefined when it can. */
export function sizeProblem(name: string, size: number): string | undefined {
  if (size === 0) return t('attachments.error.empty', { name });
  if (size > MAX_ATTACHMENT_BYTES) {
    // Rounded up, so a file just over the limit never reads as "20 MB" against a 20 MB limit.
    const shown = size < 10 * MB ? formatBytes(size) : `${Math.ceil(size / MB)} MB`;
    return t('attachments.error.tooBig', { name, size: shown, max: formatBytes(MAX_ATTACHMENT_BYTES) });
  }
  return undefined;
}
