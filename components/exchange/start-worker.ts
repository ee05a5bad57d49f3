import { t } from '../../lib/i18n';
import type { WorkerRequest } from './import-protocol';

/** Starts the import/export worker and tells it the page's language before any job. */
export function startWorker(): Worker {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const locale: WorkerRequest = { type: 'locale', locale: t('meta.locale') };
  worker.postMessage(locale);
  return worker;
}
