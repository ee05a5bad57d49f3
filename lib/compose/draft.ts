import { plural, t } from '../i18n';
import { channelCount, listText } from './list-words';
import type { EscalationKind, Platform, Tone } from '../model';
import { ruleFindings } from './check';
import { countPost } from './count';
import { type DateOptions, daysBetween, formatDay, formatDuration } from './dates';
import { recordsWithoutRefusedCharacters } from './clean-text';
import { type CaseFacts, type CaseRecords, gatherFacts } from './facts';
import { handleInfo, mentionFor, stripAt } from './handle';
import { REDDIT_TITLE_LIMIT, rulesFor } from './limits';
import { splitPost } from './split';

export interface DraftRequest extends CaseRecords {
  kind: EscalationKind;
  platform: Platform;
  tone: Tone;
  /** The account chosen by the user; the directory's when absent. */
  handle?: string;
  now: number;
  /** IANA zone for dates; the user's own when absent. */
  timeZone?: string;
  mastodonLimit?: number;
}

export interface Draft {
  platform: Platform;
  kind: EscalationKind;
  tone: Tone;
  /** Without the leading "@"; empty when no account is known. */
  handle: string;
  /** The whole draft before splitting (Reddit: the body). */
  text: string;
  /** The posts to publish, in order: a thread, or one post. Reddit: [title, body]. */
  parts: string[];
}

/**
 * Optional pieces a compact draft drops, in this order, to fit one post before it becomes a
 * thread. Reference numbers and the dates of broken promises are facts the company can act on:
 * they are never dropped to fit — the draft splits instead.
 */
interface Detail {
  greeting: boolean;
  /** Phone time and the number of agents. */
  extras: boolean;
}
const LEVELS: Detail[] = [
  { greeting: true, extras: true },
  { greeting: false, extras: true },
  { greeting: false, extras: false },
];

const daysText = (days: number) =>
  days === 0
    ? t('compose.draft.days.zero')
    : days === 1
      ? t('compose.draft.days.one')
      : t('compose.draft.days.many', { count: days });

function history(f: CaseFacts, d: Detail, dates: DateOptions): string {
  if (f.count === 0) return '';
  const extras: string[] = [];
  if (d.extras && f.phoneSeconds >= 60)
    extras.push(t('compose.draft.history.phone', { time: formatDuration(f.phoneSeconds) }));
  if (d.extras && f.agents >= 2) extras.push(t('compose.draft.history.agents', { count: f.agents }));
  const channels =
    listText(f.byChannel.map(([c, n]) => channelCount(c, n))) +
    (extras.length ? ` ${t('compose.draft.history.extra', { details: extras.join(', ') })}` : '');
  const date = formatDay(f.firstAt, dates);
  if (f.count === 1) return t('compose.draft.history.one', { date, channels });
  if (f.days === 0) return t('compose.draft.history.manyToday', { count: f.count, channels });
  return t('compose.draft.history.many', { date, days: daysText(f.days), count: f.count, channels });
}

function promisesText(f: CaseFacts, full: boolean, dates: DateOptions): string[] {
  const broken = f.brokenPromises;
  if (broken.length === 0) return [];
  if (full) {
    // The rules alone: drafts are also made in the background (the in-page Insert button), which
    // need not load the trained reader; the composer checks the whole draft with both readers.
    return broken.map((p) =>
      ruleFindings(p.text).length === 0 && p.text
        ? t('compose.draft.promise.full', {
            made: formatDay(p.madeAt, dates),
            text: p.text,
            due: formatDay(p.dueAt, dates),
          })
        : t('compose.draft.promise.one', { date: formatDay(p.dueAt, dates) }),
    );
  }
  if (broken.length === 1) return [t('compose.draft.promise.one', { date: formatDay(broken[0]!.dueAt, dates) })];
  return [
    t('compose.draft.promise.many', {
      count: broken.length,
      dates: listText(broken.map((p) => formatDay(p.dueAt, dates))),
    }),
  ];
}

function opening(f: CaseFacts, req: DraftRequest, dates: DateOptions): string {
  if (req.kind === 'thanks') return t('compose.draft.thanks.main', { title: f.title.replace(/[.!?]+$/u, '') });
  if (req.kind === 'initial') return '';
  const now = req.now;
  if (f.lastPostAt) {
    // What the company (or the person) did since the post says more than the days gone by.
    const postDate = formatDay(f.lastPostAt, dates);
    if (f.replySincePostAt)
      return t('compose.draft.followUp.repliedSincePost', {
        postDate,
        replyDate: formatDay(f.replySincePostAt, dates),
      });
    if (f.attemptsSincePost > 0) {
      return plural(f.attemptsSincePost, 'compose.draft.followUp.triedSincePost', { date: postDate });
    }
    return t('compose.draft.followUp.sincePost', { days: daysText(daysBetween(f.lastPostAt, now)), date: postDate });
  }
  if (f.lastReplyAt)
    return t('compose.draft.followUp.sinceReply', {
      days: daysText(daysBetween(f.lastReplyAt, now)),
      date: formatDay(f.lastReplyAt, dates),
    });
  const promise = f.brokenPromises.at(-1);
  if (promise)
    return t('compose.draft.followUp.sincePromise', {
      days: daysText(daysBetween(promise.dueAt, now)),
      date: formatDay(promise.dueAt, dates),
    });
  return t('compose.draft.followUp.sinceFirst', { days: daysText(f.days) });
}

function askText(f: CaseFacts, tone: Tone): string {
  return t(`compose.draft.ask.${tone}`, { ask: f.ask || t('compose.draft.defaultAsk') });
}

/** The sentences of a compact draft (short networks), one detail level. */
function compactSentences(f: CaseFacts, req: DraftRequest, d: Detail, dates: DateOptions): string[] {
  if (req.kind === 'thanks') {
    return [
      opening(f, req, dates),
      f.count >= 2
        ? t('compose.draft.thanks.after', {
            days: daysText(daysBetween(f.firstAt, f.resolvedAt ?? req.now)),
            count: f.count,
          })
        : '',
      t('compose.draft.thanks.close'),
    ];
  }
  const refs = f.references.length ? t('compose.draft.refs', { refs: f.references.slice(0, 3).join(', ') }) : '';
  return [
    req.kind === 'initial' && d.greeting ? t(`compose.draft.greeting.${req.tone}`) : '',
    opening(f, req, dates),
    f.problem,
    history(f, d, dates),
    refs,
    ...promisesText(f, false, dates),
    askText(f, req.tone),
    t(`compose.draft.close.${req.tone}`),
  ];
}

/** The fuller draft for long networks (LinkedIn, Facebook, Reddit): paragraphs and a dated list. */
function fullText(f: CaseFacts, req: DraftRequest, mention: string, dates: DateOptions): string {
  const d = LEVELS[0]!;
  if (req.kind === 'thanks') return [mention, ...compactSentences(f, req, d, dates)].filter(Boolean).join(' ');
  const head = [mention, req.kind === 'initial' ? t(`compose.draft.greeting.${req.tone}`) : '', opening(f, req, dates)]
    .filter(Boolean)
    .join(' ');
  const shown = f.attempts.slice(-10);
  const lines = shown.map((a) => {
    const details = [
      a.channel === 'phone' && a.endedAt ? formatDuration((a.endedAt - a.at) / 1000) : '',
      a.reference && f.references.includes(a.reference.trim())
        ? t('compose.draft.full.ref', { reference: a.reference.trim() })
        : '',
    ].filter(Boolean);
    return `• ${t('compose.draft.full.line', {
      date: formatDay(a.at, dates),
      channel: t(`compose.channel.${a.channel}.one`),
      details: `${details.length ? ` (${details.join(', ')})` : ''}: ${t(`compose.outcome.${a.outcome}`)}`,
    })}`;
  });
  if (f.attempts.length > shown.length)
    lines.unshift(t('compose.draft.full.more', { count: f.attempts.length - shown.length }));
  const paragraphs = [
    head,
    f.problemFull,
    [history(f, d, dates), ...(lines.length ? [t('compose.draft.full.heading'), ...lines] : [])]
      .filter(Boolean)
      .join('\n'),
    promisesText(f, true, dates).join(' '),
    askText(f, req.tone),
    t(`compose.draft.close.${req.tone}`),
  ];
  return paragraphs.filter(Boolean).join('\n\n');
}

function redditTitle(f: CaseFacts, req: DraftRequest): string {
  const title = f.title.replace(/[.!?]+$/u, '');
  const text =
    req.kind === 'thanks'
      ? t('compose.draft.redditTitleThanks', { company: f.companyName, title })
      : t('compose.draft.redditTitle', { company: f.companyName, title, count: f.count, days: daysText(f.days) });
  return [...text].slice(0, REDDIT_TITLE_LIMIT).join('');
}

/**
 * The draft for one network, tone and kind: the support handle, one sentence of the problem, the
 * logged facts, the ask and thanks. Short networks get the compact text, reduced to fit one post
 * where possible and otherwise split into a numbered thread; long networks get the fuller text.
 * Private data never enters it.
 */
export function draftFor(req: DraftRequest): Draft {
  const facts = gatherFacts(recordsWithoutRefusedCharacters(req), req.now);
  const dates: DateOptions = { now: req.now, timeZone: req.timeZone };
  const handle = stripAt(req.handle ?? handleInfo(req.company, req.platform).handle ?? '');
  const mention = mentionFor(req.platform, handle);
  const options = { mastodonLimit: req.mastodonLimit };
  const base = { platform: req.platform, kind: req.kind, tone: req.tone, handle };

  if (req.platform === 'reddit') {
    const body = fullText(facts, req, mention, dates);
    return { ...base, text: body, parts: [redditTitle(facts, req), body] };
  }
  if (rulesFor(req.platform, options).size === 'full') {
    const text = fullText(facts, req, mention, dates);
    return { ...base, text, parts: [text] };
  }
  const variants = LEVELS.map((d) => [mention, ...compactSentences(facts, req, d, dates)].filter(Boolean).join(' '));
  const single = variants.find((v) => countPost(req.platform, v, options).fits);
  const text = single ?? variants[0]!;
  return { ...base, text, parts: splitPost(req.platform, text, options) };
}
