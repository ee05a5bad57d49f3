import type { Settings } from '../../lib/settings/schema';
import type { CommitResult, ImportMode, ImportProgress, LoadResult } from '../../lib/exchange/session';
import type { ExportRequest } from './export-file';

/** Page → import worker. */
export type WorkerRequest =
  /** Sent first: the language of the page's strings (the worker has no i18n API). */
  | { type: 'locale'; locale: string }
  | { type: 'load'; file: Blob; appVersion: string }
  | { type: 'commit'; mode: ImportMode; now: number; currentSettings?: Settings }
  /** The page has started the safety backup's download: a replace may now begin writing. */
  | { type: 'safety-saved' }
  | { type: 'export'; request: ExportRequest };

/** Import worker → page. */
export type WorkerReply =
  | { type: 'loaded'; result: LoadResult }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'safety-backup'; file: Blob }
  | { type: 'committed'; result: CommitResult }
  | { type: 'exported'; file: Blob }
  | { type: 'export-failed'; error: string };
