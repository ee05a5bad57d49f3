import { promiseIsPast, type AttemptFormValues, type FieldErrors } from '../../lib/calls/attempt-form';
import { t, type MessageKey } from '../../lib/i18n';
import { Outcome, type Channel } from '../../lib/model';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { useNow } from '../ui/useNow';
import { AgentsField } from './AgentsField';

const OUTCOME_LABEL: Record<Outcome, MessageKey> = {
  no_answer: 'popup.outcome.no_answer',
  unresolved: 'popup.outcome.unresolved',
  transferred: 'popup.outcome.transferred',
  promised: 'popup.outcome.promised',
  refused: 'popup.outcome.refused',
  resolved: 'popup.outcome.resolved',
  pending: 'popup.outcome.pending',
};

/** What the "contact" field holds for each channel: the number, the address, the place… */
const CONTACT_LABEL: Record<Channel, MessageKey> = {
  phone: 'popup.field.numberDialled',
  email: 'popup.field.emailTo',
  web_form: 'popup.field.formWhere',
  chat: 'popup.field.chatWhere',
  social_dm: 'popup.field.dmTo',
  letter: 'popup.field.letterTo',
  in_person: 'popup.field.visitWhere',
  app: 'popup.field.appName',
};

const WITH_AGENTS: ReadonlySet<Channel> = new Set<Channel>(['phone', 'chat', 'social_dm', 'in_person']);

export function outcomeLabel(outcome: Outcome): string {
  return t(OUTCOME_LABEL[outcome]);
}

/**
 * The fields of one contact attempt. Which ones show depends on the channel: a call has agents
 * and hold time, an email has a subject and a reply. The parent owns values, errors and buttons.
 */
export function AttemptFields(props: {
  idPrefix: string;
  values: AttemptFormValues;
  errors: FieldErrors;
  onChange: (values: AttemptFormValues) => void;
  /** The call's timer is running: no start/end fields. */
  running?: boolean;
  /** Numbers or addresses from the company directory. */
  suggestions?: readonly string[];
  /** Editing a saved email: show "reply received". */
  showReply?: boolean;
}) {
  const { values, errors, idPrefix: p } = props;
  const now = useNow(60_000);
  const set = <K extends keyof AttemptFormValues>(key: K, value: AttemptFormValues[K]) =>
    props.onChange({ ...values, [key]: value });
  const isPhone = values.channel === 'phone';
  const isEmail = values.channel === 'email';
  const listId = `${p}-contact-suggestions`;
  return (
    <div className="attempt-fields">
      {!props.running ? (
        <div className="row">
          <TextField
            id={`${p}-start`}
            type="datetime-local"
            label={isEmail ? t('popup.field.sentAt') : t('popup.field.start')}
            value={values.start}
            onChange={(v) => set('start', v)}
            error={errors.start}
            required
          />
          {isEmail ? null : (
            <TextField
              id={`${p}-end`}
              type="datetime-local"
              label={t('popup.field.end')}
              value={values.end}
              onChange={(v) => set('end', v)}
              error={errors.end}
            />
          )}
        </div>
      ) : null}
      <TextField
        id={`${p}-contact`}
        label={t(CONTACT_LABEL[values.channel])}
        value={values.contact}
        onChange={(v) => set('contact', v)}
        error={errors.contact}
        list={props.suggestions && props.suggestions.length > 0 ? listId : undefined}
        inputMode={isPhone ? 'tel' : isEmail ? 'email' : undefined}
        autoComplete="off"
      />
      {props.suggestions && props.suggestions.length > 0 ? (
        <datalist id={listId}>
          {props.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {isEmail || values.channel === 'letter' || values.channel === 'web_form' ? (
        <TextField
          id={`${p}-subject`}
          label={t('popup.field.subject')}
          value={values.subject}
          onChange={(v) => set('subject', v)}
          error={errors.subject}
        />
      ) : null}
      {/* People answer calls, chats, messages and visits; letters, apps, forms and emails have no agent to name. */}
      {!WITH_AGENTS.has(values.channel) ? null : (
        <AgentsField idPrefix={p} agents={values.agents} onChange={(a) => set('agents', a)} error={errors.agents} />
      )}
      <TextField
        id={`${p}-reference`}
        label={values.channel === 'letter' ? t('popup.field.referenceOrTracking') : t('popup.field.reference')}
        value={values.reference}
        onChange={(v) => set('reference', v)}
        error={errors.reference}
        autoComplete="off"
      />
      {/* A running call times its holds with the stopwatch (RunningCall). */}
      {isPhone && !props.running ? (
        <TextField
          id={`${p}-holdMinutes`}
          label={t('popup.field.holdMinutes')}
          inputMode="decimal"
          value={values.holdMinutes}
          onChange={(v) => set('holdMinutes', v)}
          error={errors.holdMinutes}
        />
      ) : null}
      <SelectField
        id={`${p}-outcome`}
        label={t('popup.field.outcome')}
        value={values.outcome}
        options={Outcome.options.map((o) => ({ value: o, label: outcomeLabel(o) }))}
        onChange={(v) => set('outcome', v)}
      />
      <div className="row">
        <TextField
          id={`${p}-promiseText`}
          label={t('popup.field.promise')}
          hint={t('popup.field.promiseHint')}
          value={values.promiseText}
          onChange={(v) => set('promiseText', v)}
          error={errors.promiseText}
        />
        <TextField
          id={`${p}-promiseDue`}
          type="date"
          label={t('popup.field.promiseDue')}
          hint={promiseIsPast(values, now) ? t('popup.field.promisePast') : undefined}
          value={values.promiseDue}
          onChange={(v) => set('promiseDue', v)}
          error={errors.promiseDue}
        />
      </div>
      {isEmail ? (
        <div className="field checkbox">
          <input
            id={`${p}-awaitingReply`}
            type="checkbox"
            checked={values.awaitingReply}
            onChange={(e) => set('awaitingReply', e.currentTarget.checked)}
          />
          <label htmlFor={`${p}-awaitingReply`}>{t('popup.field.awaitingReply')}</label>
        </div>
      ) : null}
      {isEmail && props.showReply ? (
        <TextField
          id={`${p}-repliedAt`}
          type="datetime-local"
          label={t('popup.field.repliedAt')}
          value={values.repliedAt}
          onChange={(v) => set('repliedAt', v)}
          error={errors.repliedAt}
        />
      ) : null}
      <TextArea
        id={`${p}-summary`}
        label={t('popup.field.notes')}
        rows={3}
        value={values.summary}
        onChange={(v) => set('summary', v)}
        error={errors.summary}
      />
    </div>
  );
}
