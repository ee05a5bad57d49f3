import type { Attempt } from '../model';
import { DEDUPE_WINDOW_MS } from '../autolog/windows';

/**
 * Is a stored attempt the same send reported again (a second listener, a double press)? An
 * automatic email to the same address of the same company with the same subject, moments apart.
 */
export function sameSend(
  attempt: Attempt,
  send: { companyId: string; contact: string; subject: string | undefined; at: number },
): boolean {
  return (
    attempt.source === 'auto' &&
    attempt.channel === 'email' &&
    attempt.companyId === send.companyId &&
    attempt.contact === send.contact &&
    (attempt.subject ?? '') === (send.subject ?? '') &&
    Math.abs(attempt.at - send.at) <= DEDUPE_WINDOW_MS
  );
}
