import { cases, latestOpenCaseOf } from '../db/cases';
import { userLocale } from '../i18n';
import { makeCaseTitle } from '../logging/case-title';
import type { Case, Channel, Company } from '../model';

/**
 * The case an automatic attempt joins: the company's most recently active open case, or a new
 * one marked `needsTitle` so the popup asks for a name. Call inside the write transaction.
 */
export async function caseForAutoAttempt(
  company: Pick<Company, 'id' | 'name'>,
  channel: Channel,
  at: number,
  now: number,
): Promise<{ theCase: Case; opened: boolean }> {
  const open = await latestOpenCaseOf(company.id);
  if (open) return { theCase: open, opened: false };
  const theCase = await cases.put({
    id: crypto.randomUUID(),
    companyId: company.id,
    title: makeCaseTitle(company.name, channel, at, userLocale()),
    needsTitle: true,
    problem: '',
    ask: '',
    status: 'open',
    openedAt: at,
    lastActivityAt: at,
    createdAt: now,
    updatedAt: now,
  });
  return { theCase, opened: true };
}
