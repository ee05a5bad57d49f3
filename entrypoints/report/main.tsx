import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/page-language';
import '../../components/theme.css';
import '../../components/report/report.css';
import { ReportApp } from '../../components/report/ReportApp';

// report.html?case=<id> for one case; report.html for every case.
const caseId = new URLSearchParams(location.search).get('case');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ReportApp caseId={caseId} />
    </StrictMode>,
  );
}
