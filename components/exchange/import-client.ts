import { pageImportSession } from '../../lib/data/exchange';
import type { ImportSession, CommitResult, ImportMode, ImportProgress, LoadResult } from '../../lib/exchange/session';
import type { Settings } from '../../lib/settings/schema';
import type { WorkerReply, WorkerRequest } from './import-protocol';
import { startWorker } from './start-worker';

export interface CommitRequest {
  mode: ImportMode;
  now: number;
  currentSettings?: Settings;
  onProgress: (progress: ImportProgress) => void;
  /** Replace only: the backup of what is stored, to download before anything is deleted. */
  onSafetyBackup: (file: Blob) => void;
}

/** The import as the "Your data" panel sees it, wherever it runs. */
export interface ImportClient {
  load(file: Blob, appVersion: string): Promise<LoadResult>;
  commit(request: CommitRequest): Promise<CommitResult>;
  dispose(): void;
}

/** Runs in the page itself: used where workers are not available (unit tests). */
export function inPageImportClient(): ImportClient {
  let session: ImportSession | undefined;
  return {
    load(file, appVersion) {
      session = pageImportSession(appVersion);
      return session.load(file);
    },
    async commit({ mode, now, currentSettings, onProgress, onSafetyBackup }) {
      if (!session) return { ok: false, error: 'no file loaded' };
      return session.commit(mode, {
        now,
        onProgress,
        ...(currentSettings ? { currentSettings } : {}),
        onSafetyBackup,
      });
    },
    dispose() {},
  };
}

/** Runs in a dedicated worker so a big file never blocks the page. */
export function workerImportClient(): ImportClient {
  const worker = startWorker();
  let pending: ((reply: WorkerReply) => void) | undefined;
  let failed: ((error: Error) => void) | undefined;
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => pending?.(event.data));
  worker.addEventListener('error', (event) => failed?.(new Error(event.message || 'the import worker stopped')));
  const send = (request: WorkerRequest) => worker.postMessage(request);
  return {
    load(file, appVersion) {
      return new Promise((resolve, reject) => {
        failed = reject;
        pending = (reply) => {
          if (reply.type === 'loaded') resolve(reply.result);
        };
        send({ type: 'load', file, appVersion });
      });
    },
    commit({ mode, now, currentSettings, onProgress, onSafetyBackup }) {
      return new Promise((resolve, reject) => {
        failed = reject;
        pending = (reply) => {
          if (reply.type === 'progress') onProgress(reply.progress);
          else if (reply.type === 'safety-backup') {
            onSafetyBackup(reply.file);
            send({ type: 'safety-saved' });
          } else if (reply.type === 'committed') resolve(reply.result);
        };
        send({ type: 'commit', mode, now, ...(currentSettings ? { currentSettings } : {}) });
      });
    },
    dispose: () => worker.terminate(),
  };
}

export function defaultImportClient(): ImportClient {
  return typeof Worker === 'function' ? workerImportClient() : inPageImportClient();
}
