import { useState, type FormEvent } from 'react';
import {
  emptyResponseForm,
  readResponseForm,
  responseToForm,
  type ResponseFormErrors,
  type ResponseFormValues,
} from '../../lib/followup/response-form';
import { t } from '../../lib/i18n';
import { ResponseKind, type Response } from '../../lib/model';
import { SelectField, TextArea, TextField } from '../ui/Field';

/** Add or edit one company response; validated with zod before anything is written. */
export function ResponseForm(props: {
  caseId: string;
  existing?: Response;
  onSave: (r: Response) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<ResponseFormValues>(() =>
    props.existing ? responseToForm(props.existing) : emptyResponseForm(Date.now()),
  );
  const [errors, setErrors] = useState<ResponseFormErrors>({});
  const [failure, setFailure] = useState('');
  const set = <K extends keyof ResponseFormValues>(key: K, value: ResponseFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const p = props.existing ? `resp-${props.existing.id.slice(0, 8)}` : 'resp-new';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = readResponseForm(values, { caseId: props.caseId, now: Date.now(), existing: props.existing });
    if (!result.ok) {
      setErrors(result.errors);
      // Focus the first field in error so keyboard and screen-reader users land on it.
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`${p}-${first}`)?.focus();
      return;
    }
    setErrors({});
    props
      .onSave(result.record)
      .catch((err: unknown) =>
        setFailure(t('followup.error.save', { reason: err instanceof Error ? err.message : String(err) })),
      );
  };

  return (
    <form className="card followup-form" onSubmit={submit} noValidate aria-labelledby={`${p}-heading`}>
      <h4 id={`${p}-heading`}>{props.existing ? t('followup.form.heading.edit') : t('followup.form.heading.add')}</h4>
      {Object.keys(errors).length > 0 ? (
        <p className="field-error" role="alert">
          {t('followup.form.errors')}
        </p>
      ) : null}
      <SelectField<ResponseKind>
        id={`${p}-kind`}
        label={t('followup.form.kind')}
        value={values.kind}
        options={ResponseKind.options.map((k) => ({ value: k, label: t(`followup.kind.${k}`) }))}
        onChange={(v) => set('kind', v)}
      />
      <TextField
        id={`${p}-at`}
        type="datetime-local"
        label={t('followup.form.at')}
        value={values.at}
        onChange={(v) => set('at', v)}
        error={errors.at}
        required
      />
      {values.kind === 'promise' ? (
        <>
          <TextField
            id={`${p}-promiseText`}
            label={t('followup.form.promiseText')}
            value={values.promiseText}
            onChange={(v) => set('promiseText', v)}
            error={errors.promiseText}
            required
          />
          <TextField
            id={`${p}-promiseDue`}
            type="date"
            label={t('followup.form.promiseDue')}
            value={values.promiseDue}
            onChange={(v) => set('promiseDue', v)}
            error={errors.promiseDue}
            required
          />
        </>
      ) : null}
      <TextField
        id={`${p}-by`}
        label={t('followup.form.by')}
        value={values.by}
        onChange={(v) => set('by', v)}
        error={errors.by}
      />
      <TextField
        id={`${p}-url`}
        type="url"
        label={t('followup.form.url')}
        value={values.url}
        onChange={(v) => set('url', v)}
        error={errors.url}
      />
      <TextArea
        id={`${p}-note`}
        label={t('followup.form.note')}
        value={values.note}
        onChange={(v) => set('note', v)}
        error={errors.note}
        rows={3}
      />
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <p className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('action.cancel')}
        </button>
      </p>
    </form>
  );
}
