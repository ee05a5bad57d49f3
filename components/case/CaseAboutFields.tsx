import type { CaseErrors, CaseField, CaseFormValues } from '../../lib/calls/case-form';
import { t } from '../../lib/i18n';
import { TextArea, TextField } from '../ui/Field';

/** A case's title, what happened and what would fix it; ids are `${idPrefix}-${field}` for the error summary. */
export function CaseAboutFields(props: {
  idPrefix: string;
  values: CaseFormValues;
  errors: CaseErrors;
  set: (key: CaseField) => (value: string) => void;
  titleOnly?: boolean;
}) {
  const { idPrefix: p, values, errors, set } = props;
  return (
    <>
      <TextField
        id={`${p}-title`}
        label={t('popup.case.title')}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={200}
        required
      />
      {props.titleOnly ? null : (
        <>
          <TextArea
            id={`${p}-problem`}
            label={t('popup.case.problem')}
            rows={3}
            value={values.problem}
            onChange={set('problem')}
            error={errors.problem}
          />
          <TextArea
            id={`${p}-ask`}
            label={t('popup.case.ask')}
            rows={2}
            value={values.ask}
            onChange={set('ask')}
            error={errors.ask}
          />
        </>
      )}
    </>
  );
}
