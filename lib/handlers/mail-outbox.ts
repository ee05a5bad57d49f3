import { Refusal } from '../messages/refusal';
import { pendingMailReports } from '../mail/outbox';
import { mailSeen } from './mail-seen';
import { mailSent } from './mail-sent';
import type { HandlerContext } from './types';

/**
 * Handles every report waiting in the mail outbox (worker start, or a report just written). A
 * report there speaks for its page: only the extension's own scripts write there. Each is
 * handled by its id, so one that also came as a message is not stored twice.
 */
export async function drainMailOutbox(now: () => number = Date.now): Promise<void> {
  for (const report of await pendingMailReports()) {
    const ctx: HandlerContext = { origin: 'page', url: report.pageUrl, now: now() };
    try {
      if (report.type === 'cs/mail-sent') await mailSent(report, ctx);
      else await mailSeen(report, ctx);
    } catch (error) {
      // Refused for good (switched off, too old…): the handler removed it. Anything else (the
      // database busy) stays for the next drain, and the reports after it are still handled.
      if (error instanceof Refusal) continue;
    }
  }
}
