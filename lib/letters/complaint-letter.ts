import { channelCount } from '../compose/list-words';
import { plural, t } from '../i18n';
import { chronology } from './chronology';
import { letterBasis, letterText } from './letter-frame';
import {
  asSentence,
  formatMoney,
  inSentence,
  listText,
  referencesOf,
  type Letter,
  type LetterContext,
} from './letter-parts';
import { addDays, formatLocalDate, localDateOf, type LocalDate } from './local-date';
import { nextStepSentence } from './next-step';
import { REPLY_DAYS } from './reply-days';

export { REPLY_DAYS } from './reply-days';

/** What the person adds for this letter; everything else comes from the case. */
export interface ComplaintDetails {
  /** The company's postal address, when the person typed one. */
  recipientAddress: string;
  /** An order, booking or policy number the case does not hold yet. */
  orderRef: string;
}

export interface ComplaintLetter extends Letter {
  /** The date the company is asked to reply by. */
  replyBy: LocalDate;
}

/**
 * A formal written complaint to the company: who writes, to whom, the subject with every account,
 * order and reference number, the problem, the whole history of contacts (with each promise and
 * whether it was kept), what is asked for and by when, and the next step if not. It cites the
 * same facts as the drafts (counts, first contact) and the report (every record, promise status).
 */
export function complaintLetter(ctx: LetterContext, details: ComplaintDetails): ComplaintLetter {
  const { records, now } = ctx;
  const { fmt, locale, caseRecord: c, facts, report, today } = letterBasis(ctx);
  const replyBy = addDays(today, REPLY_DAYS);
  const recipient = facts.companyName;
  const references = referencesOf(facts);
  const orderRef = details.orderRef.trim();

  const subject = [
    t('letters.complaint.subject', { title: c.title.trim() || recipient }),
    c.privateRef ? t('letters.subject.account', { ref: c.privateRef }) : '',
    orderRef ? t('letters.subject.order', { ref: orderRef }) : '',
    references.length ? t('letters.subject.refs', { refs: references.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' — ');

  const firstDay = formatLocalDate(localDateOf(facts.firstAt, fmt.timeZone), locale);
  const history =
    facts.count === 0
      ? ''
      : plural(facts.count, 'letters.complaint.history', {
          date: firstDay,
          channels: listText(facts.byChannel.map(([c, n]) => channelCount(c, n))),
        });
  const broken = report.totals.promisesBroken;
  const lines = chronology(report, fmt);
  // The case's own words, not the drafts' public-safe version: this letter goes to the company alone.
  const problem = asSentence(c.problem);
  const ask = inSentence(c.ask);

  const paragraphs = [
    [t('letters.complaint.opening'), problem].filter(Boolean).join(' '),
    c.amount ? t('letters.complaint.amount', { amount: formatMoney(c.amount, locale) }) : '',
    [history, broken > 0 ? plural(broken, 'letters.complaint.broken') : ''].filter(Boolean).join(' '),
    lines.length ? [t('letters.complaint.chronology'), ...lines].join('\n') : '',
    ask ? t('letters.complaint.ask', { ask }) : t('letters.complaint.askGeneral'),
    t('letters.complaint.replyBy', { date: formatLocalDate(replyBy, locale), days: REPLY_DAYS }),
    nextStepSentence(records, now, fmt.timeZone),
    t('letters.complaint.close'),
  ];

  const text = letterText(ctx, { recipient, recipientAddress: details.recipientAddress, subject, paragraphs });
  return { recipient, subject, text, replyBy };
}
