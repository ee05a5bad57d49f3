import { sniffType } from '../attachments/sniff';
import type { AttachmentType } from '../model';

/** What the bytes of a file are, judged from its content (never from its name or a declared type). */
export type Sniffed =
  | { type: AttachmentType }
  /** Not one of the accepted kinds; for bytes that could have been text, why they are not. */
  | { type: undefined; text?: 'nul' | 'utf8' };

/**
 * The accepted type the bytes really are, by the same rules as a file being attached
 * (lib/attachments/sniff.ts: PNG, JPEG, WebP, GIF and PDF magic numbers, else UTF-8 text
 * without NULs), with the reason text was refused, for the import's message.
 */
export function sniffAttachment(bytes: Uint8Array): Sniffed {
  const type = sniffType(bytes);
  if (type) return { type };
  if (bytes.length === 0) return { type: undefined };
  return { type: undefined, text: bytes.includes(0) ? 'nul' : 'utf8' };
}
