import { formatBytes } from '../../lib/attachments/size';
import { t } from '../../lib/i18n';
import type { Attachment, AttachmentKind, AttachmentType } from '../../lib/model';

/** A file type as it is spelled in message keys (which allow letters, digits and `_` only). */
const TYPE_KEY = {
  'image/png': 'image_png',
  'image/jpeg': 'image_jpeg',
  'image/webp': 'image_webp',
  'image/gif': 'image_gif',
  'application/pdf': 'application_pdf',
  'text/plain': 'text_plain',
} as const satisfies Record<AttachmentType, string>;

export const typeLabel = (type: AttachmentType): string => t(`attachments.type.${TYPE_KEY[type]}`);
export const kindLabel = (kind: AttachmentKind): string => t(`attachments.kind.${kind}`);

/** "(PDF document, 1.2 MB, opens in a new tab)": read out after an attachment's name on its link. */
export function openSuffix(a: Attachment): string {
  return t('attachments.openSuffix', { type: typeLabel(a.type), size: formatBytes(a.size) });
}

/** The viewer page for one attachment (entrypoints/attachment), opened in a new tab. */
export function viewerHref(id: string): string {
  return `/attachment.html?id=${encodeURIComponent(id)}`;
}
