import type { Settings } from '../../lib/settings/schema';
import { readableServers } from '../../lib/social/servers';
import { useServerAccess, type ServerPermissions } from '../mastodon/useServerAccess';
import { useSettingsForm, type ReadSettings } from './useSettingsForm';

/**
 * A settings form that stores Mastodon servers. A valid submit asks the browser to let Paper Trail
 * read them — in the submit itself, since a browser prompts only within the person's gesture —
 * and the settings are saved whatever the browser answers; `accessMessage` tells that answer.
 */
export function useServerSettingsForm<
  V extends { [K in keyof V]: string },
  E extends object,
  P extends Partial<Settings>,
>(options: {
  toForm: (s: Settings) => V;
  read: ReadSettings<V, E, P>;
  /** The server names the patch stores. */
  servers: (patch: P) => readonly string[];
  permissions?: ServerPermissions;
  afterSave?: () => void;
}) {
  const access = useServerAccess(options.permissions);
  const form = useSettingsForm(options.toForm, options.read, {
    beforeSave: (patch) => void access.ask(readableServers(options.servers(patch))),
    afterSave: options.afterSave,
  });
  return { ...form, accessMessage: access.message };
}
