import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useMemo } from 'react';
import { buildSearchIndex, searchCases, type SearchResult } from '../../lib/search/case-search';
import { searchSourceRead } from '../../lib/search/read';
import type { Company } from '../../lib/model';
import { companyName } from './useCompanies';

/** User Timing names: a keystroke's mark (its detail is the query typed), and its measure once that query's results are on screen. */
export const SEARCH_TYPED_MARK = 'pt:search-typed';
export const SEARCH_MEASURE = 'pt:search';
/** Marked once the records are read and indexed, so the benchmark can tell loading from typing. */
export const SEARCH_READY_MARK = 'pt:search-ready';

/**
 * Search results for `query`, or undefined while the records load. The records are read once the
 * person starts searching (`active`) and kept fresh by the live query; each keystroke then only
 * scans the in-memory index.
 */
export function useCaseSearch(
  query: string,
  active: boolean,
  companies: Map<string, Company> | undefined,
): SearchResult | undefined {
  // The index is built inside the live query, so the records it was built from are garbage at
  // once rather than held for the popup's life (a 10,000-attempt heap the collector would keep
  // walking while the person types).
  const index = useLiveQuery(
    async () =>
      active
        ? buildSearchIndex({ ...(await searchSourceRead()), companyName: (id) => companyName(companies, id) })
        : undefined,
    [active, companies],
  );
  useLayoutEffect(() => {
    if (index && performance.getEntriesByName(SEARCH_READY_MARK).length === 0) performance.mark(SEARCH_READY_MARK);
  }, [index]);
  // Searched in the keystroke's own render: a scan of a few hundred strings, cheaper than handing
  // it to a later task that would queue behind the database's reads while the popup still loads.
  const hits = useMemo(() => (index ? searchCases(index, query) : undefined), [index, query]);
  useLayoutEffect(() => {
    // The benchmark reads how long a keystroke took until its results were in the page. A commit
    // may carry an earlier keystroke's results (the index still loading): match the mark by its query.
    if (hits === undefined) return;
    const typed = performance.getEntriesByName(SEARCH_TYPED_MARK, 'mark');
    const mark = typed.findLast((m) => m instanceof PerformanceMark && m.detail === query);
    if (!mark) return;
    performance.measure(SEARCH_MEASURE, { start: mark.startTime });
    if (mark === typed.at(-1)) performance.clearMarks(SEARCH_TYPED_MARK);
  }, [hits, query]);
  return hits;
}
