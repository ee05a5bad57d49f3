import { useMemo, useState } from 'react';
import type { CaseRecords } from '../../lib/compose/facts';
import { t } from '../../lib/i18n';
import { chargebackLetter } from '../../lib/letters/chargeback-letter';
import { complaintLetter, REPLY_DAYS } from '../../lib/letters/complaint-letter';
import { defaultRule } from '../../lib/letters/deadlines';
import {
  readLetterForm,
  type LetterErrors,
  type LetterFormValues,
  type LetterKind,
} from '../../lib/letters/letter-form';
import type { Letter, Sender } from '../../lib/letters/letter-parts';
import { addDays, daysFromTo, localDateOf } from '../../lib/letters/local-date';
import { DeadlineBox } from './DeadlineBox';
import { LetterForm } from './LetterForm';
import { LetterSheet } from './LetterSheet';
import { SentForm } from './SentForm';

function initialValues(records: CaseRecords, sender: Sender, kind: LetterKind): LetterFormValues {
  const c = records.caseRecord;
  return {
    kind,
    senderName: sender.name,
    senderAddress: sender.address,
    recipientAddress: '',
    orderRef: '',
    issuer: '',
    cardLast4: '',
    merchant: records.company?.name ?? c.companyId,
    amount: c.amount ? String(c.amount.value) : '',
    currency: c.amount?.currency ?? '',
    chargeDate: '',
    statementDate: '',
    dueDate: '',
    reason: c.problem,
    rule: defaultRule(c.amount?.currency, records.company?.country),
  };
}

/** The letter page for one case: pick the letter, fill what is missing, see the deadline, print, copy, log as sent. */
export function LetterPage(props: { records: CaseRecords; sender: Sender; now: number; kind?: LetterKind }) {
  const { records, sender, now } = props;
  const c = records.caseRecord;
  const [values, setValues] = useState(() => initialValues(records, sender, props.kind ?? 'complaint'));
  const [shown, setShown] = useState(false);
  const [tries, setTries] = useState(0);
  const today = useMemo(() => localDateOf(now), [now]);
  const replyBy = addDays(today, REPLY_DAYS);
  const read = useMemo(() => readLetterForm(values, today), [values, today]);
  const errors: LetterErrors = shown && !read.ok ? read.errors : {};

  const letter = useMemo((): Letter | undefined => {
    if (!shown || !read.ok) return undefined;
    const ctx = { records, sender: read.input.sender, now };
    return read.input.kind === 'complaint'
      ? complaintLetter(ctx, read.input.details)
      : chargebackLetter(ctx, read.input.details);
  }, [shown, read, records, now]);

  const change = <K extends keyof LetterFormValues>(key: K, value: LetterFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // Another kind of letter starts unwritten, without the other form's errors.
    if (key === 'kind') setShown(false);
  };

  return (
    <>
      <LetterForm
        values={values}
        errors={errors}
        tries={tries}
        companyName={records.company?.name ?? c.companyId}
        onChange={change}
        onSubmit={() => {
          setShown(true);
          setTries((n) => n + 1);
        }}
      />
      <DeadlineBox values={values} today={today} replyBy={replyBy} replyDaysLeft={daysFromTo(today, replyBy)} />
      {letter ? (
        <>
          <LetterSheet text={letter.text} />
          <SentForm caseId={c.id} companyId={c.companyId} kind={values.kind} letter={letter} now={now} today={today} />
        </>
      ) : (
        <p className="muted no-print">{t('letters.page.notYet')}</p>
      )}
    </>
  );
}
