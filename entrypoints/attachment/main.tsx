import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/page-language';
import '../../components/theme.css';
import { AttachmentViewer } from '../../components/attachments/AttachmentViewer';

// attachment.html?id=<attachment id>: one attachment, opened from the timeline or the report.
const id = new URLSearchParams(location.search).get('id') ?? '';
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AttachmentViewer id={id} />
    </StrictMode>,
  );
}
