import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import {
  bundledCompanies,
  bundledCompany,
  DomainConflictError,
  isBundledCompany,
  listUserCompanies,
  resetCompany,
  saveUserCompany,
} from '../../lib/companies';
import { companyFromDraft, newUserCompanyId, type DraftErrors } from '../../lib/companies/draft';
import { companyIdsWithCases } from '../../lib/data/case-queries';
import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';
import { CompanyForm } from '../companies/CompanyForm';
import { CompanyRow } from '../companies/CompanyRow';
import '../companies/companies.css';

interface Editing {
  /** The record's id; absent for a new company (made from its name on save). */
  id?: string;
  base?: Company;
}

const EMPTY: readonly Company[] = [];
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const directoryByName = [...bundledCompanies].sort((a, b) => byName.compare(a.name, b.name));

/** Options: the person's own companies; add one, correct a directory entry, reset or remove. */
export function CompanySettings() {
  const headingId = useId();
  const pickId = useId();
  const mine = useLiveQuery(() => listUserCompanies(), []) ?? EMPTY;
  // Companies that cases refer to are kept: removing them would orphan the cases.
  const inUse = useLiveQuery(() => companyIdsWithCases(), []);
  const [editing, setEditing] = useState<Editing>();
  const [picked, setPicked] = useState('');
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const mineIds = new Set(mine.map((c) => c.id));
  const correctable = directoryByName.filter((c) => !mineIds.has(c.id));

  function close(message?: string) {
    setEditing(undefined);
    if (message) setStatus(message);
    addButton.current?.focus();
  }

  function validate(draft: Parameters<typeof companyFromDraft>[0]) {
    const id = editing?.id ?? newUserCompanyId(draft.name, new Set([...mineIds, ...bundledCompanies.map((c) => c.id)]));
    return companyFromDraft(draft, editing?.base, id, mine, Date.now());
  }

  async function save(company: Company): Promise<DraftErrors | undefined> {
    try {
      const saved = await saveUserCompany(company);
      close(t('settings.companies.saved', { name: saved.name }));
      return undefined;
    } catch (error) {
      if (error instanceof DomainConflictError) {
        const first = error.conflicts[0];
        return {
          domains: { key: 'domainTaken', params: { domain: first?.domain ?? '', company: first?.companyName ?? '' } },
        };
      }
      setStatus(
        t('settings.companies.error.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
      return { name: { key: 'invalid' } };
    }
  }

  async function reset(company: Company) {
    await resetCompany(company.id);
    setStatus(
      isBundledCompany(company.id)
        ? t('settings.companies.resetDone', { name: bundledCompany(company.id)?.name ?? company.name })
        : t('settings.companies.removed', { name: company.name }),
    );
    addButton.current?.focus();
  }

  return (
    <section className="company-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.companies.heading')}</h2>
      <p className="muted">{t('settings.companies.intro', { count: bundledCompanies.length })}</p>
      <p role="status" className="company-settings-status">
        {status}
      </p>

      {editing ? (
        <CompanyForm
          key={editing.id ?? 'new'}
          base={editing.base}
          validate={validate}
          onSave={save}
          onCancel={() => close()}
        />
      ) : (
        <div className="company-settings-actions">
          <p>
            <button ref={addButton} type="button" className="primary" onClick={() => setEditing({})}>
              {t('settings.companies.add')}
            </button>
          </p>
          <p>
            <label htmlFor={pickId}>{t('settings.companies.correctLabel')}</label>
            <select id={pickId} value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
              <option value="">{t('settings.companies.correctChoose')}</option>
              {correctable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              disabled={picked === ''}
              onClick={() => {
                const base = bundledCompany(picked);
                if (base) setEditing({ id: base.id, base });
                setPicked('');
              }}
            >
              {t('settings.companies.correct')}
            </button>
          </p>
        </div>
      )}

      <h3>{t('settings.companies.yours')}</h3>
      {mine.length === 0 ? (
        <p className="muted">{t('settings.companies.yoursEmpty')}</p>
      ) : (
        <ul className="company-list">
          {mine.map((company) => (
            <CompanyRow
              key={company.id}
              company={company}
              corrects={isBundledCompany(company.id)}
              removable={!(inUse?.has(company.id) ?? true)}
              onEdit={() => setEditing({ id: company.id, base: company })}
              onReset={() => void reset(company)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
