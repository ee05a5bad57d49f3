import { useId, useState, type ReactNode } from 'react';
import { draftFor } from '../../lib/compose';
import { formatDate } from '../../lib/format/time';
import type { CaseRecords } from '../../lib/followup/clocks';
import { regulatorClock, type NextStep } from '../../lib/followup/ladder';
import { regulatorSummary } from '../../lib/followup/regulator-summary';
import { formatWeekdayTime } from '../../lib/followup/weekday-time';
import { t } from '../../lib/i18n';
import type { Company, Escalation } from '../../lib/model';
import { href } from '../popup/router';

function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(text).then(
            () => setDone(true),
            () => setDone(false),
          );
        }}
      >
        {t('followup.next.copy')}
      </button>
      <span role="status" className="muted">
        {done ? ` ${t('followup.next.copied')}` : ''}
      </span>
    </>
  );
}

/** One next step: its title, then what it says. */
function StepCard(props: { title: string; children: ReactNode }) {
  return (
    <li className="card">
      <strong>{props.title}</strong>
      {props.children}
    </li>
  );
}

function OpenComposer(props: { href: string }) {
  return (
    <p>
      <a className="button primary" href={props.href}>
        {t('followup.next.openComposer')}
      </a>
    </p>
  );
}

/** The composer's follow-up draft for the network of the latest post (it may not be ready for every state). */
function followUpDraft(
  records: CaseRecords,
  company: Company | undefined,
  lastPost: Escalation | undefined,
  now: number,
): string | undefined {
  if (!lastPost) return undefined;
  try {
    return draftFor({
      caseRecord: records.case,
      attempts: records.attempts,
      escalations: records.escalations,
      responses: records.responses,
      company,
      kind: 'follow_up',
      platform: lastPost.platform,
      tone: 'friendly',
      handle: lastPost.handle,
      now,
    }).parts.join('\n\n');
  } catch {
    return undefined;
  }
}

/** Follow-up post, written complaint, regulator or ombudsman with its clock; or a thank-you. */
export function NextSteps(props: { steps: readonly NextStep[]; records: CaseRecords; company?: Company; now: number }) {
  const { steps, records, company, now } = props;
  const summaryId = useId();
  const compose = href({ name: 'compose', caseId: records.case.id });
  const lastPost = records.escalations
    .filter((e) => e.status === 'posted')
    .sort((a, b) => (a.postedAt ?? 0) - (b.postedAt ?? 0))
    .at(-1);
  const writtenAt = records.attempts
    .filter((a) => a.channel === 'email' || a.channel === 'letter' || a.channel === 'web_form')
    .map((a) => a.at)
    .sort((a, b) => a - b)[0];
  const hasRegulator = steps.some((s) => s.kind === 'regulator');
  const showSummary = steps.some((s) => s.kind !== 'thanks_post');

  return (
    <section className="followup-next" aria-labelledby="next-heading">
      <h4 id="next-heading">{t('followup.next.heading')}</h4>
      {steps.length === 0 ? <p className="muted">{t('followup.next.none')}</p> : null}
      <ol>
        {steps.map((step) => {
          switch (step.kind) {
            case 'follow_up_post': {
              // No draft before the answer window has passed: it would say "still not resolved" too soon.
              const draft = step.open ? followUpDraft(records, company, lastPost, now) : undefined;
              return (
                <StepCard key="follow-up" title={t('followup.next.followUp.title')}>
                  <p className={step.open ? undefined : 'muted'}>
                    {step.open || step.opensAt === undefined
                      ? t('followup.next.followUp.body', { days: step.daysSince })
                      : t('followup.next.followUp.opensAt', { time: formatWeekdayTime(step.opensAt) })}
                  </p>
                  {draft && lastPost ? (
                    <>
                      <label htmlFor={`${summaryId}-draft`}>
                        {t('followup.next.draftLabel', { platform: lastPost.platform })}
                      </label>
                      <textarea id={`${summaryId}-draft`} readOnly rows={4} value={draft} />
                      <CopyButton text={draft} />
                    </>
                  ) : null}
                  <OpenComposer href={compose} />
                </StepCard>
              );
            }
            case 'thanks_post':
              return (
                <StepCard key="thanks" title={t('followup.next.thanks.title')}>
                  <p>{t('followup.next.thanks.body')}</p>
                  <OpenComposer href={compose} />
                </StepCard>
              );
            case 'written_complaint':
              return (
                <StepCard key="written" title={t('followup.next.written.title')}>
                  <p>{t('followup.next.written.body')}</p>
                </StepCard>
              );
            case 'regulator': {
              const wait = step.regulator.wait;
              const weeks = wait && 'weeks' in wait ? wait.weeks : 8;
              return (
                <StepCard key={step.regulator.id} title={step.regulator.name}>
                  <p>{regulatorClock(step.regulator, writtenAt)}</p>
                  <p className="muted">
                    {step.open
                      ? t('followup.next.regulator.open')
                      : step.opensAt !== undefined
                        ? t('followup.next.regulator.opensAt', { date: formatDate(step.opensAt) })
                        : t('followup.next.regulator.afterWritten', { weeks })}
                  </p>
                  {step.regulator.url ? (
                    <p>
                      <a href={step.regulator.url} target="_blank" rel="noopener noreferrer">
                        {t('followup.next.regulator.link')}
                      </a>
                    </p>
                  ) : null}
                </StepCard>
              );
            }
          }
        })}
      </ol>
      {!hasRegulator && records.case.status === 'open' && steps.length > 0 ? (
        <p className="muted">{t('followup.next.noRegulator')}</p>
      ) : null}
      {showSummary ? (
        <details className="followup-summary">
          <summary>{t('followup.summary.show')}</summary>
          <p id={`${summaryId}-hint`} className="muted">
            {t('followup.summary.hint')}
          </p>
          <label htmlFor={`${summaryId}-text`} className="visually-hidden">
            {t('followup.summary.show')}
          </label>
          <SummaryText
            id={`${summaryId}-text`}
            hintId={`${summaryId}-hint`}
            records={records}
            company={company}
            now={now}
          />
        </details>
      ) : null}
    </section>
  );
}

function SummaryText(props: { id: string; hintId: string; records: CaseRecords; company?: Company; now: number }) {
  const text = regulatorSummary(
    props.records,
    props.company,
    props.now,
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    navigator.language || 'en',
  );
  return (
    <>
      <textarea id={props.id} aria-describedby={props.hintId} readOnly rows={10} value={text} />
      <CopyButton text={text} />
    </>
  );
}
