import { z } from 'zod';
import { bareCompany } from '../companies/auto';
import type { FiredReminder } from '../db/database';
import { remindersFor } from '../followup/reminders';
import { DAY, MINUTE } from '../time-units';
import { t } from '../i18n';
import { CompanyId, Id, LIMITS, Timestamp, type Attempt, type Case, type Company } from '../model';

/**
 * The sample case the welcome page offers: an invented company, one open case and three contacts
 * (an email, a call with an agent, a reference and a promise, then a chat after the promise's
 * date passed), so the popup has something to show before the person logs anything real.
 */

/** What the welcome page remembers of a sample it added, so removing it touches nothing else. */
export const SampleRefs = z.strictObject({
  companyId: CompanyId,
  caseId: Id,
  attemptIds: z.array(Id).max(LIMITS.listItems),
  addedAt: Timestamp,
});
export type SampleRefs = z.infer<typeof SampleRefs>;

export interface Sample {
  company: Company;
  case: Case;
  attempts: Attempt[];
  refs: SampleRefs;
}

/**
 * The sample's records for `now` (pure but for `newId`, which tests pin). Every contact lies in
 * the past, the promise's date too, so the case reads "Overdue" and comes first in the popup.
 * The company has no domain: no real site's contacts can ever join the sample.
 */
export function buildSample(now: number, newId: () => string = () => crypto.randomUUID()): Sample {
  // A prefix no other company id uses ("user-" is typed names, "auto-" sites): a sample never
  // lands on a company the person made, and the random part lets it be added again after removal.
  const companyId = `sample-${newId()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 12)}`;
  const caseId = newId();
  const base = now - (now % MINUTE);
  const stamps = { createdAt: now, updatedAt: now };
  const manual = { caseId, companyId, source: 'manual' as const, ...stamps };

  const emailAt = base - 20 * DAY;
  const email: Attempt = {
    ...manual,
    id: newId(),
    channel: 'email',
    at: emailAt,
    agents: [],
    contact: t('welcome.sample.emailTo'),
    subject: t('welcome.sample.emailSubject'),
    outcome: 'pending',
    awaitingReply: true,
  };
  const callAt = base - 13 * DAY;
  const call: Attempt = {
    ...manual,
    id: newId(),
    channel: 'phone',
    at: callAt,
    endedAt: callAt + 23 * MINUTE,
    holdSeconds: 9 * 60,
    agents: [t('welcome.sample.callAgent')],
    reference: t('welcome.sample.callReference'),
    contact: t('welcome.sample.callNumber'),
    summary: t('welcome.sample.callSummary'),
    outcome: 'promised',
    // Due five days after the call, eight days before now: a broken promise.
    promise: { text: t('welcome.sample.promise'), dueAt: callAt + 5 * DAY },
  };
  const chatAt = base - 2 * DAY;
  const chat: Attempt = {
    ...manual,
    id: newId(),
    channel: 'chat',
    at: chatAt,
    endedAt: chatAt + 11 * MINUTE,
    agents: [],
    contact: t('welcome.sample.chatWhere'),
    summary: t('welcome.sample.chatSummary'),
    outcome: 'unresolved',
  };
  const attempts = [email, call, chat];

  const company: Company = {
    ...bareCompany({ id: companyId, name: t('welcome.sample.company'), domains: [], source: 'user' }, now),
    sector: 'utility',
  };
  const theCase: Case = {
    id: caseId,
    companyId,
    title: t('welcome.sample.caseTitle'),
    needsTitle: false,
    problem: t('welcome.sample.problem'),
    ask: t('welcome.sample.ask'),
    status: 'open',
    openedAt: emailAt,
    lastActivityAt: Math.max(...attempts.map((a) => a.endedAt ?? a.at)),
    ...stamps,
  };
  return {
    company,
    case: theCase,
    attempts,
    refs: { companyId, caseId, attemptIds: attempts.map((a) => a.id), addedAt: now },
  };
}

/**
 * The sample's reminders, each marked as already fired: an invented company's overdue promise or
 * unanswered email must never raise a real notification. (Reminder ids carry their due date, so
 * these silence exactly the sample's reminders under the settings of the moment.)
 */
export function silencedReminders(
  sample: Sample,
  settings: Parameters<typeof remindersFor>[1],
  now: number,
  timeZone: string,
): FiredReminder[] {
  const records = { case: sample.case, attempts: sample.attempts, escalations: [], responses: [] };
  return remindersFor(records, settings, now, timeZone, sample.company.name).map((r) => ({
    id: r.id,
    caseId: r.caseId,
    firedAt: now,
  }));
}
