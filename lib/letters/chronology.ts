import type { CaseReport, PromiseStatus, ReportEvent } from '../exchange/report';
import { formatDate, formatDateTime, formatDuration, type FormatOptions } from '../format/time';
import { t, type MessageKey } from '../i18n';
import type { Attempt, PromiseMade, Response } from '../model';

const PROMISE_STATUS: Record<PromiseStatus, MessageKey> = {
  kept: 'letters.promise.kept',
  broken: 'letters.promise.broken',
  pending: 'letters.promise.pending',
};

/** A full stop where one is missing; a link is left as it is, so it stays one that works. */
const sentence = (text: string): string => {
  const s = text.trim();
  return /^https?:\/\/\S+$/u.test(s) || /[.!?…]["'’”)]*$/u.test(s) ? s : `${s}.`;
};

function promiseLine(promise: PromiseMade, status: PromiseStatus | undefined, fmt: FormatOptions): string {
  const line = t('letters.chrono.promise', { text: promise.text, due: formatDate(promise.dueAt, fmt) });
  return status ? `${line} ${t(PROMISE_STATUS[status])}` : line;
}

function attemptDetails(a: Attempt, status: PromiseStatus | undefined, fmt: FormatOptions): string[] {
  const words = (seconds: number) => formatDuration(seconds, { ...fmt, style: 'words' });
  return [
    a.contact ? t(`report.contact.${a.channel}`, { value: a.contact }) : '',
    a.subject ? t('report.detail.subject', { subject: a.subject }) : '',
    a.agents.length ? t('report.detail.agents', { names: a.agents.join(', ') }) : '',
    a.reference ? t('report.detail.reference', { reference: a.reference }) : '',
    a.endedAt !== undefined && a.channel === 'phone'
      ? t('report.detail.duration', { duration: words((a.endedAt - a.at) / 1000) })
      : '',
    a.holdSeconds ? t('report.detail.hold', { duration: words(a.holdSeconds) }) : '',
    a.summary ?? '',
    t('letters.chrono.outcome', { outcome: t(`followup.summary.outcome.${a.outcome}`) }),
    a.promise ? promiseLine(a.promise, status, fmt) : '',
    a.repliedAt !== undefined ? t('report.detail.replied', { date: formatDateTime(a.repliedAt, fmt) }) : '',
    a.awaitingReply && a.repliedAt === undefined ? t('report.detail.awaitingReply') : '',
  ].filter(Boolean);
}

function responseDetails(r: Response, status: PromiseStatus | undefined, fmt: FormatOptions): string[] {
  return [
    r.by ? t('report.detail.by', { by: r.by }) : '',
    r.note ?? '',
    r.promise ? promiseLine(r.promise, status, fmt) : '',
    // An answer about an earlier promise, with no promise of its own.
    !r.promise && status ? t(PROMISE_STATUS[status]) : '',
    r.url ?? '',
  ].filter(Boolean);
}

/** One event as a line of a letter: when, what, then every fact the record holds, as sentences. */
function eventLine(event: ReportEvent, fmt: FormatOptions): string {
  const when = formatDateTime(event.at, fmt);
  if (event.type === 'attempt') {
    const what = t('letters.chrono.attempt', { channel: t(`popup.channel.${event.record.channel}`) });
    return [when, [what, ...attemptDetails(event.record, event.promise, fmt)].map(sentence).join(' ')].join(' — ');
  }
  if (event.type === 'post') {
    const e = event.record;
    const what = t('letters.chrono.post', { platform: t(`compose.platform.${e.platform}`), handle: e.handle });
    return [when, [what, ...(e.postUrl ? [e.postUrl] : [])].map(sentence).join(' ')].join(' — ');
  }
  const what = t('letters.chrono.response', { kind: t(`popup.response.${event.record.kind}`) });
  return [when, [what, ...responseDetails(event.record, event.promise, fmt)].map(sentence).join(' ')].join(' — ');
}

/**
 * The case's history as numbered lines, oldest first, from the report's events (the same records
 * and the same kept/broken judgement of each promise the printed report shows). A call still
 * running has no outcome yet and is left out, as the drafts leave it out.
 */
export function chronology(report: CaseReport, fmt: FormatOptions = {}): string[] {
  return report.events
    .filter((e) => !(e.type === 'attempt' && e.record.inProgress))
    .map((e, i) => `${i + 1}. ${eventLine(e, fmt)}`);
}
