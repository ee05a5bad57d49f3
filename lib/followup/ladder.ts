import { t } from '../i18n';
import type { Company } from '../model';
import { answerWindow } from './answer-window';
import { caseClocks, type CaseRecords } from './clocks';
import { regulatorsFor, waitFor, type Regulator } from './regulators';
import { DAY } from '../time-units';
import { addWorkingDays } from './zoned-time';

export type NextStep =
  /** Not open yet (opensAt): the company is still inside its answer window after the latest post. */
  | { kind: 'follow_up_post'; daysSince: number; opensAt?: number; open: boolean }
  | { kind: 'thanks_post' }
  | { kind: 'written_complaint' }
  | { kind: 'regulator'; regulator: Regulator; opensAt?: number; open: boolean };

const WRITTEN = new Set(['email', 'letter', 'web_form']);

export interface LadderOptions {
  /** Hours a company gets to answer a public post (settings.remindAfterPostHours; 24 when absent). */
  answerWindowHours?: number;
}

/**
 * The next steps for a case, in escalating order: a courteous public follow-up, a
 * written complaint, then the regulator or ombudsman for the company's sector and country.
 * After a fix: a thank-you post instead.
 */
export function nextSteps(
  records: CaseRecords,
  company: Pick<Company, 'sector' | 'country'> | undefined,
  now: number,
  timeZone = 'UTC',
  options: LadderOptions = {},
): NextStep[] {
  const clocks = caseClocks(records, now, timeZone);
  const posted = records.escalations.filter((e) => e.status === 'posted');
  if (clocks.fixedAt !== undefined || records.case.status === 'resolved') {
    const thanked = posted.some((e) => e.kind === 'thanks');
    return posted.length > 0 && !thanked ? [{ kind: 'thanks_post' }] : [];
  }
  if (records.case.status === 'closed') return [];

  const steps: NextStep[] = [];
  const start = clocks.firstContactAt ?? records.case.openedAt;
  const daysSince = Math.max(0, Math.floor((now - start) / DAY));
  const judgedNotFixed = records.responses.some((r) => r.promiseKept === false);
  const stillWaiting = clocks.waitingSince !== undefined;
  const window = answerWindow(records, now, options.answerWindowHours);
  if (window?.pending) {
    // Minutes after a post a follow-up reads as pestering: say when it makes sense instead.
    steps.push({ kind: 'follow_up_post', daysSince, opensAt: window.opensAt, open: false });
  } else if (
    posted.length > 0 &&
    (stillWaiting || judgedNotFixed || clocks.overdueSince !== undefined || clocks.fixCheck?.due === true)
  ) {
    steps.push({ kind: 'follow_up_post', daysSince, open: true });
  }

  const writtenAt = records.attempts
    .filter((a) => WRITTEN.has(a.channel))
    .map((a) => a.at)
    .sort((a, b) => a - b)[0];
  if (writtenAt === undefined) steps.push({ kind: 'written_complaint' });

  if (company) {
    for (const regulator of regulatorsFor(company.sector, company.country)) {
      const wait = writtenAt === undefined ? regulator.wait : waitFor(regulator, writtenAt);
      let opensAt: number | undefined;
      if (wait && writtenAt !== undefined) {
        opensAt =
          'weeks' in wait ? writtenAt + wait.weeks * 7 * DAY : addWorkingDays(writtenAt, wait.workingDays, timeZone);
      }
      // With a wait but no written complaint yet, the step opens only once one is made.
      const open = wait === undefined || (opensAt !== undefined && opensAt <= now);
      steps.push({ kind: 'regulator', regulator, opensAt, open });
    }
  }
  return steps;
}

/** How long the regulator's own clock runs, in words. */
export function regulatorClock(regulator: Regulator, complaintAt?: number): string {
  const wait = complaintAt === undefined ? regulator.wait : waitFor(regulator, complaintAt);
  const weeks = wait && 'weeks' in wait ? wait.weeks : 8;
  return t(`followup.regulator.clock.${regulator.clockKey}`, { weeks });
}
