import type { PromiseStatus, ReportEvent } from '../../lib/exchange/report';
import { t, type MessageKey } from '../../lib/i18n';
import type { Channel, EscalationKind } from '../../lib/model';
import { outcomeLabel } from '../calls/AttemptFields';
import { channelLabel, platformLabel, responseLabel } from '../timeline/labels';

/** What the attempt's "contact" field is, per channel, as a sentence on paper. */
const CONTACT: Record<Channel, MessageKey> = {
  phone: 'report.contact.phone',
  email: 'report.contact.email',
  web_form: 'report.contact.web_form',
  chat: 'report.contact.chat',
  social_dm: 'report.contact.social_dm',
  letter: 'report.contact.letter',
  in_person: 'report.contact.in_person',
  app: 'report.contact.app',
};

const POST: Record<EscalationKind, MessageKey> = {
  initial: 'report.event.post',
  follow_up: 'report.post.kind.follow_up',
  thanks: 'report.post.kind.thanks',
};

const PROMISE: Record<PromiseStatus, MessageKey> = {
  kept: 'report.promiseKept',
  broken: 'report.promiseBroken',
  pending: 'report.promisePending',
};

export const contactLine = (channel: Channel, value: string): string => t(CONTACT[channel], { value });
export const promiseStatusLabel = (status: PromiseStatus): string => t(PROMISE[status]);

/** The "What" column: the kind of event in words. */
export function eventTitle(event: ReportEvent): string {
  if (event.type === 'attempt') return t('report.event.attempt', { channel: channelLabel(event.record.channel) });
  if (event.type === 'post')
    return t(POST[event.record.kind], { platform: platformLabel(event.record.platform), handle: event.record.handle });
  return t('report.event.response', { kind: responseLabel(event.record.kind) });
}

/** The "Outcome" column: the attempt's outcome in words, or a response's answer about a promise. */
export function eventOutcome(event: ReportEvent): string {
  if (event.type === 'attempt') return outcomeLabel(event.record.outcome);
  if (event.type === 'response' && event.record.promiseKept !== undefined)
    return t(event.record.promiseKept ? 'report.outcome.promiseKept' : 'report.outcome.promiseBroken');
  return '';
}
