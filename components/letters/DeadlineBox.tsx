import { t } from '../../lib/i18n';
import {
  computeDeadline,
  daysLeftText,
  ruleText,
  section75Covers,
  startLabel,
  type DeadlineRuleId,
} from '../../lib/letters/deadlines';
import { parseAmount, type LetterFormValues } from '../../lib/letters/letter-form';
import { formatMoney } from '../../lib/letters/letter-parts';
import { parseLocalDate, type LocalDate } from '../../lib/letters/local-date';

const opt = (value: string): LocalDate | undefined => parseLocalDate(value);

/** The dispute rule the person picked: its rule in plain words, its source, and the days left. */
function RuleDeadline(props: { values: LetterFormValues; today: LocalDate }) {
  const { values, today } = props;
  const id: DeadlineRuleId = values.rule;
  const text = ruleText(id);
  const transaction = opt(values.chargeDate);
  const statement = opt(values.statementDate);
  const due = opt(values.dueDate);
  const deadline = computeDeadline(
    id,
    { ...(transaction ? { transaction } : {}), ...(statement ? { statement } : {}), ...(due ? { due } : {}) },
    today,
  );
  const amount = parseAmount(values.amount);
  const price = amount === undefined ? undefined : { value: amount, currency: values.currency.trim().toUpperCase() };
  const outOfRange = id === 'uk-section75' && price && section75Covers(price) === false;
  return (
    <>
      <h3>{text.name}</h3>
      <p>{text.rule}</p>
      <p className="muted">{t('letters.page.source', { source: text.source })}</p>
      <p aria-live="polite" className="deadline-status">
        {deadline.kind === 'dated' ? (
          <>
            {t('letters.page.deadline')}{' '}
            <strong data-testid="deadline">{daysLeftText(deadline.daysLeft, deadline.date)}</strong>
            {deadline.daysLeft < 0 ? <span className="deadline-passed"> {t('letters.page.passedNote')}</span> : null}
          </>
        ) : deadline.kind === 'needs-date' ? (
          t('letters.page.needsDate', { start: startLabel(deadline.rule.from) })
        ) : (
          t('letters.page.noFixedDeadline')
        )}
      </p>
      {outOfRange && price ? (
        <p className="deadline-passed">{t('letters.page.section75Range', { amount: formatMoney(price) })}</p>
      ) : null}
    </>
  );
}

/** What deadline applies: the reply asked for (complaint) or the dispute rule's (card dispute). */
export function DeadlineBox(props: {
  values: LetterFormValues;
  today: LocalDate;
  replyBy: LocalDate;
  replyDaysLeft: number;
}) {
  return (
    <section className="card deadline-box no-print" aria-labelledby="deadline-heading">
      <h2 id="deadline-heading">{t('letters.page.deadlineHeading')}</h2>
      {props.values.kind === 'complaint' ? (
        <p>
          {t('letters.page.replyWithin')}{' '}
          <strong data-testid="deadline">{daysLeftText(props.replyDaysLeft, props.replyBy)}</strong>
        </p>
      ) : (
        <RuleDeadline values={props.values} today={props.today} />
      )}
      <p className="muted">{t('letters.page.guidance')}</p>
    </section>
  );
}
