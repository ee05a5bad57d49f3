import { cases, latestOpenCaseOf } from '../db/cases';
import { userLocale } from '../i18n';
import { makeCaseTitle } from '../autolog/case-title';
import type { Case, Channel, Company } from '../model';

/**
 * The case something recorded automatically joins: the company's most recently active open case,
 * or a new one marked `needsTitle` so the popup asks for a name. Call inside the write transaction.
 */
export async function caseToJoin(
  companyId: string,
  draft: { title: string; problem?: string },
  at: number,
  now: number,
): Promise<{ theCase: Case; opened: boolean }> {
  const open = await latestOpenCaseOf(companyId);
  if (open) return { theCase: open, opened: false };
  const theCase = await cases.put({
    id: crypto.randomUUID(),
    companyId,
    title: draft.title.slice(0, 200),
    needsTitle: true,
    problem: draft.problem ?? '',
    ask: '',
    status: 'open',
    openedAt: at,
    lastActivityAt: at,
    createdAt: now,
    updatedAt: now,
  });
  return { theCase, opened: true };
}

/** The case an automatically logged attempt joins, titled "<Company> — web form, 22 Nov". */
export function caseForAutoAttempt(
  company: Pick<Company, 'id' | 'name'>,
  channel: Channel,
  at: number,
  now: number,
): Promise<{ theCase: Case; opened: boolean }> {
  return caseToJoin(company.id, { title: makeCaseTitle(company.name, channel, at, userLocale()) }, at, now);
}
