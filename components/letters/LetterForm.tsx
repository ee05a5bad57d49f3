import type { FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { DEADLINE_RULES, ruleText } from '../../lib/letters/deadlines';
import {
  LETTER_KINDS,
  type LetterErrors,
  type LetterField,
  type LetterFormValues,
} from '../../lib/letters/letter-form';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextArea, TextField } from '../ui/Field';

const KIND_LABEL = { complaint: 'letters.kind.complaint', chargeback: 'letters.kind.chargeback' } as const;

/** The few things a letter needs that the case does not hold. Every field is labelled; errors name the field. */
export function LetterForm(props: {
  values: LetterFormValues;
  errors: LetterErrors;
  tries: number;
  companyName: string;
  onChange: <K extends keyof LetterFormValues>(key: K, value: LetterFormValues[K]) => void;
  onSubmit: () => void;
}) {
  const { values, errors, onChange } = props;
  const field = (key: LetterField) => ({
    id: `letter-${key}`,
    value: values[key],
    onChange: (value: string) => onChange(key, value),
    error: errors[key],
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const chargeback = values.kind === 'chargeback';

  return (
    <form className="card letter-form no-print" onSubmit={submit} noValidate aria-labelledby="letter-form-heading">
      <h2 id="letter-form-heading">{t('letters.page.formHeading')}</h2>
      <ErrorSummary errors={errors} idPrefix="letter" attempt={props.tries} />
      <ChoiceGroup
        name="letter-kind"
        legend={t('letters.page.kind')}
        value={values.kind}
        options={LETTER_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        onChange={(k) => onChange('kind', k)}
      />

      <fieldset className="letter-group">
        <legend>{t('letters.page.from')}</legend>
        <p className="muted field-hint">{t('letters.page.fromHint')}</p>
        <div className="letter-fields">
          <TextField {...field('senderName')} label={t('letters.field.senderName')} autoComplete="name" />
          <TextArea
            {...field('senderAddress')}
            label={t('letters.field.senderAddress')}
            autoComplete="street-address"
            rows={3}
          />
        </div>
      </fieldset>

      <fieldset className="letter-group">
        <legend>{t('letters.page.to')}</legend>
        <div className="letter-fields">
          {chargeback ? (
            <TextField {...field('issuer')} label={t('letters.field.issuer')} hint={t('letters.field.issuerHint')} />
          ) : (
            <p className="letter-recipient">
              <span className="muted">{t('letters.field.company')}</span> <strong>{props.companyName}</strong>
            </p>
          )}
          <TextArea
            {...field('recipientAddress')}
            label={chargeback ? t('letters.field.issuerAddress') : t('letters.field.companyAddress')}
            hint={
              chargeback && values.rule === 'us-fcba'
                ? t('letters.field.issuerAddressHint')
                : t('letters.field.optional')
            }
            rows={3}
          />
        </div>
      </fieldset>

      {chargeback ? (
        <fieldset className="letter-group">
          <legend>{t('letters.page.charge')}</legend>
          <div className="letter-fields">
            {/* The rule decides which date is needed: it comes first. */}
            <div className="wide">
              <SelectField
                id="letter-rule"
                label={t('letters.field.rule')}
                value={values.rule}
                options={DEADLINE_RULES.map((id) => ({ value: id, label: ruleText(id).name }))}
                onChange={(id) => onChange('rule', id)}
              />
            </div>
            <TextField {...field('merchant')} label={t('letters.field.merchant')} />
            <div className="amount-row">
              <TextField {...field('amount')} label={t('letters.field.amount')} inputMode="decimal" />
              <TextField
                {...field('currency')}
                label={t('letters.field.currency')}
                maxLength={3}
                size={4}
                autoCapitalize="characters"
              />
            </div>
            <TextField {...field('chargeDate')} type="date" label={t('letters.field.chargeDate')} />
            <TextField
              {...field('statementDate')}
              type="date"
              label={t('letters.field.statementDate')}
              hint={values.rule === 'us-fcba' ? t('letters.field.statementHintUs') : t('letters.field.optional')}
            />
            <TextField
              {...field('dueDate')}
              type="date"
              label={t('letters.field.dueDate')}
              hint={t('letters.field.dueDateHint')}
            />
            <TextField
              {...field('cardLast4')}
              label={t('letters.field.cardLast4')}
              hint={t('letters.field.cardLast4Hint')}
              inputMode="numeric"
              maxLength={4}
              size={5}
            />
            <TextField {...field('orderRef')} label={t('letters.field.orderRef')} hint={t('letters.field.optional')} />
            <TextArea {...field('reason')} label={t('letters.field.reason')} rows={4} />
          </div>
        </fieldset>
      ) : (
        <div className="letter-fields">
          <TextField
            {...field('orderRef')}
            label={t('letters.field.orderRef')}
            hint={t('letters.field.orderRefHint')}
          />
        </div>
      )}

      <p className="actions">
        <button type="submit" className="primary">
          {t('letters.page.write')}
        </button>
      </p>
    </form>
  );
}
