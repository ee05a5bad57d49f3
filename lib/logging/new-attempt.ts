import type { Attempt, Channel } from '../model';
import { pageKey } from './site';

export interface DetectedContact {
  id: string;
  channel: Channel;
  at: number;
  pageUrl: string;
  contact?: string;
  subject?: string;
  messageCopy?: string;
  reference?: string;
}

export interface NewAttemptContext {
  caseId: string;
  companyId: string;
  now: number;
  keepMessageCopy: boolean;
}

/**
 * The record for an automatically detected contact. Phone calls start running (the person just
 * clicked a tel: link, the call badge counts minutes until they stop it); written contacts wait
 * for a reply. What the user typed is kept only when they switched that on.
 */
export function newAutoAttempt(found: DetectedContact, ctx: NewAttemptContext): Attempt {
  const isCall = found.channel === 'phone';
  const awaitsReply = found.channel === 'email' || found.channel === 'web_form';
  return {
    id: found.id,
    caseId: ctx.caseId,
    companyId: ctx.companyId,
    channel: found.channel,
    at: found.at,
    ...(isCall ? { inProgress: true } : {}),
    ...(awaitsReply ? { awaitingReply: true } : {}),
    agents: [],
    ...(found.reference ? { reference: found.reference } : {}),
    ...(found.contact ? { contact: found.contact } : {}),
    ...(found.subject ? { subject: found.subject } : {}),
    ...(ctx.keepMessageCopy && found.messageCopy ? { messageCopy: found.messageCopy } : {}),
    outcome: 'pending',
    // Stored without query and fragment (tokens, e-mail addresses): see pageKey.
    pageUrl: pageKey(found.pageUrl) ?? found.pageUrl,
    source: 'auto',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}
