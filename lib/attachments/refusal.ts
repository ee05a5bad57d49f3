/** A file Paper Trail will not keep, with the message to show the person (nothing was saved). */
export class AttachmentRefused extends Error {
  override name = 'AttachmentRefused';
}

/** Whether an IndexedDB write failed for lack of space (Dexie wraps the DOMException). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}
