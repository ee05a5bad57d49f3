import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/items';
import { mastodonServers, serverOrigin } from '../../lib/social/servers';

/** The permission calls this makes (injected in tests). */
export interface ServerPermissions {
  request(permissions: { origins: string[] }): Promise<boolean>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** A call that may throw before it returns a promise (an API the browser lacks) answers false. */
function answer(call: () => Promise<boolean>): Promise<boolean> {
  try {
    return call().catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Asking the browser to let Paper Trail read the person's Mastodon servers. `ask` must be called
 * in the click or submit itself — a browser shows its prompt only within the person's gesture —
 * so it sends the request before anything is awaited, for the servers not known to be allowed
 * (an allowed one resolves at once, without a prompt). The answer becomes `message`, and the
 * returned promise settles with it; a refusal changes no setting.
 */
export function useServerAccess(permissions: ServerPermissions = browser.permissions) {
  const [allowed, setAllowed] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    void (async () => {
      const servers = mastodonServers(await loadSettings());
      const known = await Promise.all(
        servers.map((s) => answer(() => permissions.contains({ origins: [serverOrigin(s)] }))),
      );
      if (live) setAllowed(new Set(servers.filter((_, i) => known[i])));
    })();
    return () => {
      live = false;
    };
  }, [permissions]);

  const ask = (
    servers: readonly string[],
    refused = (names: string) => t('mastodon.access.refused', { servers: names }),
  ): Promise<void> => {
    const missing = servers.filter((s) => !allowed.has(s));
    if (missing.length === 0) return Promise.resolve();
    const names = missing.join(', ');
    return answer(() => permissions.request({ origins: missing.map(serverOrigin) })).then((granted) => {
      if (granted) setAllowed((now) => new Set([...now, ...missing]));
      setMessage(granted ? t('mastodon.access.granted', { servers: names }) : refused(names));
    });
  };
  return { ask, message };
}
