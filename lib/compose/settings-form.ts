import { z } from 'zod';
import type { Settings } from '../settings/schema';

/** The composer's settings form: the user's Mastodon server and its post length limit. */
export interface ComposeSettingsValues {
  server: string;
  limit: string;
}

const Server = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) =>
    s
      .replace(/^https?:\/\//u, '')
      .replace(/\/+$/u, '')
      .replace(/^@[^@]+@/u, ''),
  )
  .pipe(
    z
      .string()
      .max(253)
      .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u),
  );
const Limit = z.coerce.number().int().min(100).max(100_000);

export function composeSettingsToForm(s: Settings): ComposeSettingsValues {
  return { server: s.mastodonServer, limit: String(s.mastodonLimit) };
}

export function readComposeSettings(
  v: ComposeSettingsValues,
):
  | { ok: true; patch: Pick<Settings, 'mastodonServer' | 'mastodonLimit'> }
  | { ok: false; errors: { server?: true; limit?: true } } {
  const server = Server.safeParse(v.server);
  const limit = Limit.safeParse(v.limit.trim() === '' ? Number.NaN : v.limit);
  if (server.success && limit.success)
    return { ok: true, patch: { mastodonServer: server.data, mastodonLimit: limit.data } };
  return {
    ok: false,
    errors: { ...(server.success ? {} : { server: true }), ...(limit.success ? {} : { limit: true }) },
  };
}
