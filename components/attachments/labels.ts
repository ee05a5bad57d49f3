import { formatBytes } from '../../lib/attachments/size';
import { t } from '../../lib/i18n';
import type { Attachment, AttachmentKind, AttachmentType } from '../../lib/model';

export const typeLabel = (type: AttachmentType): string => t(`attachments.type.${type}`);
export const kindLabel = (kind: AttachmentKind): string => t(`attachments.kind.${kind}`);

/** "(PDF document, 1.2 MB, opens in a new tab)": read out after an attachment's name on its link. */
export function openSuffix(a: Attachment): string {
  return t('attachments.openSuffix', { type: typeLabel(a.type), size: formatBytes(a.size) });
}

/** The viewer page for one attachment (entrypoints/attachment), opened in a new tab. */
export function viewerHref(id: string): string {
  return `/attachment.html?id=${encodeURIComponent(id)}`;
}
