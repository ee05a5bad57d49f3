import { MAX_ATTACHMENT_BYTES } from '../model';
import { MAX_ATTACHMENTS } from './backup';
import { MAX_IMPORT_BYTES } from './parse';

/** What a .zip backup may hold; checked from its table of contents, and again while it unpacks. */
export interface ZipLimits {
  /** Entries in the archive: backup.json and one per attachment. */
  maxEntries: number;
  /** Unpacked size of one attachment's file. */
  maxFileBytes: number;
  /** Unpacked size of backup.json. */
  maxJsonBytes: number;
  /** Unpacked size of everything together. */
  maxTotalBytes: number;
  /** Size of the .zip file itself. */
  maxArchiveBytes: number;
}

/** 2 GiB of files: a hundred thousand attachments of a few kilobytes, or a hundred 20 MB ones. */
const MAX_TOTAL_FILE_BYTES = 2 * 1024 * 1024 * 1024;

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: MAX_ATTACHMENTS + 1,
  maxFileBytes: MAX_ATTACHMENT_BYTES,
  maxJsonBytes: MAX_IMPORT_BYTES,
  maxTotalBytes: MAX_TOTAL_FILE_BYTES + MAX_IMPORT_BYTES,
  maxArchiveBytes: MAX_TOTAL_FILE_BYTES + MAX_IMPORT_BYTES,
};
