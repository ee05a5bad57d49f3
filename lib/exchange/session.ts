import type { PaperTrailDb } from '../db/database';
import { t } from '../i18n';
import type { Settings } from '../settings/schema';
import { applyImport, type ImportMode, type ImportProgress } from './apply';
import { buildBackup, countRecords, serializeBackup, type BackupV1 } from './backup';
import { CHUNK_SIZE } from './chunks';
import { checkIntegrity } from './integrity';
import { planMerge } from './merge-plan';
import { checkFileSize, parseBackupText } from './parse';
import { previewCounts, replaceCounts, type PreviewCounts } from './plan';
import type { ImportProblem } from './problems';
import { ownData, readStoredTables } from './read';

/** A File, or anything with its size known before reading. */
export interface ImportSource {
  size: number;
  text(): Promise<string>;
}

export type { ImportMode, ImportProgress };

export interface ImportPreview {
  exportedAt: number;
  appVersion: string;
  scope: BackupV1['scope'];
  migratedFrom?: number;
  total: number;
  merge: PreviewCounts;
  replace: PreviewCounts;
  /** Why "replace everything" is not offered, if it is not. */
  replaceBlocked?: 'partial' | 'references';
  hasSettings: boolean;
}

export type LoadResult = { ok: true; preview: ImportPreview } | { ok: false; problems: ImportProblem[] };

export type CommitResult =
  | { ok: true; written: number; settings?: Settings }
  /** Nothing was written: the stored history is exactly as it was before. */
  | { ok: false; error: string };

export interface CommitOptions {
  now: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Replace only: receives a full backup of what is stored, before anything is deleted. */
  onSafetyBackup?: (json: string) => Promise<void> | void;
  /** Included in the safety backup. */
  currentSettings?: Settings;
}

export interface SessionOptions {
  appVersion: string;
  chunkSize?: number;
}

/**
 * One import, in two steps: `load` checks the whole file and compares it with what is stored
 * (nothing is written), then `commit` writes it in a single transaction, so the history is never
 * left half-imported.
 */
export class ImportSession {
  private backup: BackupV1 | undefined;
  private replaceBlocked: ImportPreview['replaceBlocked'];
  private readonly chunkSize: number;

  constructor(
    private readonly db: PaperTrailDb,
    private readonly options: SessionOptions,
  ) {
    this.chunkSize = options.chunkSize ?? CHUNK_SIZE;
  }

  async load(source: ImportSource): Promise<LoadResult> {
    this.backup = undefined;
    this.replaceBlocked = undefined;
    const sizeProblem = checkFileSize(source.size);
    if (sizeProblem) return { ok: false, problems: [sizeProblem] };
    let text: string;
    try {
      text = await source.text();
    } catch {
      return { ok: false, problems: [{ where: '', message: t('exchange.error.unreadable') }] };
    }
    const parsed = parseBackupText(text, this.options.appVersion);
    if (!parsed.ok) return parsed;
    const { backup } = parsed;
    const integrity = await checkIntegrity(backup.data, {
      hasCase: async (id) => (await this.db.cases.get(id)) !== undefined,
      hasEscalation: async (id) => (await this.db.escalations.get(id)) !== undefined,
    });
    if (integrity.problems.length > 0) return { ok: false, problems: integrity.problems };
    this.backup = backup;
    const plan = await planMerge(this.db, backup.data, this.chunkSize);
    const replaceBlocked = backup.scope === 'case' ? 'partial' : integrity.leansOnStored > 0 ? 'references' : undefined;
    this.replaceBlocked = replaceBlocked;
    return {
      ok: true,
      preview: {
        exportedAt: backup.exportedAt,
        appVersion: backup.app.version,
        scope: backup.scope,
        ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
        total: countRecords(backup.data),
        merge: previewCounts(plan),
        replace: replaceCounts(backup.data),
        ...(replaceBlocked ? { replaceBlocked } : {}),
        hasSettings: backup.settings !== undefined,
      },
    };
  }

  /**
   * Writes the loaded file in one transaction (lib/exchange/apply.ts): whatever happens before it
   * commits — an error, a closed tab, a killed worker — the stored history stays exactly as it was.
   */
  async commit(mode: ImportMode, options: CommitOptions): Promise<CommitResult> {
    const backup = this.backup;
    if (!backup) return { ok: false, error: t('exchange.error.nothingLoaded') };
    this.backup = undefined;
    // The page does not offer these; refused here too, since a replace would leave records dangling.
    if (mode === 'replace' && this.replaceBlocked === 'partial') return { ok: false, error: t('exchange.error.partialReplace') };
    if (mode === 'replace' && this.replaceBlocked) return { ok: false, error: t('exchange.import.replaceBlocked.references') };
    try {
      // Handed over (and, from the worker, saved by the page) before the transaction starts.
      if (mode === 'replace' && options.onSafetyBackup) await options.onSafetyBackup(await this.safetyBackup(options));
      const written = await applyImport(this.db, mode, backup.data, {
        chunkSize: this.chunkSize,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      return mode === 'replace' && backup.settings ? { ok: true, written, settings: backup.settings } : { ok: true, written };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  private async safetyBackup(options: CommitOptions): Promise<string> {
    const backup = buildBackup({
      data: ownData(await readStoredTables(this.db)),
      scope: 'all',
      appVersion: this.options.appVersion,
      now: options.now,
      ...(options.currentSettings ? { settings: options.currentSettings } : {}),
    });
    return serializeBackup(backup);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
