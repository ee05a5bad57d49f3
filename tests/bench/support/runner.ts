import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH } from '../../e2e/support/harness';
import { repoRoot } from '../../e2e/support/fixtures';
import { launchBenchHarness } from './bench-harness';
import { medians } from './stats';
import type { BenchModule, BenchResult } from './types';

export interface BenchReport {
  meta: {
    runs: number;
    node: string;
    chromium: string;
    cpu: string;
    cores: number;
    memoryGb: number;
    platform: string;
    date: string;
  };
  [module: string]: BenchResult | BenchReport['meta'];
}

function isBenchModule(value: unknown): value is BenchModule {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'run' in value &&
    typeof value.run === 'function'
  );
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Run every tests/bench/*.bench.ts module `runs` times, each module in its own fresh browser,
 * and report per-key medians. `load` imports a TypeScript module (the caller decides how).
 * Progress goes to stderr so stdout can carry only the JSON.
 */
export async function runBenchmarks(options: {
  extensionDir: string;
  runs: number;
  only?: string[];
  load: (file: string) => Promise<unknown>;
}): Promise<BenchReport> {
  const dir = join(repoRoot, 'tests/bench');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !options.only?.length || options.only.some((o) => f.includes(o)))
    .sort();
  const cpu = cpus();
  const report: BenchReport = {
    meta: {
      runs: options.runs,
      node: process.version,
      chromium: chromiumVersion(),
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      platform: `${process.platform} ${process.arch}`,
      date: new Date().toISOString(),
    },
  };
  for (const file of files) {
    const loaded = await options.load(join(dir, file));
    const mod = typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : undefined;
    if (!isBenchModule(mod)) throw new Error(`${file} must export default { name, run(h) }`);
    const h = await launchBenchHarness(options.extensionDir);
    const results: BenchResult[] = [];
    try {
      for (let i = 0; i < options.runs; i++) {
        process.stderr.write(`bench ${mod.name}: run ${i + 1}/${options.runs}\n`);
        results.push(await mod.run(h));
      }
      if (h.externalRequests.length > 0) {
        throw new Error(`${mod.name}: the extension made network requests: ${h.externalRequests.join(', ')}`);
      }
    } finally {
      await h.close();
    }
    report[mod.name] = medians(results);
  }
  return report;
}
