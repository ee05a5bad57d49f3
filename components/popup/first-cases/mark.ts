/** User Timing mark set once, when the home's first cases are on screen (read by the benchmark). */
export const CASE_LIST_MARK = 'pt:case-list-shown';

export function markCaseListShown(): void {
  if (performance.getEntriesByName(CASE_LIST_MARK).length === 0) performance.mark(CASE_LIST_MARK);
}
