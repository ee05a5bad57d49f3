import { useMemo, useState } from 'react';
import { answerFixCheck, deleteResponse, recordPromiseKept, saveResponse } from '../../lib/followup/actions';
import { caseClocks } from '../../lib/followup/clocks';
import { companyRecords } from '../../lib/followup/company-record';
import { nextSteps } from '../../lib/followup/ladder';
import { localTimeZone } from '../../lib/followup/zoned-time';
import { t } from '../../lib/i18n';
import type { Response } from '../../lib/model';
import { useSettings } from '../compose/useComposeData';
import { useNow } from '../ui/useNow';
import { Clocks } from './Clocks';
import { CompanyRecordView } from './CompanyRecordView';
import { FixCheck } from './FixCheck';
import { PromiseCheck } from './PromiseCheck';
import { remindersChanged } from './reminders-changed';
import { ResponseForm } from './ResponseForm';
import { ResponseList } from './ResponseList';
import { NextSteps } from './NextSteps';
import { useFollowUpData } from './useFollowUpData';
import './followup.css';

type Editing = { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; response: Response };

/** Responses by hand, clocks, "did they keep it / fix it?", next steps and the company's record for one case. */
export function FollowUpPanel({ caseId }: { caseId: string }) {
  const data = useFollowUpData(caseId);
  const now = useNow();
  const settings = useSettings();
  const timeZone = useMemo(() => localTimeZone(), []);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [notFixedNoted, setNotFixedNoted] = useState(false);

  if (data === undefined) return <p className="muted">{t('followup.loading')}</p>;
  if (data === null) return null;
  const { records, company, companyCases } = data;
  const clocks = caseClocks(records, now, timeZone);
  const steps = nextSteps(records, company, now, timeZone, { answerWindowHours: settings.remindAfterPostHours });
  const record = companyRecords(companyCases, now, timeZone).get(records.case.companyId);
  const fixCheckAnswer = clocks.fixCheck?.due
    ? records.responses.find((r) => r.id === clocks.fixCheck?.responseId)
    : undefined;
  // Promises are sorted by due date: the first overdue open one is the longest broken.
  const overduePromise =
    records.case.status === 'open' ? clocks.promises.find((p) => p.state === 'open' && p.overdue) : undefined;
  const sorted = [...records.responses].sort((a, b) => a.at - b.at);

  const save = async (r: Response) => {
    await saveResponse(r, Date.now());
    setEditing({ mode: 'none' });
    remindersChanged();
  };
  const remove = (r: Response) => {
    void deleteResponse(r.id).then(remindersChanged);
  };
  const answer = async (fixed: boolean) => {
    if (!fixCheckAnswer) return;
    await answerFixCheck(fixCheckAnswer.id, fixed, Date.now());
    setNotFixedNoted(!fixed);
    remindersChanged();
  };
  const promiseKept = async () => {
    if (!overduePromise) return;
    await recordPromiseKept(records.case.id, overduePromise, Date.now());
    remindersChanged();
  };

  return (
    <section className="followup" aria-labelledby="followup-heading">
      <h3 id="followup-heading">{t('followup.panel.heading')}</h3>
      <Clocks clocks={clocks} now={now} />
      {overduePromise ? <PromiseCheck promise={overduePromise} now={now} onKept={promiseKept} /> : null}
      {fixCheckAnswer ? <FixCheck answer={fixCheckAnswer} onAnswer={answer} /> : null}
      {notFixedNoted ? <p role="status">{t('followup.fixCheck.notFixedNote')}</p> : null}

      <section aria-labelledby="responses-heading">
        <h4 id="responses-heading">{t('followup.responses.heading')}</h4>
        <ResponseList
          responses={sorted}
          onEdit={(response) => setEditing({ mode: 'edit', response })}
          onDelete={remove}
        />
        {editing.mode === 'none' ? (
          <p className="actions">
            <button type="button" onClick={() => setEditing({ mode: 'add' })}>
              {t('followup.responses.add')}
            </button>
          </p>
        ) : (
          <ResponseForm
            key={editing.mode === 'edit' ? editing.response.id : 'new'}
            caseId={caseId}
            existing={editing.mode === 'edit' ? editing.response : undefined}
            onSave={save}
            onCancel={() => setEditing({ mode: 'none' })}
          />
        )}
      </section>

      <NextSteps steps={steps} records={records} company={company} now={now} />
      {record ? <CompanyRecordView record={record} companyName={company?.name ?? records.case.companyId} /> : null}
    </section>
  );
}
