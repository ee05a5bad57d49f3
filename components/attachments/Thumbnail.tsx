import type { Attachment } from '../../lib/model';
import { FileIcon } from './FileIcon';
import { useThumbnailUrl } from './useThumbnailUrl';

/** The small picture of an attachment (its stored thumbnail, made again if missing), or a document icon. */
export function Thumbnail(props: { attachment: Attachment }) {
  const url = useThumbnailUrl(props.attachment);
  // A picture's thumbnail is on its way: keep its place rather than flash the document icon.
  if (url === undefined && props.attachment.type.startsWith('image/')) return <span className="attachment-thumb" />;
  return url ? (
    <img className="attachment-thumb" src={url} alt="" width={48} height={48} data-testid="attachment-thumbnail" />
  ) : (
    <span className="attachment-thumb icon">
      <FileIcon type={props.attachment.type} />
    </span>
  );
}
