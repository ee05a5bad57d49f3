import type { ReactNode } from 'react';
import type { PromiseStatus, ReportEvent } from '../../lib/exchange/report';
import { formatDate, formatDateTime, formatDuration } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attempt, Escalation, PromiseMade, Response } from '../../lib/model';
import { evidenceNumber } from '../../lib/phones/shown';
import { platformLabel } from '../timeline/labels';
import { contactLine, promiseStatusLabel } from './event-labels';

/** Durations on paper are read by strangers: whole words, days included. */
const words = (seconds: number) => formatDuration(seconds, { style: 'words' });

/** A link printed in full, so the paper copy still says where it points. */
function Link(props: { label: string; url: string }) {
  return (
    <p>
      {props.label} <a href={props.url}>{props.url}</a>
    </p>
  );
}

/** Free text the person wrote (line breaks kept). */
function Written(props: { text: string }) {
  return <p className="written">{props.text}</p>;
}

function promiseLine(promise: PromiseMade, status: PromiseStatus | undefined): string {
  const base = { text: promise.text, due: formatDate(promise.dueAt) };
  return status
    ? t('report.detail.promiseStatus', { ...base, status: promiseStatusLabel(status) })
    : t('report.detail.promise', base);
}

function attemptDetails(a: Attempt, status: PromiseStatus | undefined): ReactNode[] {
  const out: ReactNode[] = [];
  if (a.contact)
    out.push(
      <p key="contact">{contactLine(a.channel, a.channel === 'phone' ? evidenceNumber(a.contact) : a.contact)}</p>,
    );
  if (a.subject) out.push(<p key="subject">{t('report.detail.subject', { subject: a.subject })}</p>);
  if (a.endedAt !== undefined)
    out.push(<p key="duration">{t('report.detail.duration', { duration: words((a.endedAt - a.at) / 1000) })}</p>);
  else if (a.inProgress) out.push(<p key="duration">{t('report.detail.inProgress')}</p>);
  if (a.holdSeconds !== undefined)
    out.push(<p key="hold">{t('report.detail.hold', { duration: words(a.holdSeconds) })}</p>);
  if (a.agents.length) out.push(<p key="agents">{t('report.detail.agents', { names: a.agents.join(', ') })}</p>);
  if (a.reference) out.push(<p key="reference">{t('report.detail.reference', { reference: a.reference })}</p>);
  if (a.summary) out.push(<Written key="summary" text={a.summary} />);
  if (a.promise) out.push(<p key="promise">{promiseLine(a.promise, status)}</p>);
  if (a.repliedAt !== undefined)
    out.push(<p key="reply">{t('report.detail.replied', { date: formatDateTime(a.repliedAt) })}</p>);
  else if (a.awaitingReply) out.push(<p key="reply">{t('report.detail.awaitingReply')}</p>);
  if (a.messageCopy) {
    out.push(<p key="copy-label">{t('report.detail.messageCopy')}</p>);
    out.push(
      <blockquote key="copy" className="written">
        {a.messageCopy}
      </blockquote>,
    );
  }
  if (a.pageUrl) out.push(<Link key="page" label={t('report.detail.page')} url={a.pageUrl} />);
  if (a.source === 'auto')
    out.push(
      <p key="auto" className="muted">
        {t('report.detail.autoLogged')}
      </p>,
    );
  return out;
}

/** Each published part its own paragraph, with its link; a part posted later says when. */
function postDetails(event: Extract<ReportEvent, { type: 'post' }>): ReactNode[] {
  return event.paragraphs.map((part) => (
    <div key={part.index} className="post-part">
      <p className="written">{part.text}</p>
      {part.at - event.at >= 60_000 && (
        <p className="muted">{t('report.detail.partPosted', { date: formatDateTime(part.at) })}</p>
      )}
      {part.url && <Link label={t('report.detail.link')} url={part.url} />}
    </div>
  ));
}

function responseDetails(r: Response, status: PromiseStatus | undefined, post: Escalation | undefined): ReactNode[] {
  const out: ReactNode[] = [];
  if (r.by) out.push(<p key="by">{t('report.detail.by', { by: r.by })}</p>);
  if (post)
    out.push(
      <p key="post">
        {t('report.detail.inReply', {
          platform: platformLabel(post.platform),
          date: formatDateTime(post.postedAt ?? post.createdAt),
        })}
      </p>,
    );
  if (r.note) out.push(<Written key="note" text={r.note} />);
  if (r.promise) out.push(<p key="promise">{promiseLine(r.promise, status)}</p>);
  if (r.url) out.push(<Link key="url" label={t('report.detail.link')} url={r.url} />);
  if (r.source === 'auto')
    out.push(
      <p key="auto" className="muted">
        {t('report.detail.autoLogged')}
      </p>,
    );
  return out;
}

/** The "Details" cell: every fact the record holds, one per line. */
export function EventDetails(props: { event: ReportEvent; postsById: ReadonlyMap<string, Escalation> }) {
  const { event } = props;
  if (event.type === 'attempt') return <>{attemptDetails(event.record, event.promise)}</>;
  if (event.type === 'post') return <>{postDetails(event)}</>;
  const post = event.record.escalationId ? props.postsById.get(event.record.escalationId) : undefined;
  return <>{responseDetails(event.record, event.promise, post)}</>;
}
