import type { Attempt } from '../model';
import { MAX_CLOCK_SKEW_MS } from '../autolog/windows';
import { sameThread } from './subject';

/** A message from a company's address seen in a conversation the person opened. */
export interface SeenMessage {
  from: string;
  /** When it was sent, when the page says so in a form we can read. */
  at?: number;
  subject?: string;
}

/**
 * The email attempt a company's message answers, or none: the latest email the person sent that
 * company (in a case still open) before the message came. A message whose time the page does not
 * give answers only an email of the same thread (its subject), and is dated when it was seen.
 * A message older than every email sent is no answer to them.
 */
export function attemptAnswered(
  message: SeenMessage,
  candidates: readonly Attempt[],
  now: number,
): Attempt | undefined {
  const emails = candidates.filter((a) => a.channel === 'email');
  if (message.at !== undefined) {
    const at = message.at;
    return emails.filter((a) => a.at < at && at <= now + MAX_CLOCK_SKEW_MS).sort((a, b) => b.at - a.at)[0];
  }
  return emails.filter((a) => a.at <= now && sameThread(a.subject, message.subject)).sort((a, b) => b.at - a.at)[0];
}
