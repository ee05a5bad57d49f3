import { useMemo, useRef, useState, type FormEvent } from 'react';
import { formatDate } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { LetterKind } from '../../lib/letters/letter-form';
import type { Letter } from '../../lib/letters/letter-parts';
import { localDateText, type LocalDate } from '../../lib/letters/local-date';
import { saveSentLetter } from '../../lib/letters/save-sent';
import { readSentForm, sentLetterAttempt, type SentFormValues } from '../../lib/letters/sent-letter';
import type { Attempt } from '../../lib/model';
import { remindersChanged } from '../followup/reminders-changed';
import { bindFields } from '../ui/bindFields';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';
import { TextField } from '../ui/Field';
import { SaveRow } from '../ui/SaveRow';

/** "I sent it": logs the letter in the case as a letter attempt, once. */
export function SentForm(props: {
  caseId: string;
  companyId: string;
  kind: LetterKind;
  letter: Letter;
  now: number;
  today: LocalDate;
}) {
  const [values, setValues] = useState<SentFormValues>({ sentOn: localDateText(props.today), tracking: '' });
  const { errors, tries, refuse, clear } = useSaveErrors<Record<keyof SentFormValues, string>>();
  const [saving, setSaving] = useState(false);
  // A double click arrives before React re-renders the button disabled: this knows at once.
  const inFlight = useRef(false);
  const [logged, setLogged] = useState<{ text: string; attempt: Attempt; already: boolean }>();
  // One id per letter text: clicking twice writes the same record; a changed letter is a new one.
  const id = useMemo(() => (props.letter.text ? crypto.randomUUID() : ''), [props.letter.text]);
  const done = logged?.text === props.letter.text ? logged : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current || done) return;
    const read = readSentForm(values, props.today);
    if (!read.ok) return refuse(read.errors);
    clear();
    inFlight.current = true;
    setSaving(true);
    const attempt = sentLetterAttempt({
      id,
      caseId: props.caseId,
      companyId: props.companyId,
      kind: props.kind,
      letter: props.letter,
      sentOn: read.sentOn,
      ...(read.tracking ? { tracking: read.tracking } : {}),
      now: Date.now(),
      today: props.today,
    });
    void saveSentLetter(attempt, Date.now())
      .then((result) => {
        // "Already" means another letter logged before this page's own click, not this one again.
        setLogged({
          text: props.letter.text,
          attempt: result.attempt,
          already: result.already && result.attempt.id !== id,
        });
        remindersChanged();
      })
      .finally(() => {
        inFlight.current = false;
        setSaving(false);
      });
  };

  const field = bindFields(
    values,
    (key) => (value) => setValues((v) => ({ ...v, [key]: value })),
    (key) => errors[key],
  );
  return (
    <form className="card sent-form no-print" onSubmit={submit} noValidate aria-labelledby="sent-heading">
      <h2 id="sent-heading">{t('letters.sent.heading')}</h2>
      <p className="muted">{t('letters.sent.intro')}</p>
      <ErrorSummary errors={errors} idPrefix="sent" attempt={tries} />
      <div className="letter-fields">
        <TextField
          id="sent-sentOn"
          type="date"
          label={t('letters.sent.date')}
          {...field('sentOn')}
          max={localDateText(props.today)}
        />
        <TextField
          id="sent-tracking"
          label={t('letters.sent.tracking')}
          hint={t('letters.sent.trackingHint')}
          {...field('tracking')}
        />
      </div>
      <SaveRow
        label={t('letters.sent.button')}
        disabled={saving || done !== undefined}
        status={
          done ? (
            <>
              {t(done.already ? 'letters.sent.already' : 'letters.sent.logged', { date: formatDate(done.attempt.at) })}{' '}
              <a href={`/popup.html#/case/${encodeURIComponent(props.caseId)}`}>{t('letters.page.openCase')}</a>
            </>
          ) : null
        }
      />
    </form>
  );
}
