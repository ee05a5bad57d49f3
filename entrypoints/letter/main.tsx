import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/page-language';
import '../../components/theme.css';
import '../../components/report/report.css';
import '../../components/letters/letters.css';
import { LetterApp } from '../../components/letters/LetterApp';
import { LETTER_KINDS, type LetterKind } from '../../lib/letters/letter-form';

// letter.html?case=<id>, optionally &kind=chargeback.
const params = new URLSearchParams(location.search);
const kindParam = params.get('kind');
const kind: LetterKind | undefined = LETTER_KINDS.find((k) => k === kindParam);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LetterApp caseId={params.get('case')} {...(kind ? { kind } : {})} />
    </StrictMode>,
  );
}
