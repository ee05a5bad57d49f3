/** What the bench page exposes on `window.ptBench` for tests/bench modules (via Playwright). */
export interface SeedResult {
  caseIds: string[];
  /** Time to write the cases, then the attempts, through the validating repositories. */
  casesMs: number;
  attemptsMs: number;
}

export interface TimedQuery {
  ms: number;
  count: number;
}

export interface BenchApi {
  /** Empty every table. */
  clear(): Promise<void>;
  /** Store `cases` new cases and `attempts` attempts spread over them (and over the existing cases `attachTo`). */
  seed(spec: { cases: number; attempts: number; attachTo?: string[] }): Promise<SeedResult>;
  /** Time one case-timeline query (attemptsOfCase). */
  timeline(caseId: string): Promise<TimedQuery>;
  counts(): Promise<{ cases: number; attempts: number }>;
  /** Store `count` picture attachments of `bytesEach` bytes on stored attempts. */
  seedAttachments(spec: { count: number; bytesEach: number }): Promise<{ attachments: number; bytes: number }>;
  /** A reference number some stored attempt holds (the seed numbers them differently on each run). */
  storedReference(): Promise<string | undefined>;
}

declare global {
  interface Window {
    ptBench?: BenchApi;
  }
}
