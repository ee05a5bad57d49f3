import { useEffect, useState } from 'react';
import { getCompany } from '../../lib/companies';
import type { CaseRecords } from '../../lib/compose/facts';
import { readCaseForExport } from '../../lib/data/case-export';
import { t } from '../../lib/i18n';
import type { LetterKind } from '../../lib/letters/letter-form';
import type { Sender } from '../../lib/letters/letter-parts';
import { loadSettings } from '../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { LetterPage } from './LetterPage';

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; records: CaseRecords; sender: Sender };

/** One case's records (read in one transaction, as the report reads them) and the person's name and address. */
async function loadLetterData(caseId: string): Promise<{ records: CaseRecords; sender: Sender } | undefined> {
  const data = await readCaseForExport(caseId);
  const found = data?.cases[0];
  if (!data || !found) return undefined;
  const company = data.companies.find((co) => co.id === found.companyId) ?? (await getCompany(found.companyId));
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  return {
    records: {
      caseRecord: found,
      attempts: data.attempts,
      escalations: data.escalations,
      responses: data.responses,
      ...(company ? { company } : {}),
    },
    sender: { name: settings.reportName.trim(), address: settings.reportAddress.trim() },
  };
}

/** letter.html?case=<id>[&kind=chargeback]: a letter drafted from the case. */
export function LetterApp(props: { caseId: string | null; kind?: LetterKind; now?: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Fixed for the page's life: the letter's date and the days left do not move while it is open.
  const [now] = useState(() => props.now ?? Date.now());
  useEffect(() => {
    let live = true;
    const load = props.caseId ? loadLetterData(props.caseId) : Promise.resolve(undefined);
    void load.then((data) => {
      if (live) setState(data ? { kind: 'ready', ...data } : { kind: 'missing' });
    });
    return () => {
      live = false;
    };
  }, [props.caseId]);

  const title =
    state.kind === 'ready'
      ? t('letters.page.titleCase', { title: state.records.caseRecord.title || state.records.company?.name || '' })
      : t('letters.page.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <main className="report letter-page">
      <header className="report-header no-print">
        <h1>{title}</h1>
        {props.caseId ? (
          <a href={`/popup.html#/case/${encodeURIComponent(props.caseId)}`}>{t('letters.page.backToCase')}</a>
        ) : null}
      </header>
      {state.kind === 'loading' && <p role="status">{t('letters.page.loading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('report.notFound')}</p>}
      {state.kind === 'ready' && (
        <LetterPage
          records={state.records}
          sender={state.sender}
          now={now}
          {...(props.kind ? { kind: props.kind } : {})}
        />
      )}
    </main>
  );
}
