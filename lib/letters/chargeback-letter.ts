import { channelCount } from '../compose/list-words';
import { plural, t } from '../i18n';
import type { Money } from '../model';
import { chronology } from './chronology';
import { computeDeadline, RULE_KEY, type Deadline, type DeadlineRuleId } from './deadlines';
import { letterBasis, letterText } from './letter-frame';
import { asSentence, formatMoney, listText, referencesOf, type Letter, type LetterContext } from './letter-parts';
import { formatLocalDate, localDateOf, type LocalDate } from './local-date';

/** What the person fills in about the charge; the contacts with the merchant come from the case. */
export interface ChargebackDetails {
  issuer: string;
  issuerAddress: string;
  /** The last four digits of the card, or empty: never the whole number. */
  cardLast4: string;
  merchant: string;
  charge: Money;
  chargeDate: LocalDate;
  /** The first statement showing the charge (the US Fair Credit Billing Act counts from it). */
  statementDate?: LocalDate;
  /** When the goods or the service were due, if later than the charge. */
  dueDate?: LocalDate;
  reason: string;
  orderRef: string;
  rule: DeadlineRuleId;
}

export interface ChargebackLetter extends Letter {
  deadline: Deadline;
}

/** The paragraph that names the rule the dispute is made under, with its deadline when it has one. */
function ruleParagraph(deadline: Deadline, locale?: string): string {
  const rule = t(`letters.chargeback.rule.${RULE_KEY[deadline.rule.id]}`);
  if (deadline.kind !== 'dated') return rule;
  return `${rule} ${t('letters.chargeback.deadline', { start: formatLocalDate(deadline.start, locale), date: formatLocalDate(deadline.date, locale) })}`;
}

/**
 * A letter to the card issuer disputing one charge: the charge (merchant, amount, date), the
 * reason, every contact made to settle it with the merchant (the case's history, as the report
 * shows it), and the rule the dispute is made under with the deadline that applies.
 */
export function chargebackLetter(ctx: LetterContext, details: ChargebackDetails): ChargebackLetter {
  const { fmt, locale, caseRecord: c, facts, report, today } = letterBasis(ctx);
  const merchant = details.merchant.trim() || facts.companyName;
  const amount = formatMoney(details.charge, locale);
  const chargeDay = formatLocalDate(details.chargeDate, locale);
  const references = referencesOf(facts);
  const orderRef = details.orderRef.trim();
  const last4 = details.cardLast4.trim();
  const deadline = computeDeadline(
    details.rule,
    {
      transaction: details.chargeDate,
      ...(details.statementDate ? { statement: details.statementDate } : {}),
      ...(details.dueDate ? { due: details.dueDate } : {}),
    },
    today,
  );

  const subject = [
    t('letters.chargeback.subject', { merchant, amount, date: chargeDay }),
    last4 ? t('letters.subject.card', { last4 }) : '',
    orderRef ? t('letters.subject.order', { ref: orderRef }) : '',
  ]
    .filter(Boolean)
    .join(' — ');

  const charge = [
    t('letters.chargeback.merchant', { merchant }),
    t('letters.chargeback.amount', { amount }),
    t('letters.chargeback.date', { date: chargeDay }),
    details.statementDate
      ? t('letters.chargeback.statement', { date: formatLocalDate(details.statementDate, locale) })
      : '',
    details.dueDate ? t('letters.chargeback.due', { date: formatLocalDate(details.dueDate, locale) }) : '',
    orderRef ? t('letters.chargeback.order', { ref: orderRef }) : '',
    c.privateRef ? t('letters.chargeback.account', { ref: c.privateRef }) : '',
    references.length ? t('letters.chargeback.refs', { refs: references.join(', ') }) : '',
  ].filter(Boolean);

  const broken = report.totals.promisesBroken;
  const lines = chronology(report, fmt);
  const contacts =
    facts.count === 0
      ? ''
      : [
          plural(facts.count, 'letters.chargeback.history', {
            merchant,
            date: formatLocalDate(localDateOf(facts.firstAt, fmt.timeZone), locale),
            channels: listText(facts.byChannel.map(([c, n]) => channelCount(c, n))),
          }),
          broken > 0 ? plural(broken, 'letters.chargeback.broken') : '',
        ]
          .filter(Boolean)
          .join(' ');
  const sepa = details.rule === 'eu-sepa-refund' || details.rule === 'eu-sepa-unauthorised';

  const paragraphs = [
    last4 ? t('letters.chargeback.openingCard', { last4 }) : t('letters.chargeback.opening'),
    charge.join('\n'),
    t('letters.chargeback.reason', { reason: asSentence(details.reason) }),
    contacts,
    lines.length ? [t('letters.chargeback.chronology'), ...lines].join('\n') : '',
    ruleParagraph(deadline, locale),
    t(sepa ? 'letters.chargeback.ask.account' : 'letters.chargeback.ask.card', { amount }),
    t('letters.chargeback.records'),
  ];

  const text = letterText(ctx, {
    recipient: details.issuer,
    recipientAddress: details.issuerAddress,
    subject,
    paragraphs,
  });
  return { recipient: details.issuer.trim(), subject, text, deadline };
}
