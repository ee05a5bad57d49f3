import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { manifestFor } from '../../manifest.config';
import { readmePermissionItems, requestedItems, unexplained, type ManifestAccess } from '../e2e/support/permissions';

// WXT content scripts declare their own `matches` and WXT adds them to the manifest at build time;
// the always-on contact gate and the social script are declared in the manifest itself (there may
// be no WXT content script at all).
const contentScriptModules = import.meta.glob([
  '../../entrypoints/*.content.{ts,tsx}',
  '../../entrypoints/*.content/index.{ts,tsx}',
]);
const ContentScript = z.looseObject({ matches: z.array(z.string()).optional() });

async function contentScripts(): Promise<ManifestAccess['content_scripts']> {
  const scripts = [];
  for (const [path, load] of Object.entries(contentScriptModules)) {
    const mod = z.looseObject({ default: ContentScript }).safeParse(await load());
    if (!mod.success) throw new Error(`${path} has no content script definition as its default export`);
    scripts.push({ matches: mod.data.default.matches ?? [] });
  }
  return scripts;
}

describe('manifest permissions are explained in the README', () => {
  const readme = readmePermissionItems();

  it.each(['chrome', 'firefox', 'edge'])(
    'every permission, host match, resource and connection for %s is in the table',
    async (browser) => {
      const manifest = manifestFor(browser);
      const scripts = [...(manifest.content_scripts ?? []), ...((await contentScripts()) ?? [])];
      // The product has content scripts (the contact gate, the social script); finding fewer means
      // the search above went wrong.
      expect(scripts.length).toBeGreaterThanOrEqual(2);
      const requested = requestedItems({ ...manifest, content_scripts: scripts });
      expect(requested.size).toBeGreaterThan(0);
      expect(unexplained(requested, readme)).toEqual([]);
    },
  );

  it('the table explains nothing the extension does not ask for (no stale rows)', async () => {
    const scripts = await contentScripts();
    const asked = new Set(
      ['chrome', 'firefox'].flatMap((b) => {
        const manifest = manifestFor(b);
        return [
          ...requestedItems({
            ...manifest,
            content_scripts: [...(manifest.content_scripts ?? []), ...(scripts ?? [])],
          }),
        ];
      }),
    );
    expect([...readme].filter((item) => !asked.has(item)).sort()).toEqual([]);
  });

  it('stays closed to web pages and other extensions (no externally_connectable)', () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest: ManifestAccess = manifestFor(browser);
      expect(manifest.externally_connectable).toBeUndefined();
    }
  });

  it('notices an unexplained addition', () => {
    const manifest: ManifestAccess = {
      ...manifestFor('chrome'),
      permissions: ['storage', 'tabs'],
      externally_connectable: { matches: ['https://example.com/*'] },
    };
    expect(unexplained(requestedItems(manifest), readme)).toEqual(['externally_connectable', 'tabs']);
  });
});
