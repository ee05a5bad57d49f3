import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturePagesDir = join(repoRoot, 'tests/fixtures/pages');

// Only the fields the harness needs; feature tests read the rest themselves.
const FixtureEntry = z.looseObject({
  file: z.string().regex(/^[\w.-]+\.html$/),
  url: z.url({ protocol: /^https$/ }),
  kind: z.string(),
});
export type FixtureEntry = z.infer<typeof FixtureEntry>;

export function loadFixtureManifest(): FixtureEntry[] {
  const raw: unknown = JSON.parse(readFileSync(join(fixturePagesDir, 'manifest.json'), 'utf8'));
  return z.array(FixtureEntry).parse(raw);
}

/** The key a served page is found by: host + path; query and fragment never matter. */
export function pageKey(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${u.hostname.toLowerCase()}${u.pathname}`;
}
