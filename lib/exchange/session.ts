import type { PaperTrailDb } from '../db/database';
import { t } from '../i18n';
import type { Settings } from '../settings/schema';
import { applyImport, type ImportContent, type ImportMode, type ImportProgress } from './apply';
import { checkAttachments } from './attachment-integrity';
import { planAttachments } from './attachment-plan';
import { countRecords, recordsOf, type Backup } from './backup';
import { CHUNK_SIZE } from './chunks';
import { buildBackupFile } from './export-backup';
import { checkIntegrity } from './integrity';
import { planMerge } from './merge-plan';
import { previewCounts, replaceCounts, type PreviewCounts } from './plan';
import type { ImportProblem } from './problems';
import { readImportSource, type ImportSource } from './read-source';
import { ZIP_LIMITS, type ZipLimits } from './zip-limits';

export type { ImportSource };
export type { ImportMode, ImportProgress };

export interface ImportPreview {
  exportedAt: number;
  appVersion: string;
  scope: Backup['scope'];
  migratedFrom?: number;
  total: number;
  merge: PreviewCounts;
  replace: PreviewCounts;
  /** Why "replace everything" is not offered, if it is not. */
  replaceBlocked?: 'partial' | 'references';
  hasSettings: boolean;
  /** Attachments the file carries (their files checked already). */
  attachments: number;
}

export type LoadResult = { ok: true; preview: ImportPreview } | { ok: false; problems: ImportProblem[] };

export type CommitResult =
  | { ok: true; written: number; settings?: Settings }
  /** Nothing was written: the stored history is exactly as it was before. */
  | { ok: false; error: string };

export interface CommitOptions {
  now: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Replace only: receives a full backup of what is stored (JSON, or a .zip with attachments), before anything is deleted. */
  onSafetyBackup?: (file: Blob) => Promise<void> | void;
  /** Included in the safety backup. */
  currentSettings?: Settings;
}

export interface SessionOptions {
  appVersion: string;
  chunkSize?: number;
  /** What a .zip backup may hold (tests make them small). */
  zipLimits?: ZipLimits;
}

/**
 * One import, in two steps: `load` checks the whole file and compares it with what is stored
 * (nothing is written), then `commit` writes it in a single transaction, so the history is never
 * left half-imported.
 */
export class ImportSession {
  private backup: Backup | undefined;
  private content: ImportContent | undefined;
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
    this.content = undefined;
    this.replaceBlocked = undefined;
    const parsed = await readImportSource(source, this.options.appVersion, this.options.zipLimits ?? ZIP_LIMITS);
    if (!parsed.ok) return parsed;
    const { backup } = parsed;
    const data = recordsOf(backup.data);
    const { attachments } = backup.data;
    const integrity = await checkIntegrity(data, {
      hasCase: async (id) => (await this.db.cases.get(id)) !== undefined,
      hasEscalation: async (id) => (await this.db.escalations.get(id)) !== undefined,
    });
    if (integrity.problems.length > 0) return { ok: false, problems: integrity.problems };
    const owners = await checkAttachments(attachments, data, {
      caseOf: async (ownerType, id) => {
        if (ownerType === 'case') return (await this.db.cases.get(id))?.id;
        if (ownerType === 'attempt') return (await this.db.attempts.get(id))?.caseId;
        return (await this.db.responses.get(id))?.caseId;
      },
    });
    if (owners.problems.length > 0) return { ok: false, problems: owners.problems };
    this.backup = backup;
    this.content = { data, attachments, files: parsed.files };
    const plan = await planMerge(this.db, data, this.chunkSize);
    const attachmentPlan = await planAttachments(this.db, attachments, this.chunkSize);
    const leansOnStored = integrity.leansOnStored + owners.leansOnStored;
    const replaceBlocked = backup.scope === 'case' ? 'partial' : leansOnStored > 0 ? 'references' : undefined;
    this.replaceBlocked = replaceBlocked;
    return {
      ok: true,
      preview: {
        exportedAt: backup.exportedAt,
        appVersion: backup.app.version,
        scope: backup.scope,
        ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
        total: countRecords(data) + attachments.length,
        merge: previewCounts(plan, attachmentPlan.descriptions.counts),
        replace: replaceCounts(data, attachments),
        ...(replaceBlocked ? { replaceBlocked } : {}),
        hasSettings: backup.settings !== undefined,
        attachments: attachments.length,
      },
    };
  }

  /**
   * Writes the loaded file in one transaction (lib/exchange/apply.ts): whatever happens before it
   * commits — an error, a closed tab, a killed worker — the stored history stays exactly as it was.
   */
  async commit(mode: ImportMode, options: CommitOptions): Promise<CommitResult> {
    const backup = this.backup;
    const content = this.content;
    if (!backup || !content) return { ok: false, error: t('exchange.error.nothingLoaded') };
    this.backup = undefined;
    this.content = undefined;
    // The page does not offer these; refused here too, since a replace would leave records dangling.
    if (mode === 'replace' && this.replaceBlocked === 'partial')
      return { ok: false, error: t('exchange.error.partialReplace') };
    if (mode === 'replace' && this.replaceBlocked)
      return { ok: false, error: t('exchange.import.replaceBlocked.references') };
    try {
      // Handed over (and, from the worker, saved by the page) before the transaction starts.
      if (mode === 'replace' && options.onSafetyBackup) await options.onSafetyBackup(await this.safetyBackup(options));
      const written = await applyImport(this.db, mode, content, {
        chunkSize: this.chunkSize,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      return mode === 'replace' && backup.settings
        ? { ok: true, written, settings: backup.settings }
        : { ok: true, written };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  /** Everything stored, attachments included: the same file "Download backup" makes. */
  private safetyBackup(options: CommitOptions): Promise<Blob> {
    return buildBackupFile(this.db, {
      appVersion: this.options.appVersion,
      now: options.now,
      ...(options.currentSettings ? { settings: options.currentSettings } : {}),
    });
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
