import type { OptionalScript } from '../optional-scripts/plan';
import type { Settings } from '../settings/schema';
import { SOCIAL_SCRIPT_HOSTS } from './hosts';

/** Registration ids of the social script on the person's own Mastodon servers. */
export const SERVER_SCRIPT_PREFIX = 'social-mastodon-';

const HOST = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Hosts the manifest already gives the social script (mastodon.social, and the other networks). */
const COVERED: ReadonlySet<string> = new Set(Object.values(SOCIAL_SCRIPT_HOSTS).flat());

/**
 * The Mastodon servers the social script should be added to: the person's own server (Compose
 * settings) and the others they listed (Follow-up settings), as plain host names, once each —
 * without the hosts the manifest already covers, and without anything that is not a host name
 * (settings written by an older version are not trusted to be clean).
 */
export function mastodonServers(settings: Pick<Settings, 'mastodonServer' | 'mastodonInstances'>): string[] {
  return readableServers([settings.mastodonServer, ...settings.mastodonInstances]);
}

/** Of these server names, the ones the social script can be added to (see mastodonServers). */
export function readableServers(names: readonly string[]): string[] {
  const hosts = names.map((h) => h.trim().toLowerCase());
  return [...new Set(hosts)].filter((h) => HOST.test(h) && !COVERED.has(h));
}

/** The origin asked for and matched on one server: https, every path, the default port. */
export function serverOrigin(host: string): string {
  return `https://${host}/*`;
}

/** The social script as registered for one server (entrypoints/social, built as social.js). */
export function serverScript(host: string): OptionalScript {
  return {
    id: `${SERVER_SCRIPT_PREFIX}${host}`,
    matches: [serverOrigin(host)],
    js: ['social.js'],
    runAt: 'document_idle',
  };
}

/**
 * Every script to bring in line, each with whether it is wanted: one per server in the settings,
 * and — unwanted — each registered earlier for a server no longer listed.
 */
export function serverScriptsPlan(
  servers: readonly string[],
  registeredIds: readonly string[],
): { script: OptionalScript; wanted: boolean }[] {
  const wanted = servers.map((host) => ({ script: serverScript(host), wanted: true }));
  const ids = new Set(wanted.map((w) => w.script.id));
  const stale = registeredIds
    .filter((id) => id.startsWith(SERVER_SCRIPT_PREFIX) && !ids.has(id))
    .map((id) => ({ script: serverScript(id.slice(SERVER_SCRIPT_PREFIX.length)), wanted: false }));
  return [...wanted, ...stale];
}
