import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

/**
 * The README's "Permissions" table is the public promise of what the extension may touch. These
 * helpers list what a manifest actually asks for, and what the README explains, so tests can
 * insist the two agree (unit test: the manifest factory; e2e: the built manifest).
 */

/** Every `code span` in the first column of the table under "## Permissions". */
export function readmePermissionItems(readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')): Set<string> {
  const section = /^## Permissions\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const items = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.trim().startsWith('|') || /^\|\s*:?-{3,}/.test(line.trim())) continue;
    const firstCell = line.trim().slice(1).split('|')[0] ?? '';
    for (const m of firstCell.matchAll(/`([^`]+)`/g)) if (m[1]) items.add(m[1]);
  }
  if (items.size === 0) throw new Error('README "Permissions" table lists nothing');
  return items;
}

/** The manifest keys that grant access or expose the extension, loosely typed (built or factory). */
export interface ManifestAccess {
  permissions?: readonly unknown[];
  optional_permissions?: readonly unknown[];
  host_permissions?: readonly unknown[];
  optional_host_permissions?: readonly unknown[];
  content_scripts?: readonly { matches?: readonly string[] }[];
  web_accessible_resources?: readonly unknown[];
  externally_connectable?: unknown;
}

function strings(list: readonly unknown[] | undefined): string[] {
  return (list ?? []).filter((v): v is string => typeof v === 'string');
}

/** What must be explained: permissions, host patterns, web-accessible resources, external connections. */
export function requestedItems(manifest: ManifestAccess): Set<string> {
  const items = new Set<string>([
    ...strings(manifest.permissions),
    ...strings(manifest.optional_permissions),
    ...strings(manifest.host_permissions),
    ...strings(manifest.optional_host_permissions),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ]);
  for (const entry of manifest.web_accessible_resources ?? []) {
    items.add('web_accessible_resources');
    if (typeof entry === 'string') items.add(entry);
    else if (typeof entry === 'object' && entry !== null && 'resources' in entry && Array.isArray(entry.resources)) {
      for (const r of strings(entry.resources)) items.add(r);
    }
  }
  if (manifest.externally_connectable !== undefined) items.add('externally_connectable');
  return items;
}

/** Items asked for but not explained in the README table. */
export function unexplained(requested: Iterable<string>, readme: Set<string>): string[] {
  return [...requested].filter((item) => !readme.has(item)).sort();
}
