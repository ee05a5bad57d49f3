import { describe, expect, it } from 'vitest';
import {
  addReport,
  findReport,
  pruneReports,
  removeAttemptReports,
  type TabReport,
} from '../../../lib/autolog/tab-reports';
import { OPEN_WINDOW_MS, UNDO_WINDOW_MS } from '../../../lib/autolog/windows';

const report = (over: Partial<TabReport> = {}): TabReport => ({
  attemptId: 'a1',
  caseId: 'c1',
  tabId: 7,
  at: 1_000_000,
  openedCase: true,
  ...over,
});

describe('tab reports', () => {
  it('finds a report only for the same tab and within the window', () => {
    const list = addReport([], report(), 1_000_000);
    expect(findReport(list, 'a1', 7, 1_000_000 + UNDO_WINDOW_MS, UNDO_WINDOW_MS)).toBeDefined();
    expect(findReport(list, 'a1', 8, 1_000_000, UNDO_WINDOW_MS)).toBeUndefined();
    expect(findReport(list, 'a1', undefined, 1_000_000, UNDO_WINDOW_MS)).toBeUndefined();
    expect(findReport(list, 'a1', 7, 1_000_001 + UNDO_WINDOW_MS, UNDO_WINDOW_MS)).toBeUndefined();
  });

  it('keeps the first report of a repeat from the same tab (undo window and opened case)', () => {
    const first = addReport([], report(), 1_000_000);
    const again = addReport(first, report({ at: 1_060_000, openedCase: false }), 1_060_000);
    expect(again).toEqual(first);
    expect(addReport(first, report({ tabId: 9, at: 1_060_000 }), 1_060_000)).toHaveLength(2);
  });

  it('prunes old reports and caps the list', () => {
    expect(pruneReports([report()], 1_000_000 + OPEN_WINDOW_MS + 1)).toEqual([]);
    const many = Array.from({ length: 300 }, (_, i) => report({ attemptId: `a${i}` }));
    expect(pruneReports(many, 1_000_000)).toHaveLength(200);
    expect(removeAttemptReports(many, 'a5').some((r) => r.attemptId === 'a5')).toBe(false);
  });
});
