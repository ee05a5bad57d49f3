import { useEffect, useState } from 'react';
import { attachmentFile } from '../../lib/attachments/store';

/** undefined while reading; null when the attachment or that part of it is not stored. */
export type AttachmentUrl = string | null | undefined;

/**
 * An object URL for an attachment's bytes or its thumbnail, made when they are read and revoked
 * when the component goes (or shows another attachment), so no Blob outlives its picture.
 * `type` relabels the bytes (text is shown as UTF-8, whatever the browser would guess).
 */
export function useAttachmentUrl(id: string, part: 'data' | 'thumbnail', type?: string): AttachmentUrl {
  const [url, setUrl] = useState<AttachmentUrl>();
  useEffect(() => {
    let live = true;
    let made: string | undefined;
    void attachmentFile(id).then(
      (file) => {
        if (!live) return;
        const blob = file?.[part];
        made = blob ? URL.createObjectURL(type ? new Blob([blob], { type }) : blob) : undefined;
        setUrl(made ?? null);
      },
      () => live && setUrl(null),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [id, part, type]);
  return url;
}
