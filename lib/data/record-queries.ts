import { getDb } from '../db/database';
import type { Escalation } from '../model';

/*
 * Single records by id, for pages that edit one. No zod import (reads need no validation).
 * A case with all its records: case-records.ts.
 */

export function getEscalation(id: string): Promise<Escalation | undefined> {
  return getDb().escalations.get(id);
}
