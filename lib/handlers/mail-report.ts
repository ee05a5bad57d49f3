import { removeMailReport } from '../mail/outbox';
import { mailQueue } from '../mail/queue';
import { settleReport } from './settle-report';
import type { HandlerContext } from './types';

/**
 * A mail report's handler from its work: reports are handled one at a time (lib/mail/queue.ts),
 * and each, stored or refused, leaves the mail outbox.
 */
export function mailReportHandler<M extends { id: string }, R>(
  store: (msg: M, ctx: HandlerContext) => Promise<R>,
): (msg: M, ctx: HandlerContext) => Promise<R> {
  return (msg, ctx) =>
    mailQueue(() =>
      settleReport(
        () => store(msg, ctx),
        () => removeMailReport(msg.id),
      ),
    );
}
