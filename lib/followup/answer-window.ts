import { DEFAULT_SETTINGS } from '../settings/schema';
import type { CaseRecords } from './clocks';
import { HOUR } from '../time-units';

/** The time a company gets to answer a public post before a follow-up post is suggested. */
export interface AnswerWindow {
  /** The latest posted escalation. */
  postedAt: number;
  /** postedAt + the window: from then on a follow-up post is timely. */
  opensAt: number;
  /** The company did something (a reply, a promise, an email answer…) since that post. */
  answeredSince: boolean;
  /** Inside the window with nothing from the company yet: a follow-up would come too soon. */
  pending: boolean;
}

/** The window after the latest public post (pure); undefined when nothing was posted. */
export function answerWindow(
  records: CaseRecords,
  now: number,
  windowHours: number = DEFAULT_SETTINGS.remindAfterPostHours,
): AnswerWindow | undefined {
  const postedAt = records.escalations
    .flatMap((e) => (e.status === 'posted' && e.postedAt !== undefined ? [e.postedAt] : []))
    .reduce<number | undefined>((latest, at) => (latest === undefined || at > latest ? at : latest), undefined);
  if (postedAt === undefined) return undefined;
  const opensAt = postedAt + windowHours * HOUR;
  const answeredSince =
    records.responses.some((r) => r.at >= postedAt) ||
    records.attempts.some((a) => a.repliedAt !== undefined && a.repliedAt >= postedAt);
  return { postedAt, opensAt, answeredSince, pending: !answeredSince && now < opensAt };
}
