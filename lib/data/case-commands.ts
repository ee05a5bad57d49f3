import { cases } from '../db/cases';
import type { Case } from '../model';

/*
 * Commands on the case record itself. A case's lastActivityAt is moved by the record commands
 * (record-commands.ts); here the case is written as given, validated by its schema.
 */

/** Creates or updates a case (new case, details edited, status changed). */
export function saveCase(record: Case): Promise<Case> {
  return cases.put(record);
}
