import { getDb } from '../db/database';
import type { BackupData } from '../exchange/backup';
import { readAllData, readCaseData } from '../exchange/read';

/*
 * Cases with their records and companies, read in ONE transaction each so a printed report or
 * letter is consistent. lib/exchange/read.ts does the reading; pages reach it here.
 */

/** One case and what belongs to it (letters, the report of one case). */
export function readCaseForExport(caseId: string): Promise<BackupData | undefined> {
  return readCaseData(getDb(), caseId);
}

/** The whole history (the report of every case). */
export function readEverythingForExport(): Promise<BackupData> {
  return readAllData(getDb());
}
