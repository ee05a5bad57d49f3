import { browser } from 'wxt/browser';
import { takeAttachmentsOf } from '../attachments/store';
import { syncCallBadge } from '../calls/badge';
import { recordsOfCase } from '../data/case-records';
import { attempts } from '../db/attempts';
import { cases } from '../db/cases';
import { getDb } from '../db/database';
import { findReport } from '../autolog/tab-reports';
import { forgetAttempt, readReports } from '../autolog/tab-report-store';
import { UNDO_WINDOW_MS } from '../autolog/windows';
import { Refusal } from '../messages/refusal';
import { senderIsOnSiteOf } from './page-of-sender';
import type { Response } from '../messages/protocol';
import type { Handler } from './types';

export type AttemptUndoResult = Response<'cs/attempt-undo'>;

/**
 * Undo from the in-page toast. A content script may only take back what it just reported: an
 * automatic attempt, from the same tab, within two minutes. Everything else stays untouched.
 */
export const attemptUndo: Handler<'cs/attempt-undo'> = async (msg, ctx) => {
  const refusal = 'refused: only an attempt this tab logged in the last 2 minutes can be undone';
  const report = findReport(await readReports(ctx.now), msg.id, ctx.tabId, ctx.now, UNDO_WINDOW_MS);
  if (!report) throw new Refusal(refusal);

  const db = getDb();
  const tables = [db.cases, db.attempts, db.escalations, db.responses, db.attachments, db.attachmentFiles];
  const result = await db.transaction('rw', tables, async () => {
    const attempt = await attempts.get(msg.id);
    if (!attempt) return { undone: false, caseRemoved: false, wasRunning: false };
    // Reported from this tab, but the tab may have gone to another site since: only the site that
    // reported it may take it back, and it hears the same refusal as any stranger.
    if (!senderIsOnSiteOf(attempt.pageUrl, ctx)) throw new Refusal(refusal);
    if (attempt.source !== 'auto' || ctx.now - attempt.createdAt > UNDO_WINDOW_MS) {
      throw new Refusal('refused: the attempt was not logged automatically moments ago');
    }
    await attempts.remove(attempt.id);
    // Anything the person attached to it in those two minutes goes with it.
    await takeAttachmentsOf([attempt.id]);
    let caseRemoved = false;
    if (report.openedCase && report.caseId === attempt.caseId) {
      const { attempts: left, escalations: posts, responses: answers } = await recordsOfCase(attempt.caseId);
      const theCase = await cases.get(attempt.caseId);
      const evidence = await db.attachments.where('ownerId').equals(attempt.caseId).count();
      // Only an untouched auto-opened case: once the person named it (or attached to it), it is theirs.
      if (theCase?.needsTitle && left.length + posts.length + answers.length + evidence === 0) {
        await cases.remove(attempt.caseId);
        caseRemoved = true;
      }
    }
    return { undone: true, caseRemoved, wasRunning: attempt.inProgress === true };
  });
  await forgetAttempt(msg.id, ctx.now);
  // An undone tel: call no longer runs: the call badge drops it.
  if (result.wasRunning) await syncCallBadge(browser, ctx.now).catch(() => undefined);
  const reply: AttemptUndoResult = { undone: result.undone, caseRemoved: result.caseRemoved };
  return reply;
};
