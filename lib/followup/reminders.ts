import { formatRelative, formatSpan } from '../format/time';
import { t, type MessageKey } from '../i18n';
import type { Settings } from '../settings/schema';
import { ANSWER_KINDS, caseClocks, type CaseRecords } from './clocks';
import { REPLY_DAYS } from '../letters/reply-days';
import type { Attempt } from '../model';
import { DAY, HOUR } from '../time-units';
import { addWorkingDays } from './zoned-time';

export type ReminderKind = 'no_answer_post' | 'no_answer_email' | 'no_answer_letter' | 'promise_due' | 'fix_check';

export interface Reminder {
  /** `${kind}:${recordId}:${dueAt}` — stable, so rebuilding never duplicates and a moved date is a new reminder. */
  id: string;
  caseId: string;
  kind: ReminderKind;
  dueAt: number;
  title: string;
  body: string;
}

type ReminderSettings = Pick<Settings, 'remindAfterPostHours' | 'remindAfterEmailWorkingDays'>;

const WRITTEN_CHANNELS = new Set(['email', 'web_form']);

function reminder(
  kind: ReminderKind,
  recordId: string,
  caseId: string,
  dueAt: number,
  title: string,
  body: string,
): Reminder {
  return { id: `${kind}:${recordId}:${dueAt}`, caseId, kind, dueAt, title, body };
}

/** The latest attempt on such a channel that has no reply and did not resolve the case. */
function latestUnanswered(records: CaseRecords, onChannel: (channel: Attempt['channel']) => boolean) {
  return records.attempts
    .filter((a) => onChannel(a.channel) && a.repliedAt === undefined && a.outcome !== 'resolved')
    .sort((a, b) => a.at - b.at)
    .at(-1);
}

/** The reminders that tell how long it has been since a record: a post, an email or a letter unanswered, a fix to check. */
type WaitedKind = Exclude<ReminderKind, 'promise_due'>;

const WAITED_TEXTS = {
  no_answer_post: { title: 'followup.reminder.noAnswerPost.title', body: 'followup.reminder.noAnswerPost.body' },
  no_answer_email: { title: 'followup.reminder.noAnswerEmail.title', body: 'followup.reminder.noAnswerEmail.body' },
  no_answer_letter: { title: 'followup.reminder.noAnswerLetter.title', body: 'followup.reminder.noAnswerLetter.body' },
  fix_check: { title: 'followup.reminder.fixCheck.title', body: 'followup.reminder.fixCheck.body' },
} as const satisfies Record<WaitedKind, { title: MessageKey; body: MessageKey }>;

/**
 * Texts tell the real elapsed time at max(now, dueAt): the scheduler rebuilds the list when it
 * fires, possibly long after the due time (a computer asleep), so a fixed "24 h" would be wrong.
 */
function promiseBody(promise: string, name: string, dueAt: number, at: number): string {
  if (at - dueAt < HOUR) return t('followup.reminder.promiseDue.body', { promise, case: name });
  return t('followup.reminder.promiseDue.bodyLate', { promise, case: name, when: formatRelative(dueAt, at) });
}

/**
 * Every reminder a case calls for, due or not (pure). The background schedules the future ones
 * and fires the due ones it has not fired yet (firedReminders), so the list can be rebuilt at
 * any time without loss or repetition.
 */
export function remindersFor(
  records: CaseRecords,
  settings: ReminderSettings,
  now: number,
  timeZone: string,
  companyName: string,
): Reminder[] {
  const c = records.case;
  if (c.status !== 'open') return [];
  const clocks = caseClocks(records, now, timeZone);
  if (clocks.fixedAt !== undefined) return [];
  const answerTimes = records.responses.filter((r) => ANSWER_KINDS.has(r.kind)).map((r) => r.at);
  const answeredAfter = (at: number) => answerTimes.some((t) => t >= at);
  const name = c.title || companyName;
  const out: Reminder[] = [];
  /** A reminder that tells how long it has been since `since`, at max(now, dueAt) (see promiseBody). */
  const waited = (kind: WaitedKind, recordId: string, since: number, dueAt: number, who = companyName): Reminder =>
    reminder(
      kind,
      recordId,
      c.id,
      dueAt,
      t(WAITED_TEXTS[kind].title, { company: who }),
      t(WAITED_TEXTS[kind].body, { elapsed: formatSpan(Math.max(now, dueAt) - since), case: name }),
    );

  // Silence after the latest public post.
  const post = records.escalations
    .filter((e) => e.status === 'posted' && e.postedAt !== undefined)
    .sort((a, b) => (a.postedAt ?? 0) - (b.postedAt ?? 0))
    .at(-1);
  if (post?.postedAt !== undefined && !answeredAfter(post.postedAt)) {
    out.push(waited('no_answer_post', post.id, post.postedAt, post.postedAt + settings.remindAfterPostHours * HOUR));
  }

  // Silence after the latest email or web form, counted in the user's working days.
  const written = latestUnanswered(records, (channel) => WRITTEN_CHANNELS.has(channel));
  if (written && !answeredAfter(written.at)) {
    const dueAt = addWorkingDays(written.at, settings.remindAfterEmailWorkingDays, timeZone);
    out.push(waited('no_answer_email', written.id, written.at, dueAt));
  }

  // Silence after the latest letter, once the time it asked for has passed. A letter goes to
  // whoever it names (the company, or the card issuer for a chargeback): the reminder names them.
  const letter = latestUnanswered(records, (channel) => channel === 'letter');
  if (letter && !answeredAfter(letter.at)) {
    const dueAt = letter.at + REPLY_DAYS * DAY;
    out.push(waited('no_answer_letter', letter.id, letter.at, dueAt, letter.contact || companyName));
  }

  for (const p of clocks.promises) {
    if (p.state !== 'open') continue;
    out.push(
      reminder(
        'promise_due',
        p.recordId,
        c.id,
        p.dueAt,
        t('followup.reminder.promiseDue.title', { company: companyName }),
        promiseBody(p.text, name, p.dueAt, Math.max(now, p.dueAt)),
      ),
    );
  }

  // caseClocks gives no fix check while an open promise is overdue or due first: the promise
  // reminder above already asks "did they keep it?".
  const check = clocks.fixCheck;
  const answeredAt = check && records.responses.find((r) => r.id === check.responseId)?.at;
  if (check && answeredAt !== undefined) {
    out.push(waited('fix_check', check.responseId, answeredAt, check.dueAt));
  }
  return out.sort((a, b) => a.dueAt - b.dueAt);
}

/** What the scheduler should do now: fire the due ones not fired yet; wake up for the next one. */
export function planReminders(
  all: readonly Reminder[],
  fired: ReadonlySet<string>,
  now: number,
): { fireNow: Reminder[]; stale: Reminder[]; next?: Reminder } {
  const pending = all.filter((r) => !fired.has(r.id));
  const due = pending.filter((r) => r.dueAt <= now);
  return {
    // Old reminders (e.g. from an imported history) are marked fired without a notification storm.
    fireNow: due.filter((r) => now - r.dueAt <= STALE_AFTER),
    stale: due.filter((r) => now - r.dueAt > STALE_AFTER),
    next: pending.filter((r) => r.dueAt > now).sort((a, b) => a.dueAt - b.dueAt)[0],
  };
}

export const STALE_AFTER = 14 * 24 * HOUR;
