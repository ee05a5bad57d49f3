import { useState } from 'react';
import { caseFromForm, caseToForm, type CaseErrors } from '../../lib/calls/case-form';
import { saveCase } from '../../lib/data/case-commands';
import { t } from '../../lib/i18n';
import type { Case } from '../../lib/model';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';
import { CaseAboutFields } from './CaseAboutFields';
import { TextField } from '../ui/Field';

/** Edit what the case is about. The whole form is validated first: nothing is half-saved. */
export function CaseDetailsForm(props: { item: Case; onDone: () => void; titleOnly?: boolean; idPrefix?: string }) {
  const p = props.idPrefix ?? 'case';
  const [values, setValues] = useState(() => caseToForm(props.item));
  const { errors, tries, refuse } = useSaveErrors<CaseErrors>();
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const save = async () => {
    const result = caseFromForm(values, props.item, Date.now());
    if (!result.ok) return refuse(result.errors);
    await saveCase(result.value);
    props.onDone();
  };

  return (
    <form
      noValidate
      className="case-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary errors={errors} idPrefix={p} attempt={tries} />
      <CaseAboutFields idPrefix={p} values={values} errors={errors} set={set} titleOnly={props.titleOnly} />
      {props.titleOnly ? null : (
        <>
          <div className="row">
            <TextField
              id={`${p}-amountValue`}
              label={t('popup.case.amount')}
              inputMode="decimal"
              value={values.amountValue}
              onChange={set('amountValue')}
              error={errors.amountValue}
            />
            <TextField
              id={`${p}-currency`}
              label={t('popup.case.currency')}
              hint={t('popup.case.currencyHint')}
              value={values.currency}
              onChange={set('currency')}
              error={errors.currency}
              maxLength={3}
              size={4}
            />
          </div>
          <TextField
            id={`${p}-privateRef`}
            label={t('popup.case.privateRef')}
            hint={t('popup.case.privateRefHint')}
            value={values.privateRef}
            onChange={set('privateRef')}
            error={errors.privateRef}
            autoComplete="off"
          />
        </>
      )}
      <p className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        {props.titleOnly ? null : (
          <button type="button" onClick={props.onDone}>
            {t('action.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
