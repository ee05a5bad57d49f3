import { useEffect, useId, useState } from 'react';
import { plural, t, type MessageKey } from '../../lib/i18n';
import type { Company } from '../../lib/model';
import type { SearchField, SearchResult } from '../../lib/search/case-search';
import { href } from './router';
import { storedSearchQuery, storeSearchQuery } from './search-query-store';
import { SEARCH_TYPED_MARK, useCaseSearch } from './useCaseSearch';

const FIELD_LABEL: Record<SearchField, MessageKey> = {
  reference: 'popup.search.field.reference',
  company: 'popup.search.field.company',
  agent: 'popup.search.field.agent',
  title: 'popup.search.field.title',
  text: 'popup.search.field.text',
};

/**
 * The search box and its results. It owns the query, so a keystroke re-renders only this part —
 * never the case lists beside it. `onSearching` says whether a query is shown.
 */
export function CaseSearch(props: {
  companies: Map<string, Company> | undefined;
  onSearching: (searching: boolean) => void;
}) {
  const { onSearching } = props;
  const [query, setQuery] = useState(() => storedSearchQuery());
  const [active, setActive] = useState(() => query.trim() !== '');
  const result = useCaseSearch(query, active, props.companies);
  const searching = query.trim() !== '';
  useEffect(() => {
    onSearching(searching);
    storeSearchQuery(query);
  }, [onSearching, searching, query]);
  return (
    <>
      <CaseSearchBox query={query} onQuery={setQuery} onActive={() => setActive(true)} />
      {searching ? <CaseSearchResults query={query} result={result} /> : null}
    </>
  );
}

/** The search box at the top of the home view. */
function CaseSearchBox(props: { query: string; onQuery: (query: string) => void; onActive: () => void }) {
  const id = useId();
  return (
    <div className="case-search">
      <label htmlFor={id}>{t('popup.search.label')}</label>
      <input
        id={id}
        type="search"
        value={props.query}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        // The records are read as soon as the box is used, so the first keystroke needs no wait.
        onFocus={props.onActive}
        onChange={(e) => {
          performance.mark(SEARCH_TYPED_MARK, { detail: e.target.value });
          props.onQuery(e.target.value);
        }}
      />
      <p id={`${id}-hint`} className="muted hint">
        {t('popup.search.hint')}
      </p>
    </div>
  );
}

/** What the search found: each case with the field that matched, as stored. */
function CaseSearchResults(props: { query: string; result: SearchResult | undefined }) {
  const hits = props.result?.hits;
  const total = props.result?.total ?? 0;
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" aria-live="polite">
        {hits === undefined
          ? t('popup.search.loading')
          : hits.length === 0
            ? t('popup.search.none', { query: props.query.trim() })
            : plural(total, 'popup.search.results')}
      </h2>
      <ul data-testid="search-results" className="case-list">
        {(hits ?? []).map((hit) => (
          <li key={hit.item.id} className="case-row card">
            <a href={href({ name: 'case', caseId: hit.item.id })} className="case-link">
              <span className="case-company">{hit.companyName}</span>
              <span className="case-title">
                {hit.item.title.trim() || t('popup.case.untitled', { company: hit.companyName })}
              </span>
            </a>
            {hit.field === 'company' || hit.field === 'title' ? null : (
              <span className="case-meta muted">
                {t(FIELD_LABEL[hit.field])}: <mark>{hit.shown}</mark>
              </span>
            )}
          </li>
        ))}
      </ul>
      {hits !== undefined && total > hits.length ? (
        <p className="muted">{t('popup.search.narrow', { shown: hits.length })}</p>
      ) : null}
    </section>
  );
}
