import { render } from '@testing-library/react';
import { CaseReportView, type PreparedBy } from '../../../components/report/CaseReportView';
import { buildCaseReport, type CaseReport } from '../../../lib/exchange/report';
import type { Story } from '../../fixtures/stories';

export function storyReport(s: Story): CaseReport {
  return buildCaseReport(
    {
      case: s.caseRecord,
      ...(s.company ? { company: s.company } : {}),
      attempts: s.attempts,
      escalations: s.escalations,
      responses: s.responses,
    },
    s.now,
  );
}

/** Renders one case's report; `rows` are the timeline's body rows, in the report's event order. */
export function renderReport(report: CaseReport, preparedBy?: PreparedBy) {
  const view = render(<CaseReportView report={report} {...(preparedBy ? { preparedBy } : {})} />);
  const rows = [...view.container.querySelectorAll<HTMLTableRowElement>('.report-timeline tbody tr')];
  /** A row's cells' text, one line per paragraph, so facts can be matched whole. */
  const cellLines = (row: HTMLTableRowElement) =>
    [...row.cells].map((cell) =>
      cell.querySelector('p, blockquote')
        ? [...cell.querySelectorAll('p, blockquote')].map((p) => p.textContent ?? '')
        : [cell.textContent ?? ''],
    );
  return { ...view, rows, cellLines };
}
