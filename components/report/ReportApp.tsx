import { useEffect, useState } from 'react';
import { getCompany } from '../../lib/companies';
import { getDb } from '../../lib/db/database';
import { formatDate } from '../../lib/format/time';
import { buildCaseReport, type CaseReport } from '../../lib/exchange/report';
import { readAllData, readCaseData } from '../../lib/exchange/read';
import { t } from '../../lib/i18n';
import { CaseReportView } from './CaseReportView';

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; reports: CaseReport[] };

/** Builds the reports for one case (?case=<id>) or every case, from the database. */
export async function loadReports(caseId: string | null, now: number): Promise<CaseReport[] | undefined> {
  const db = getDb();
  const data = caseId ? await readCaseData(db, caseId) : await readAllData(db);
  if (!data) return undefined;
  const reports: CaseReport[] = [];
  for (const c of [...data.cases].sort((a, b) => a.openedAt - b.openedAt)) {
    const company = data.companies.find((co) => co.id === c.companyId) ?? (await getCompany(c.companyId));
    reports.push(
      buildCaseReport(
        {
          case: c,
          ...(company ? { company } : {}),
          attempts: data.attempts.filter((a) => a.caseId === c.id),
          escalations: data.escalations.filter((e) => e.caseId === c.id),
          responses: data.responses.filter((r) => r.caseId === c.id),
        },
        now,
      ),
    );
  }
  return reports;
}

export function ReportApp(props: { caseId: string | null; now?: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Fixed for the page's life, so re-renders do not reload.
  const [now] = useState(() => props.now ?? Date.now());
  useEffect(() => {
    let live = true;
    void loadReports(props.caseId, now).then((reports) => {
      if (live) setState(reports ? { kind: 'ready', reports } : { kind: 'missing' });
    });
    return () => {
      live = false;
    };
  }, [props.caseId, now]);

  const single = state.kind === 'ready' && state.reports.length === 1 ? state.reports[0] : undefined;
  useEffect(() => {
    document.title = single ? t('report.titleCase', { title: single.case.title }) : t('report.title');
  }, [single]);

  return (
    <main className="report">
      <header className="report-header">
        <h1>{t('report.title')}</h1>
        <p className="muted">{t('report.generated', { date: formatDate(now) })}</p>
        <button type="button" className="primary no-print" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </header>
      {state.kind === 'loading' && <p role="status">{t('report.loading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('report.notFound')}</p>}
      {state.kind === 'ready' && state.reports.length === 0 && <p>{t('report.empty')}</p>}
      {state.kind === 'ready' && state.reports.map((report) => <CaseReportView key={report.case.id} report={report} />)}
    </main>
  );
}
