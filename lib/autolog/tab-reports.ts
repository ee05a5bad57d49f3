import { OPEN_WINDOW_MS } from './windows';

/**
 * Which tab reported which automatic attempt, and when. Undo and "Change case" from the in-page
 * toast are honoured only for the tab that saw the toast, and only for a short while.
 */
export interface TabReport {
  attemptId: string;
  caseId: string;
  tabId: number;
  at: number;
  /** The attempt opened its case: undoing it may remove the then-empty case too. */
  openedCase: boolean;
}

/** Keeps the list small: nothing older than the longest window, at most `max` entries. */
export function pruneReports(reports: readonly TabReport[], now: number, max = 200): TabReport[] {
  return reports.filter((r) => now - r.at <= OPEN_WINDOW_MS && r.at <= now).slice(-max);
}

/**
 * Records a report. A repeat (retry or duplicate) from the same tab keeps the first one: the undo
 * window runs from when the attempt was logged, and only the first report opened the case.
 */
export function addReport(reports: readonly TabReport[], report: TabReport, now: number): TabReport[] {
  const kept = pruneReports(reports, now);
  if (kept.some((r) => r.attemptId === report.attemptId && r.tabId === report.tabId)) return kept;
  return pruneReports([...kept, report], now);
}

/** The report of this attempt by this tab within `windowMs`, if any. */
export function findReport(
  reports: readonly TabReport[],
  attemptId: string,
  tabId: number | undefined,
  now: number,
  windowMs: number,
): TabReport | undefined {
  if (tabId === undefined) return undefined;
  return reports.find((r) => r.attemptId === attemptId && r.tabId === tabId && r.at <= now && now - r.at <= windowMs);
}

export function removeAttemptReports(reports: readonly TabReport[], attemptId: string): TabReport[] {
  return reports.filter((r) => r.attemptId !== attemptId);
}
