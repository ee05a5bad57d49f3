import { browser } from 'wxt/browser';
import type { Platform } from '../model';
import { loadSettings } from '../settings/items';
import { isNetworkPage } from './hosts';
import { mastodonServers, serverOrigin } from './servers';

/** The one permission check this needs (structural, so tests can pass a fake). */
export interface OriginCheck {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * isNetworkPage for a message as the background receives it: on Mastodon, the person's own
 * servers count too — listed in the settings and allowed in the browser, which is where the
 * social script was added. The settings and the permission are read only for such a page.
 */
export async function fromNetworkPage(
  platform: Platform,
  pageUrl: string | undefined,
  permissions: OriginCheck = browser.permissions,
): Promise<boolean> {
  if (isNetworkPage(platform, pageUrl)) return true;
  if (platform !== 'mastodon' || pageUrl === undefined) return false;
  let host: string;
  try {
    host = new URL(pageUrl).host.toLowerCase();
  } catch {
    return false;
  }
  if (!mastodonServers(await loadSettings()).includes(host)) return false;
  const granted = await permissions.contains({ origins: [serverOrigin(host)] }).catch(() => false);
  return isNetworkPage(platform, pageUrl, granted ? [host] : []);
}
