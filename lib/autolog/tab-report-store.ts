import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { serialQueue } from '../capture/queue';
import { addReport, pruneReports, removeAttemptReports, type TabReport } from './tab-reports';

/**
 * Session storage (memory only, cleared when the browser closes) so the record survives the MV3
 * service worker being stopped between the toast and the click on Undo.
 */
const TabReportRecord = z.strictObject({
  attemptId: z.string().max(64),
  caseId: z.string().max(64),
  tabId: z.number().int(),
  at: z.number(),
  openedCase: z.boolean(),
});

const item = storage.defineItem<unknown>('session:tabReports', { fallback: [] });

async function read(now: number): Promise<TabReport[]> {
  const parsed = z.array(TabReportRecord).safeParse(await item.getValue());
  return parsed.success ? pruneReports(parsed.data, now) : [];
}

// Writes are serialised so two reports arriving together do not overwrite each other.
const serial = serialQueue();

export function rememberReport(report: TabReport, now: number): Promise<void> {
  return serial(async () => item.setValue(addReport(await read(now), report, now)));
}

export function readReports(now: number): Promise<TabReport[]> {
  return serial(() => read(now));
}

export function forgetAttempt(attemptId: string, now: number): Promise<void> {
  return serial(async () => item.setValue(removeAttemptReports(await read(now), attemptId)));
}
