import { z } from 'zod';
import { Id, ShortText, Stamps } from './common';

/** The largest file one attachment may hold: a phone photo or a long PDF bill fits, a video does not. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * What an attachment may be, decided from its first bytes (lib/attachments), never from its name:
 * pictures, PDF documents and plain text (a saved chat transcript, a note).
 */
export const AttachmentType = z.enum([
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/pdf',
  'text/plain',
]);
export type AttachmentType = z.infer<typeof AttachmentType>;

/** How it came: a screenshot of a tab, a file the person chose, or a support chat's transcript. */
export const AttachmentKind = z.enum(['screenshot', 'file', 'transcript']);
export type AttachmentKind = z.infer<typeof AttachmentKind>;

function isPlainFileName(name: string): boolean {
  return ![...name].some((ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}

/** What it is attached to: the case as a whole, one attempt or one response. */
export const AttachmentOwner = z.enum(['case', 'attempt', 'response']);
export type AttachmentOwner = z.infer<typeof AttachmentOwner>;

/**
 * An attachment's description. The bytes live apart (table `attachmentFiles`, same id) so that
 * listing a case's attachments never reads the files; both are written in one transaction.
 */
export const Attachment = z.strictObject({
  id: Id,
  caseId: Id,
  ownerType: AttachmentOwner,
  /** The case's, attempt's or response's id. */
  ownerId: Id,
  kind: AttachmentKind,
  /** The file's name as shown and as exported (no folders: a name only). */
  name: ShortText.min(1).refine(isPlainFileName, 'a file name without folders or control characters'),
  type: AttachmentType,
  size: z.number().int().positive().max(MAX_ATTACHMENT_BYTES),
  /** SHA-256 of the bytes, lower-case hex: proves a restored file is the one that was saved. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
  ...Stamps,
});
export type Attachment = z.infer<typeof Attachment>;

/** The bytes of an attachment, and a small picture of it for the timeline when it has one. */
export interface AttachmentFile {
  id: string;
  data: Blob;
  thumbnail?: Blob;
}
