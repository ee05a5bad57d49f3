/**
 * Where a report waits in extension storage until the background has stored it (see
 * ./outbox-record.ts). Kept apart from the schema so the content scripts carry no zod.
 */
export const OUTBOX_PREFIX = 'outbox:';

export function outboxKey(id: string): string {
  return `${OUTBOX_PREFIX}${id}`;
}
