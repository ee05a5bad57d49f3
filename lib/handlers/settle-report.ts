import { Refusal } from '../messages/refusal';

/**
 * A report's work, after which the report leaves its outbox: stored, or refused for good (logging
 * switched off, too old…). Any other failure leaves it there, to be tried again.
 */
export async function settleReport<T>(work: () => Promise<T>, leaveOutbox: () => Promise<void>): Promise<T> {
  try {
    const result = await work();
    await leaveOutbox();
    return result;
  } catch (error) {
    if (error instanceof Refusal) await leaveOutbox();
    throw error;
  }
}
