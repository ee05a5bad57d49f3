import { send } from '../background-client';

/**
 * Tells the background a call started or ended, so the badge and its alarm follow at once. A
 * missing background must not break logging (the reply says so; the badge also refreshes on its
 * own alarm).
 */
export async function notifyCallChanged(): Promise<void> {
  await send({ type: 'ui/call-changed' });
}
