import { browser } from 'wxt/browser';
import { serialQueue } from '../../lib/capture/queue';
import { syncOptionalScript } from '../../lib/optional-scripts/sync';
import { loadSettings } from '../../lib/settings/items';
import { mastodonServers, SERVER_SCRIPT_PREFIX, serverScriptsPlan } from '../../lib/social/servers';

const serial = serialQueue();

/**
 * Adds the social script to each of the person's Mastodon servers that they allowed, and removes
 * it from a server no longer listed or no longer allowed.
 */
function syncServerScripts(): Promise<void> {
  return serial(async () => {
    const [settings, registered] = await Promise.all([loadSettings(), browser.scripting.getRegisteredContentScripts()]);
    const ids = registered.map((s) => s.id).filter((id) => id.startsWith(SERVER_SCRIPT_PREFIX));
    for (const { script, wanted } of serverScriptsPlan(mastodonServers(settings), ids)) {
      await syncOptionalScript(browser, script, wanted).catch(() => undefined);
    }
  });
}

/**
 * Mastodon on the person's own servers (lib/social/servers.ts): checked at every start of the
 * worker, when the settings change, and when a site is allowed or taken back in the browser. A
 * server taken back stays in the settings — the person may allow it again later.
 */
export function installMastodonServers(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void syncServerScripts();
  });
  browser.permissions.onAdded.addListener(() => void syncServerScripts());
  browser.permissions.onRemoved.addListener(() => void syncServerScripts());
  void syncServerScripts();
}
