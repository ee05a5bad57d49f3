import type { AttachmentType } from '../../lib/model';

/** A document shape with its type's short name: what a PDF or text attachment shows instead of a picture. */
export function FileIcon(props: { type: AttachmentType }) {
  const label = props.type === 'application/pdf' ? 'PDF' : props.type === 'text/plain' ? 'TXT' : 'IMG';
  return (
    <svg className="file-icon" viewBox="0 0 40 48" width="40" height="48" aria-hidden="true" focusable="false">
      <path d="M4 2h22l10 10v34H4z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M26 2v10h10" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <text x="20" y="36" textAnchor="middle" fontSize="10" fontWeight="700" fill="currentColor">
        {label}
      </text>
    </svg>
  );
}
