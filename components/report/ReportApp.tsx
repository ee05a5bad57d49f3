import { useEffect, useState } from 'react';
import { getCompany } from '../../lib/companies';
import { readCaseForExport, readEverythingForExport } from '../../lib/data/case-export';
import { formatDate } from '../../lib/format/time';
import { buildCaseReport, type CaseReport } from '../../lib/exchange/report';
import { t } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { CaseReportView, type PreparedBy } from './CaseReportView';
import { printPageCss } from './print-page';

type State =
  { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; reports: CaseReport[]; preparedBy: PreparedBy };

/** The person's name and address from the settings; unreadable settings print the neutral wording. */
async function loadPreparedBy(): Promise<PreparedBy> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  return { name: settings.reportName.trim(), address: settings.reportAddress.trim() };
}

/** Builds the reports for one case (?case=<id>) or every case, from the database. */
export async function loadReports(caseId: string | null, now: number): Promise<CaseReport[] | undefined> {
  const data = caseId ? await readCaseForExport(caseId) : await readEverythingForExport();
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
    void Promise.all([loadReports(props.caseId, now), loadPreparedBy()]).then(([reports, preparedBy]) => {
      if (live) setState(reports ? { kind: 'ready', reports, preparedBy } : { kind: 'missing' });
    });
    return () => {
      live = false;
    };
  }, [props.caseId, now]);

  const single = state.kind === 'ready' && state.reports.length === 1 ? state.reports[0] : undefined;
  const title = single ? t('report.titleCase', { title: single.case.title }) : t('report.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const name = state.kind === 'ready' ? state.preparedBy.name : '';
  const footer = printPageCss({
    left: name ? `${title} — ${t('report.preparedBy', { name })}` : title,
    pageTemplate: t('report.page'),
  });

  return (
    <main className="report">
      <style>{footer}</style>
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
      {state.kind === 'ready' &&
        state.reports.map((report) => (
          <CaseReportView key={report.case.id} report={report} preparedBy={state.preparedBy} />
        ))}
    </main>
  );
}
