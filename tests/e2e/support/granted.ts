import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of a built extension with some of its optional sites granted, as they are once the
 * person accepted the browser's prompt: headless Chromium cannot answer that prompt. Everything
 * else is the build as shipped. The caller removes the directory.
 */
export function grantedCopy(extensionDir: string, origins: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-granted-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    optional_host_permissions?: string[];
    host_permissions?: string[];
  };
  const optional = manifest.optional_host_permissions ?? [];
  const missing = origins.filter((o) => !optional.includes(o));
  if (missing.length > 0) throw new Error(`not optional sites of this build: ${missing.join(', ')}`);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  manifest.optional_host_permissions = optional.filter((o) => !origins.includes(o));
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}
