// First: gives the i18n library the page's strings before it loads (see the file).
import { loadLocale } from './worker-i18n';
import { strictConnection } from '../../lib/data/exchange';
import { ImportSession } from '../../lib/exchange/session';
import { buildExportFile } from './export-file';
import type { WorkerReply, WorkerRequest } from './import-protocol';

/**
 * Reads, parses, validates and writes an import off the page's main thread: JSON.parse and zod
 * over 100,000 records take far longer than the 50 ms a page may block. The page only receives
 * small summaries, progress and (for a replace) the safety backup as a Blob. Exports are built
 * here too, and handed back as a Blob to download.
 * An import is written in one transaction (lib/exchange/apply.ts): if the page closes, this
 * worker dies with it and the browser aborts the transaction, leaving the old data. Strict
 * durability: when the page hears "committed", the import is on disk.
 */
const db = strictConnection();
let session: ImportSession | undefined;
/** Resolves the replace's wait for the page to save the safety backup. */
let safetySaved: (() => void) | undefined;

const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data);
});

/** Resolves once the page's language is loaded; every job waits for it. */
let strings: Promise<void> = Promise.resolve();

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'locale') {
    strings = loadLocale(request.locale);
    return;
  }
  await strings;
  if (request.type === 'export') {
    try {
      reply({ type: 'exported', file: await buildExportFile(db, request.request) });
    } catch (error) {
      reply({ type: 'export-failed', error: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (request.type === 'safety-saved') {
    safetySaved?.();
    safetySaved = undefined;
    return;
  }
  if (request.type === 'load') {
    session = new ImportSession(db, { appVersion: request.appVersion });
    // A Blob is read here, in the worker: the page never holds the file's text or a .zip's files.
    reply({ type: 'loaded', result: await session.load(request.file) });
    return;
  }
  if (!session) {
    reply({ type: 'committed', result: { ok: false, error: 'no file loaded' } });
    return;
  }
  const result = await session.commit(request.mode, {
    now: request.now,
    ...(request.currentSettings ? { currentSettings: request.currentSettings } : {}),
    onProgress: (progress) => reply({ type: 'progress', progress }),
    // A replace writes only once the page has the backup of what it replaces.
    onSafetyBackup: (file) =>
      new Promise<void>((resolve) => {
        safetySaved = resolve;
        reply({ type: 'safety-backup', file });
      }),
  });
  reply({ type: 'committed', result });
}
