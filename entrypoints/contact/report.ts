import { browser } from 'wxt/browser';
import { outboxKey } from '../../lib/capture/outbox-key';
import { extensionAlive } from './lifetime';
import { RETRY_PAUSES_MS } from './load-page-part';
import { pageUrl } from './page-url';
import { attemptMessage } from './sent-report';
import type { FormSnapshot } from '../../lib/detect/form-snapshot';
import type { DetectedChannel, PageJudgement } from '../../lib/detect/judge';
import type { PageKind } from '../../lib/messages/protocol';
import type { PageReading } from '../../lib/messages/page-reading';

/** Messages to the background. Plain objects: the background validates them (zod) itself. */

export interface Reply {
  ok: boolean;
  data?: unknown;
  error?: string;
}

async function send(message: Record<string, unknown>): Promise<Reply> {
  let failure = 'no reply';
  for (const pause of RETRY_PAUSES_MS) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    try {
      const reply: unknown = await browser.runtime.sendMessage(message);
      if (reply && typeof reply === 'object') return reply as Reply;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      // Gone for good: the extension was reloaded or removed under the page.
      if (!extensionAlive()) break;
    }
  }
  return { ok: false, error: failure };
}

export { pageUrl };

export interface Detected {
  channel: Exclude<DetectedChannel, 'social'>;
  contact?: string;
  subject?: string;
  messageCopy?: string;
  /** A sent form, judged by the background. */
  form?: FormSnapshot;
}

/**
 * Reports a contact the person made. The report is written to the outbox first (see
 * lib/capture/outbox-record.ts): that write leaves the page at once and needs no running worker,
 * so the attempt is stored even when the page navigates away this instant (a form sent to a
 * thank-you page) or the worker is asleep. The message after it brings the answer for the toast.
 * `inOutbox`: a report already written there (a sent form, see ./sent-report.ts) is only sent,
 * with its id and time; the background stores it once.
 */
export function reportAttempt(found: Detected, company: PageJudgement['company'], inOutbox?: { id: string; at: number }): Promise<Reply> & { id: string } {
  const id = inOutbox?.id ?? crypto.randomUUID();
  const clipped: Detected = {
    ...found,
    ...(found.contact ? { contact: found.contact.slice(0, 200) } : {}),
    ...(found.subject ? { subject: found.subject.slice(0, 200) } : {}),
    ...(found.messageCopy ? { messageCopy: found.messageCopy.slice(0, 5000) } : {}),
  };
  const message = attemptMessage(clipped, company, id, inOutbox?.at ?? Date.now());
  if (!inOutbox) void browser.storage.local.set({ [outboxKey(id)]: message }).catch(() => undefined);
  return Object.assign(send(message), { id });
}

export function reportPage(verdict: PageJudgement, reference?: string): Promise<Reply> {
  const kind = reference ? 'confirmation' : verdict.kind;
  const message: Record<string, unknown> = { type: 'cs/page-classified', kind, pageUrl: pageUrl(), company: verdict.company };
  if (reference) message.reference = reference.slice(0, 200);
  return send(message);
}

export function undoAttempt(id: string): Promise<Reply> {
  return send({ type: 'cs/attempt-undo', id });
}

export function openAttempt(id: string): Promise<Reply> {
  return send({ type: 'cs/open-attempt', id });
}

/** The judgement of a page not judged yet: nothing on it counts. */
export function unjudged(host: string): PageJudgement {
  return { kind: 'none', chatVendors: [], company: { host } };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const KINDS: readonly PageKind[] = ['contact', 'support-article', 'confirmation', 'none'];

/** The background's verdict, as far as the page part acts on it (checked: zod stays out of this bundle). */
function judgementOf(value: unknown): PageJudgement | undefined {
  const verdict = record(value);
  const company = record(verdict?.company);
  const kind = KINDS.find((k) => k === verdict?.kind);
  const vendors = verdict?.chatVendors;
  if (!kind || !company || typeof company.host !== 'string' || !Array.isArray(vendors)) return undefined;
  const name = typeof company.name === 'string' ? company.name : undefined;
  return {
    kind,
    chatVendors: vendors.filter((v): v is string => typeof v === 'string'),
    company: name === undefined ? { host: company.host } : { host: company.host, name },
  };
}

/** Sends what the page part read; the background's judgement and the "keep a copy" setting, or nothing. */
export async function sendReading(reading: PageReading): Promise<{ verdict: PageJudgement; keepMessageCopy: boolean } | undefined> {
  const reply = await send({ type: 'cs/page-read', reading });
  const data = reply.ok ? record(reply.data) : undefined;
  const verdict = judgementOf(data?.verdict);
  return verdict ? { verdict, keepMessageCopy: data?.keepMessageCopy === true } : undefined;
}
/** What the background answered to a reported attempt, as far as the page part acts on it. */
export function attemptReplyOf(reply: Reply): { attemptId: string; companyName: string; deduped: boolean; showToast: boolean; keepMessageCopy: boolean } | undefined {
  const data = reply.ok ? record(reply.data) : undefined;
  if (!data || typeof data.attemptId !== 'string') return undefined;
  return {
    attemptId: data.attemptId,
    companyName: typeof data.companyName === 'string' ? data.companyName : '',
    deduped: data.deduped === true,
    showToast: data.showToast === true,
    keepMessageCopy: data.keepMessageCopy === true,
  };
}
