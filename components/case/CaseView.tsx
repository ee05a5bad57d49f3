import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { groupByOwner } from '../../lib/attachments/store';
import { withStatus } from '../../lib/calls/case-form';
import { saveCase } from '../../lib/data/case-commands';
import { loadCaseWithAttachments } from '../../lib/data/case-records';
import { formatDate } from '../../lib/format/time';
import { deriveCaseStatus } from '../../lib/followup/status';
import { t } from '../../lib/i18n';
import type { Case, CaseStatus } from '../../lib/model';
import { buildTimeline } from '../../lib/timeline/merge';
import { caseTotals } from '../../lib/timeline/totals';
import { Attachments } from '../attachments/Attachments';
import { FollowUpPanel } from '../followup/FollowUpPanel';
import { href, navigate } from '../popup/router';
import { Timeline } from '../timeline/Timeline';
import { Totals } from '../timeline/Totals';
import { Toast, type ToastState } from '../ui/Toast';
import { useNow } from '../ui/useNow';
import { CaseDetailsForm } from './CaseDetailsForm';
import { statusText } from './statusText';

function Details(props: { item: Case }) {
  const c = props.item;
  return (
    <dl className="case-details">
      {c.problem ? (
        <div>
          <dt>{t('popup.case.problem')}</dt>
          <dd>{c.problem}</dd>
        </div>
      ) : null}
      {c.ask ? (
        <div>
          <dt>{t('popup.case.ask')}</dt>
          <dd>{c.ask}</dd>
        </div>
      ) : null}
      {c.amount ? (
        <div>
          <dt>{t('popup.case.amount')}</dt>
          <dd>
            {new Intl.NumberFormat(undefined, { style: 'currency', currency: c.amount.currency }).format(
              c.amount.value,
            )}
          </dd>
        </div>
      ) : null}
      {c.privateRef ? (
        <div>
          <dt>{t('popup.case.privateRef')}</dt>
          <dd>
            {c.privateRef} <span className="badge private">{t('popup.case.neverShared')}</span>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('popup.case.opened')}</dt>
        <dd>{formatDate(c.openedAt)}</dd>
      </div>
    </dl>
  );
}

/** One case: what it is about, its timeline and totals, follow-up, and its lifecycle. */
export function CaseView(props: { caseId: string; attemptId?: string; companyName: (id: string) => string }) {
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const [toast, setToast] = useState<ToastState>();
  const dismiss = useCallback(() => setToast(undefined), []);
  const data = useLiveQuery(async () => {
    const loaded = await loadCaseWithAttachments(props.caseId);
    if (!loaded) return null;
    const { case: item, attempts, escalations, responses, attachments } = loaded;
    return { item, attempts, escalations, responses, attachments: groupByOwner(attachments) };
  }, [props.caseId]);

  if (data === undefined) return <p className="muted">{t('popup.loading')}</p>;
  if (data === null) {
    return (
      <p role="alert">
        {t('popup.case.notFound')} <a href={href({ name: 'home' })}>{t('popup.nav.home')}</a>
      </p>
    );
  }
  const { item, attempts, escalations, responses, attachments } = data;
  const company = props.companyName(item.companyId);
  const status = deriveCaseStatus({ case: item, attempts, escalations, responses }, now);
  const entries = buildTimeline(attempts, escalations, responses, { now, trailingGap: item.status === 'open' });
  const setStatus = (next: CaseStatus) => {
    const before = item;
    void saveCase(withStatus(item, next, Date.now())).then(() =>
      setToast({ message: t(`popup.case.toast.${next}`), undo: () => saveCase(before).then(() => undefined) }),
    );
  };

  return (
    <article className="case-view" aria-labelledby="case-heading">
      <header>
        <p className="muted case-company">{company}</p>
        <h2 id="case-heading">{item.title || t('popup.case.untitled', { company })}</h2>
        <p className={`case-status status-${status.state}`}>{statusText(status, now)}</p>
      </header>

      {item.needsTitle && !editing ? (
        <section className="card needs-title" aria-labelledby="needs-title-heading">
          <h3 id="needs-title-heading">{t('popup.case.needsTitle')}</h3>
          <CaseDetailsForm item={item} titleOnly idPrefix="title" onDone={() => undefined} />
        </section>
      ) : null}

      <nav className="actions" aria-label={t('popup.case.actions')}>
        <a className="button" href={href({ name: 'call', caseId: item.id })}>
          {t('popup.action.logCall')}
        </a>
        <a className="button" href={href({ name: 'email', caseId: item.id })}>
          {t('popup.action.logEmail')}
        </a>
        <a className="button" href={href({ name: 'log', caseId: item.id })}>
          {t('popup.action.logOther')}
        </a>
        <a className="button" href={href({ name: 'quick', caseId: item.id })}>
          {t('popup.action.quickAdd')}
        </a>
        <a className="button primary" href={href({ name: 'compose', caseId: item.id })}>
          {t('popup.action.escalate')}
        </a>
        {/* Letters open in a tab of their own, like the report: they are printed from there. */}
        <a className="button" href={`/letter.html?case=${encodeURIComponent(item.id)}`} target="_blank" rel="noopener">
          {t('letters.action.write')}
        </a>
      </nav>

      <h3>{t('popup.timeline.heading')}</h3>
      <Timeline
        entries={entries}
        now={now}
        highlightId={props.attemptId}
        onToast={setToast}
        onMoved={(caseId) => navigate({ name: 'case', caseId })}
        attachments={attachments}
      />

      <section aria-labelledby="case-attachments-heading" className="case-attachments">
        <h3 id="case-attachments-heading">{t('attachments.caseHeading')}</h3>
        {attachments.has(item.id) ? null : <p className="muted">{t('attachments.caseEmpty')}</p>}
        <Attachments
          caseId={item.id}
          ownerType="case"
          ownerId={item.id}
          what={t('attachments.theCase')}
          list={attachments.get(item.id) ?? []}
        />
      </section>

      <h3>{t('popup.totals.heading')}</h3>
      <Totals totals={caseTotals(attempts, now)} />

      <h3>{t('popup.case.detailsHeading')}</h3>
      {editing ? (
        <CaseDetailsForm item={item} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Details item={item} />
          <p className="actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('popup.case.edit')}
            </button>
          </p>
        </>
      )}

      <FollowUpPanel caseId={item.id} />

      <p className="actions lifecycle">
        {item.status === 'open' ? (
          <>
            <button type="button" onClick={() => setStatus('resolved')}>
              {t('popup.case.resolve')}
            </button>
            <button type="button" onClick={() => setStatus('closed')}>
              {t('popup.case.close')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setStatus('open')}>
            {t('popup.case.reopen')}
          </button>
        )}
      </p>
      <Toast toast={toast} onDismiss={dismiss} />
    </article>
  );
}
