import { t } from '../i18n';
import { Attachment, type AttachmentKind, type AttachmentOwner } from '../model';
import { cleanFileName } from './file-name';
import { sha256Hex } from './hash';
import { AttachmentRefused } from './refusal';
import { formatBytes, sizeProblem } from './size';
import { sniffType } from './sniff';

export interface AttachmentInput {
  blob: Blob;
  /** The name the file came with (or one made for a screenshot or transcript). */
  name: string;
  kind: AttachmentKind;
  caseId: string;
  ownerType: AttachmentOwner;
  ownerId: string;
  now: number;
}

export interface PreparedAttachment {
  attachment: Attachment;
  /** The bytes, labelled with the type read from them (not the type the file claimed). */
  data: Blob;
}

/**
 * Checks a file and describes it: size first (without reading a huge file), then its type from its
 * content, then its hash. Throws AttachmentRefused with the message to show; nothing is stored here.
 */
export async function prepareAttachment(input: AttachmentInput): Promise<PreparedAttachment> {
  const shownName = input.name.split(/[\\/]/).pop() || input.name;
  const tooBig = sizeProblem(shownName, input.blob.size);
  if (tooBig) throw new AttachmentRefused(tooBig);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await input.blob.arrayBuffer());
  } catch {
    throw new AttachmentRefused(t('attachments.error.unreadable', { name: shownName }));
  }
  const type = sniffType(bytes);
  if (!type) throw new AttachmentRefused(t('attachments.error.type', { name: shownName }));
  const attachment = Attachment.parse({
    id: crypto.randomUUID(),
    caseId: input.caseId,
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    kind: input.kind,
    name: cleanFileName(input.name, type),
    type,
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    createdAt: input.now,
    updatedAt: input.now,
  });
  return { attachment, data: new Blob([bytes as BlobPart], { type }) };
}

/** "2.1 MB" for messages that name a file's size. */
export function sizeOf(attachment: Pick<Attachment, 'size'>): string {
  return formatBytes(attachment.size);
}
