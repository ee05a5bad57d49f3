import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { BACKUP_ENTRY, fileEntryName } from './zip-names';

/** One attachment's file for the archive. */
export interface ZipFileSource {
  id: string;
  data: Blob;
}

/**
 * Archive pieces are gathered up to this size, then handed to a Blob: the browser may keep a
 * Blob's bytes on disk, so the archive is never one large buffer in the worker's memory.
 */
const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * Collects the archive's output as Blob parts. A stored file's bytes come back from fflate as the
 * very array they were pushed as: in their place goes the file's own Blob, so its bytes are not
 * copied into the archive a second time (the browser assembles the download from the parts).
 */
class BlobSink {
  private parts: Blob[] = [];
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  private current: { bytes: Uint8Array; blob: Blob } | undefined;
  failure: Error | undefined;
  done = false;

  /** The file being added: its pushed bytes and the Blob they were read from. */
  adding(bytes: Uint8Array, blob: Blob) {
    this.current = { bytes, blob };
  }

  accept = (error: Error | null, chunk: Uint8Array, final: boolean) => {
    if (error) {
      this.failure = error;
      return;
    }
    if (this.current && chunk === this.current.bytes) {
      this.flush();
      this.parts.push(this.current.blob);
    } else {
      // fflate hands out fresh arrays for headers and deflated data, never one it reuses, and
      // never works on shared memory.
      this.pending.push(chunk as Uint8Array<ArrayBuffer>);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes >= PIECE_BYTES) this.flush();
    }
    if (final) {
      this.flush();
      this.done = true;
    }
  };

  private flush() {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  blob(type: string): Blob {
    if (this.failure) throw this.failure;
    if (!this.done) throw new Error('the archive was not finished');
    return new Blob(this.parts, { type });
  }
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/**
 * A version-2 backup as a .zip: `backup.json` (deflated) first, then each attachment's file at
 * `files/<id>`, stored as it is (pictures and PDFs are compressed already). Each file is read
 * once, for its CRC-32, while the next one is already being read; then only its Blob goes into
 * the archive. At most two files are in memory at a time, whatever the total.
 */
export async function buildBackupZip(json: string, files: readonly ZipFileSource[], modifiedAt: number): Promise<Blob> {
  const sink = new BlobSink();
  const zip = new Zip(sink.accept);
  const mtime = new Date(Math.max(modifiedAt, Date.UTC(1980, 0, 2)));
  const document = new ZipDeflate(BACKUP_ENTRY, { level: 6 });
  document.mtime = mtime;
  zip.add(document);
  let next = files[0] ? bytesOf(files[0].data) : undefined;
  document.push(strToU8(json), true);
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    if (!file || !next) break;
    const bytes = await next;
    const following = files[index + 1];
    next = following ? bytesOf(following.data) : undefined;
    const entry = new ZipPassThrough(fileEntryName(file.id));
    entry.mtime = mtime;
    zip.add(entry);
    // A Blob never changes: the bytes read are the bytes the archive will hold.
    sink.adding(bytes, file.data);
    entry.push(bytes, true);
    if (sink.failure) throw sink.failure;
  }
  zip.end();
  return sink.blob('application/zip');
}
