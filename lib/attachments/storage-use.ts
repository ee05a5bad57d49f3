import { t } from '../i18n';
import { formatBytes } from './size';

/** What navigator.storage.estimate() answered (either may be missing). */
export interface StorageEstimateLike {
  usage?: number | undefined;
  quota?: number | undefined;
}

/** "Paper Trail uses 12 MB of about 2 GB available." — or why it cannot say. */
export function storageUseText(estimate: StorageEstimateLike | undefined): string {
  if (estimate?.usage === undefined || estimate.quota === undefined || estimate.quota <= 0)
    return t('attachments.storage.unknown');
  return t('attachments.storage.use', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) });
}
