import { useEffect, useState } from 'react';
import { attachmentFile, storeThumbnail } from '../../lib/attachments/store';
import type { Attachment } from '../../lib/model';
import { makeThumbnail } from './thumbnail';
import type { AttachmentUrl } from './useAttachmentUrl';

/**
 * An object URL for an attachment's thumbnail. A picture without one — restored from a backup,
 * which carries no thumbnails — gets it made from its bytes and stored, once. Revoked when the
 * component goes.
 */
export function useThumbnailUrl(attachment: Pick<Attachment, 'id' | 'type'>): AttachmentUrl {
  const [url, setUrl] = useState<AttachmentUrl>();
  const { id, type } = attachment;
  useEffect(() => {
    let live = true;
    let made: string | undefined;
    void (async () => {
      const file = await attachmentFile(id);
      let thumbnail = file?.thumbnail;
      if (!thumbnail && file && type.startsWith('image/')) {
        thumbnail = await makeThumbnail(file.data);
        if (thumbnail) await storeThumbnail(id, thumbnail);
      }
      if (!live) return;
      made = thumbnail ? URL.createObjectURL(thumbnail) : undefined;
      setUrl(made ?? null);
    })().catch(() => live && setUrl(null));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [id, type]);
  return url;
}
