import { z } from 'zod';

/**
 * Version 0: the first backups, before the model learnt about transfers. An attempt held one
 * `agent` string instead of the `agents` list, there was no `scope`, `app` or company table,
 * and settings were not exported. Only the envelope is checked here; the records are checked
 * against the current model after migration, so errors name the fields a person can fix.
 */
export const BackupV0Envelope = z.object({
  format: z.literal('paper-trail-backup'),
  version: z.literal(0),
  exportedAt: z.unknown(),
  data: z.object({
    cases: z.array(z.unknown()),
    attempts: z.array(z.unknown()),
    escalations: z.array(z.unknown()),
    responses: z.array(z.unknown()),
  }),
});
export type BackupV0Envelope = z.infer<typeof BackupV0Envelope>;

/** Version-1 attempt from a version-0 one: `agent` becomes `agents` (empty when absent or blank). */
export function migrateAttemptV0(record: unknown): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const entries = Object.entries(record).filter(([key]) => key !== 'agent');
  const agent = 'agent' in record ? record.agent : undefined;
  const agents = typeof agent === 'string' && agent.trim() !== '' ? [agent.trim()] : [];
  // A v0 record that somehow already has `agents` keeps it (and a stray `agent` is dropped).
  const migrated: Record<string, unknown> = Object.fromEntries(entries);
  if (!('agents' in migrated)) migrated.agents = agent === undefined || typeof agent === 'string' ? agents : agent;
  return migrated;
}

/** The version-1 shape of a version-0 file; the caller validates the result. */
export function migrateV0(v0: BackupV0Envelope, appVersion: string): Record<string, unknown> {
  return {
    format: v0.format,
    version: 1,
    exportedAt: v0.exportedAt,
    scope: 'all',
    app: { version: appVersion },
    data: {
      companies: [],
      cases: v0.data.cases,
      attempts: v0.data.attempts.map(migrateAttemptV0),
      escalations: v0.data.escalations,
      responses: v0.data.responses,
    },
  };
}
