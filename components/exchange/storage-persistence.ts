export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

/**
 * Asks the browser to keep our IndexedDB even under storage pressure. Harmless to repeat: an
 * already persistent origin answers at once, and a refusal is only shown, never nagged about.
 */
export async function ensurePersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage || typeof storage.persisted !== 'function' || typeof storage.persist !== 'function')
    return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}
