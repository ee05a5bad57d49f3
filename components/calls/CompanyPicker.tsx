import { useId, useState } from 'react';
import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';

const MAX_SHOWN = 8;

function matches(company: Company, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return company.name.toLocaleLowerCase().includes(q) || company.domains.some((d) => d.includes(q));
}

/** Search the known companies; or log against a company the directory does not know. */
export function CompanyPicker(props: {
  companies: readonly Company[];
  suggested?: Company;
  onPick: (company: Company) => void;
  onPickNew: (name: string) => void;
}) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const found = query.trim()
    ? props.companies.filter((c) => c.status !== 'defunct' && matches(c, query)).slice(0, MAX_SHOWN)
    : [];
  const exact = props.companies.some((c) => c.name.toLocaleLowerCase() === query.trim().toLocaleLowerCase());
  return (
    <section className="company-picker" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('popup.picker.heading')}</h2>
      {props.suggested ? (
        <p>
          <button type="button" className="primary" onClick={() => props.suggested && props.onPick(props.suggested)}>
            {t('popup.picker.useTabCompany', { company: props.suggested.name })}
          </button>
        </p>
      ) : null}
      <label htmlFor={inputId}>{t('popup.picker.search')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        maxLength={200}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ul className="picker-results" aria-live="polite">
        {found.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => props.onPick(c)}>
              {c.name} <span className="muted">{c.domains[0] ?? ''}</span>
            </button>
          </li>
        ))}
        {query.trim() && !exact ? (
          <li>
            <button type="button" onClick={() => props.onPickNew(query.trim())}>
              {t('popup.picker.useNew', { name: query.trim() })}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
