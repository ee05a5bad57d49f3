import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { attemptFromForm, attemptToForm, type FieldErrors } from '../../lib/calls/attempt-form';
import { saveAttempt } from '../../lib/calls/calls';
import { newCase } from '../../lib/calls/target';
import { saveCase } from '../../lib/data/case-commands';
import { openCasesOfCompany } from '../../lib/data/case-queries';
import { t } from '../../lib/i18n';
import type { Attempt } from '../../lib/model';
import { AttemptFields } from '../calls/AttemptFields';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';

const NEW_CASE = 'new';

/** Edit a logged attempt in place, or move it to another case of the same company. */
export function AttemptEditor(props: { attempt: Attempt; onDone: (moved?: { caseId: string }) => void }) {
  const { attempt } = props;
  const [values, setValues] = useState(() => attemptToForm(attempt));
  const { errors, tries, refuse } = useSaveErrors<FieldErrors>();
  const [moveTo, setMoveTo] = useState(attempt.caseId);
  const p = `edit-${attempt.id.slice(0, 8)}`;
  const otherCases = useLiveQuery(() => openCasesOfCompany(attempt.companyId), [attempt.companyId]);

  const save = async () => {
    const now = Date.now();
    const result = attemptFromForm(values, attempt, { now, running: attempt.inProgress === true });
    if (!result.ok) return refuse(result.errors);
    let caseId = moveTo;
    if (moveTo === NEW_CASE) caseId = (await saveCase(newCase(attempt.companyId, now))).id;
    await saveAttempt({ ...result.attempt, caseId });
    props.onDone(caseId !== attempt.caseId ? { caseId } : undefined);
  };

  return (
    <form
      className="attempt-editor"
      noValidate
      aria-label={t('popup.timeline.editAttempt')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary errors={errors} idPrefix={p} attempt={tries} />
      <AttemptFields
        idPrefix={p}
        values={values}
        errors={errors}
        onChange={setValues}
        running={attempt.inProgress === true}
        showReply
      />
      <div className="field">
        <label htmlFor={`${p}-move`}>{t('popup.timeline.caseOfAttempt')}</label>
        <select id={`${p}-move`} value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)}>
          {(otherCases ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.title || t('popup.case.untitledShort')}
            </option>
          ))}
          {otherCases?.some((c) => c.id === attempt.caseId) ? null : (
            <option value={attempt.caseId}>{t('popup.timeline.thisCase')}</option>
          )}
          <option value={NEW_CASE}>{t('popup.timeline.newCase')}</option>
        </select>
      </div>
      <p className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={() => props.onDone()}>
          {t('action.cancel')}
        </button>
      </p>
    </form>
  );
}
