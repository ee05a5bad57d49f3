import type { CountryCode } from 'libphonenumber-js/min';
import type { Attempt, Channel } from '../model';
import { storedNumber } from '../phones/dialled';
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
  /** Where a national number dialled belongs: the company's country, else the site's. */
  region?: CountryCode;
}

/**
 * The record for an automatically detected contact. Phone calls start running (the person just
 * clicked a tel: link, the call badge counts minutes until they stop it); written contacts wait
 * for a reply. What the user typed is kept only when they switched that on. A number dialled is
 * stored in E.164 when the numbering plan knows it (the page script's rules know only a few plans).
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
    ...(found.contact ? { contact: isCall ? storedNumber(found.contact, ctx.region) : found.contact } : {}),
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
