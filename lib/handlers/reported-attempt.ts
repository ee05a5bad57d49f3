import { attempts } from '../db/attempts';
import { rememberReport } from '../autolog/tab-report-store';
import { Refusal } from '../messages/refusal';
import type { Attempt } from '../model';
import type { HandlerContext } from './types';

/**
 * The attempt a repeated report (the message and its outbox copy) already stored under its id, or
 * undefined when none is. Run inside the storing transaction. An id used by another record — not
 * automatic, or another company's — is refused: a page cannot overwrite what it did not write.
 */
export async function storedByReport(id: string, companyId: string): Promise<Attempt | undefined> {
  const existing = await attempts.get(id);
  if (existing && (existing.source !== 'auto' || existing.companyId !== companyId)) {
    throw new Refusal('refused: this attempt id is already used by another record');
  }
  return existing;
}

/** Undo and "Change case" from the page's notice: allowed to the tab that reported it, for a short while. */
export async function rememberForTab(
  ctx: HandlerContext,
  attempt: Pick<Attempt, 'id' | 'caseId'>,
  openedCase: boolean,
): Promise<void> {
  if (ctx.tabId === undefined) return;
  await rememberReport(
    { attemptId: attempt.id, caseId: attempt.caseId, tabId: ctx.tabId, at: ctx.now, openedCase },
    ctx.now,
  );
}
