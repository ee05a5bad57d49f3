import { attemptFromForm } from '../calls/attempt-form';
import { newAttempt, saveAttempt } from '../calls/calls';
import { ensureUserCompany, openCaseFor } from '../calls/target';
import { cases } from '../db/cases';
import type { Attempt } from '../model';
import { toAttemptDraft } from './draft';
import type { ResolvedQuickAdd } from './resolve';

/** Why a confirmed quick add could not be stored; the UI words each one. */
export class QuickAddSaveError extends Error {
  constructor(
    readonly reason: 'no_company' | 'invalid',
    /** For 'invalid': the form's own messages, field by field. */
    readonly details: readonly string[] = [],
  ) {
    super(reason === 'invalid' ? details.join(' ') : 'no company named');
    this.name = 'QuickAddSaveError';
  }
}

/**
 * Stores a confirmed quick add as an attempt. It is checked by the hand-logging form's own rules
 * first, so a line that would be refused there creates nothing — no company, no case. The company
 * is the one the line named (a new one of the person's own if the directory does not know it),
 * else the case the person was looking at, else the current site's; the attempt goes to that
 * company's open case (a new one if it has none).
 */
export async function saveQuickAdd(
  resolved: ResolvedQuickAdd,
  ctx: { now: number; caseId?: string; fallbackCompanyId?: string },
): Promise<Attempt> {
  const { now } = ctx;
  const draft = toAttemptDraft(resolved, now);
  // A stand-in base: validation needs an attempt's shape, not its case.
  const checked = attemptFromForm(
    draft.values,
    newAttempt('00000000-0000-4000-8000-000000000000', 'draft', resolved.channel, now),
    { now },
  );
  if (!checked.ok)
    throw new QuickAddSaveError(
      'invalid',
      Object.values(checked.errors).filter((m): m is string => m !== undefined),
    );

  const current = ctx.caseId ? await cases.get(ctx.caseId) : undefined;
  const named =
    draft.companyId ?? (draft.companyName ? (await ensureUserCompany(draft.companyName, now)).id : undefined);
  const companyId = named ?? current?.companyId ?? ctx.fallbackCompanyId;
  if (companyId === undefined) throw new QuickAddSaveError('no_company');
  // The case in view takes the line unless the line named another company.
  const target =
    current && current.companyId === companyId && current.status === 'open'
      ? current
      : await openCaseFor(companyId, now);
  return saveAttempt({ ...checked.attempt, caseId: target.id, companyId });
}
