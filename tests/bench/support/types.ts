import type { Page } from 'playwright-core';
import type { SeedResult, TimedQuery } from '../../../entrypoints/bench/api';
import type { ExtensionHarness } from '../../e2e/support/harness';

/** What a bench module gets: the e2e harness plus the bench page's data helpers. */
export interface BenchHarness extends ExtensionHarness {
  /** The extension's unlisted bench page (same origin as the popup: same database). */
  benchPage: Page;
  clear(): Promise<void>;
  seed(spec: { cases: number; attempts: number; attachTo?: string[] }): Promise<SeedResult>;
  timeline(caseId: string): Promise<TimedQuery>;
  counts(): Promise<{ cases: number; attempts: number }>;
  storedReference(): Promise<string | undefined>;
  seedAttachments(spec: { count: number; bytesEach: number }): Promise<{ attachments: number; bytes: number }>;
}

/** One measurement: null where something cannot be measured (yet). */
export type BenchResult = Record<string, number | null>;

/** tests/bench/*.bench.ts export default one of these; `run` is called several times. */
export interface BenchModule {
  name: string;
  run(h: BenchHarness): Promise<BenchResult>;
}
