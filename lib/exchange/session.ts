import type { Table } from 'dexie';
import type { PaperTrailDb } from '../db/database';
import { t } from '../i18n';
import type { Settings } from '../settings/schema';
import { buildBackup, countRecords, serializeBackup, TABLES, type BackupData, type BackupV1, type TableName } from './backup';
import { CHUNK_SIZE, chunksOf, yieldToEventLoop } from './chunks';
import { checkIntegrity } from './integrity';
import { checkFileSize, parseBackupText } from './parse';
import { latestActivityByCase, planTable, previewCounts, replaceCounts, type MergePlan, type PreviewCounts } from './plan';
import type { ImportProblem } from './problems';
import { ownData, readStoredTables, type StoredTables } from './read';

/** A File, or anything with its size known before reading. */
export interface ImportSource {
  size: number;
  text(): Promise<string>;
}

export type ImportMode = 'merge' | 'replace';

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

export interface ImportProgress {
  phase: 'writing' | 'restoring';
  done: number;
  total: number;
}

export type CommitResult =
  | { ok: true; written: number; settings?: Settings }
  | { ok: false; error: string; restored: boolean };

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

type AnyRecord = StoredTables[TableName][number];
type AnyTable = Table<AnyRecord, string>;
/** Records to write, per table (a backup's data, a merge's writes or a snapshot). */
type TableRecords = Record<TableName, readonly AnyRecord[]>;

/**
 * One import, in two steps: `load` checks the whole file and compares it with what is stored
 * (nothing is written), then `commit` writes it in chunks. Every failure after the first write
 * is undone from data held in memory, so the history is never left half-imported.
 */
export class ImportSession {
  private backup: BackupV1 | undefined;
  private readonly chunkSize: number;

  constructor(
    private readonly db: PaperTrailDb,
    private readonly options: SessionOptions,
  ) {
    this.chunkSize = options.chunkSize ?? CHUNK_SIZE;
  }

  async load(source: ImportSource): Promise<LoadResult> {
    this.backup = undefined;
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
    const plan = await this.planMerge(backup.data);
    const replaceBlocked = backup.scope === 'case' ? 'partial' : integrity.leansOnStored > 0 ? 'references' : undefined;
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

  async commit(mode: ImportMode, options: CommitOptions): Promise<CommitResult> {
    const backup = this.backup;
    if (!backup) return { ok: false, error: t('exchange.error.nothingLoaded'), restored: true };
    this.backup = undefined;
    return mode === 'merge' ? this.merge(backup, options) : this.replace(backup, options);
  }

  private table(name: TableName): AnyTable {
    return this.db.table(name);
  }

  /** Compares with what is stored now; also moves a case's lastActivityAt up to its newest imported event. */
  private async planMerge(data: BackupData): Promise<MergePlan> {
    const storedOf = async <T extends { id: string }>(name: TableName, records: readonly T[]) => {
      const found = new Map<string, T>();
      for (const chunk of chunksOf(records, this.chunkSize)) {
        const rows = await this.db.table<T, string>(name).bulkGet(chunk.map((r) => r.id));
        for (const row of rows) if (row) found.set(row.id, row);
      }
      return found;
    };
    const plan: MergePlan = {
      companies: planTable(data.companies, await storedOf('companies', data.companies)),
      cases: planTable(data.cases, await storedOf('cases', data.cases)),
      attempts: planTable(data.attempts, await storedOf('attempts', data.attempts)),
      escalations: planTable(data.escalations, await storedOf('escalations', data.escalations)),
      responses: planTable(data.responses, await storedOf('responses', data.responses)),
    };
    const writtenCases = new Map(plan.cases.writes.map((c, i) => [c.id, i]));
    for (const [caseId, latest] of latestActivityByCase(data)) {
      const index = writtenCases.get(caseId);
      const written = index === undefined ? undefined : plan.cases.writes[index];
      if (written && index !== undefined) {
        if (written.lastActivityAt < latest) plan.cases.writes[index] = { ...written, lastActivityAt: latest };
        continue;
      }
      const stored = await this.db.cases.get(caseId);
      if (stored && stored.lastActivityAt < latest) {
        plan.cases.writes.push({ ...stored, lastActivityAt: latest });
        plan.cases.previous.push(stored);
      }
    }
    return plan;
  }

  private async writeTables(
    tables: TableRecords,
    phase: ImportProgress['phase'],
    onProgress: CommitOptions['onProgress'],
  ): Promise<number> {
    const total = TABLES.reduce((sum, name) => sum + tables[name].length, 0);
    let done = 0;
    onProgress?.({ phase, done, total });
    for (const name of TABLES) {
      const table = this.table(name);
      for (const chunk of chunksOf(tables[name], this.chunkSize)) {
        await this.db.transaction('rw', table, () => table.bulkPut(chunk));
        done += chunk.length;
        onProgress?.({ phase, done, total });
        await yieldToEventLoop();
      }
    }
    return done;
  }

  private async clearTables(): Promise<void> {
    const tables = TABLES.map((name) => this.table(name));
    await this.db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
  }

  private async merge(backup: BackupV1, options: CommitOptions): Promise<CommitResult> {
    const plan = await this.planMerge(backup.data);
    const writes = {
      companies: plan.companies.writes,
      cases: plan.cases.writes,
      attempts: plan.attempts.writes,
      escalations: plan.escalations.writes,
      responses: plan.responses.writes,
    };
    try {
      return { ok: true, written: await this.writeTables(writes, 'writing', options.onProgress) };
    } catch (error) {
      const restored = await this.undoMerge(plan, options.onProgress);
      return { ok: false, error: errorText(error), restored };
    }
  }

  private async undoMerge(plan: MergePlan, onProgress: CommitOptions['onProgress']): Promise<boolean> {
    try {
      for (const name of TABLES) {
        const table = this.table(name);
        for (const ids of chunksOf(plan[name].addedIds, this.chunkSize)) await this.db.transaction('rw', table, () => table.bulkDelete(ids));
      }
      const previous = {
        companies: plan.companies.previous,
        cases: plan.cases.previous,
        attempts: plan.attempts.previous,
        escalations: plan.escalations.previous,
        responses: plan.responses.previous,
      };
      await this.writeTables(previous, 'restoring', onProgress);
      return true;
    } catch {
      return false;
    }
  }

  private async replace(backup: BackupV1, options: CommitOptions): Promise<CommitResult> {
    if (backup.scope === 'case') return { ok: false, error: t('exchange.error.partialReplace'), restored: true };
    const snapshot = await readStoredTables(this.db);
    if (options.onSafetyBackup) {
      const safety = buildBackup({
        data: ownData(snapshot),
        scope: 'all',
        appVersion: this.options.appVersion,
        now: options.now,
        ...(options.currentSettings ? { settings: options.currentSettings } : {}),
      });
      await options.onSafetyBackup(serializeBackup(safety));
    }
    try {
      await this.clearTables();
      const written = await this.writeTables(backup.data, 'writing', options.onProgress);
      return backup.settings ? { ok: true, written, settings: backup.settings } : { ok: true, written };
    } catch (error) {
      let restored = false;
      try {
        await this.clearTables();
        await this.writeTables(snapshot, 'restoring', options.onProgress);
        restored = true;
      } catch {
        restored = false;
      }
      return { ok: false, error: errorText(error), restored };
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
