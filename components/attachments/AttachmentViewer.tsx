import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { shortHash } from '../../lib/attachments/hash';
import { formatBytes } from '../../lib/attachments/size';
import { getAttachment } from '../../lib/data/case-queries';
import { formatDateTime } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attachment } from '../../lib/model';
import { kindLabel, typeLabel } from './labels';
import { useAttachmentUrl } from './useAttachmentUrl';
import './attachments.css';

function Body(props: { attachment: Attachment }) {
  const a = props.attachment;
  // Text is shown as UTF-8 (it was checked to be UTF-8 when kept), whatever the browser would guess.
  const url = useAttachmentUrl(a.id, 'data', a.type === 'text/plain' ? 'text/plain;charset=utf-8' : undefined);
  if (url === null) return <p role="alert">{t('attachments.viewer.missing')}</p>;
  if (url === undefined) return null;
  if (a.type === 'application/pdf') return <iframe className="viewer-frame" src={url} title={a.name} />;
  if (a.type === 'text/plain') return <iframe className="viewer-frame text" src={url} title={a.name} />;
  return <img className="viewer-image" src={url} alt={a.name} data-testid="viewer-image" />;
}

/** One attachment in its own tab: what it is, and the file itself (picture, PDF or text). */
export function AttachmentViewer(props: { id: string }) {
  const attachment = useLiveQuery(async () => (await getAttachment(props.id)) ?? null, [props.id]);
  useEffect(() => {
    document.title = attachment ? attachment.name : t('attachments.viewer.title');
  }, [attachment]);
  if (attachment === undefined) return null;
  if (attachment === null) {
    return (
      <main className="viewer">
        <p role="alert">{t('attachments.viewer.missing')}</p>
      </main>
    );
  }
  const a = attachment;
  return (
    <main className="viewer">
      <h1>{a.name}</h1>
      <p className="muted">
        {t('attachments.viewer.details', {
          kind: kindLabel(a.kind),
          type: typeLabel(a.type),
          size: formatBytes(a.size),
          when: formatDateTime(a.createdAt),
          sha: shortHash(a.sha256),
        })}
      </p>
      <Body attachment={a} />
    </main>
  );
}
