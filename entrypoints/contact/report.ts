import { browser } from 'wxt/browser';
import { outboxKey } from '../../lib/capture/outbox-key';
import { createClient } from '../../lib/messages/client';
import { extensionAlive } from './lifetime';
import { RETRY_PAUSES_MS } from './load-page-part';
import { pageUrl } from './page-url';
import { attemptMessage } from './sent-report';
import type { FormSnapshot } from '../../lib/detect/form-snapshot';
import type { DetectedChannel, PageJudgement } from '../../lib/detect/judge';
import type { Reply, Request, Response } from '../../lib/messages/protocol';
import type { PageReading } from '../../lib/messages/page-reading';

/**
 * The page part's messages to the background, through its typed client: each reply is parsed with
 * its response schema (lib/messages/client.ts); the background validates each message itself. A
 * message without an answer is sent again, until the extension is found gone.
 */
const send = createClient((message) => browser.runtime.sendMessage(message), {
  pauses: RETRY_PAUSES_MS,
  alive: extensionAlive,
});

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
export function reportAttempt(
  found: Detected,
  company: PageJudgement['company'],
  inOutbox?: { id: string; at: number },
): Promise<Reply<Response<'cs/attempt-detected'>>> & { id: string } {
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

export function reportPage(verdict: PageJudgement, reference?: string): Promise<Reply<Response<'cs/page-classified'>>> {
  const kind = reference ? 'confirmation' : verdict.kind;
  const message: Request<'cs/page-classified'> = {
    type: 'cs/page-classified',
    kind,
    pageUrl: pageUrl(),
    company: verdict.company,
  };
  if (reference) message.reference = reference.slice(0, 200);
  return send(message);
}

export function undoAttempt(id: string): Promise<Reply<Response<'cs/attempt-undo'>>> {
  return send({ type: 'cs/attempt-undo', id });
}

export function openAttempt(id: string): Promise<Reply<Response<'cs/open-attempt'>>> {
  return send({ type: 'cs/open-attempt', id });
}

/** The judgement of a page not judged yet: nothing on it counts. */
export function unjudged(host: string): PageJudgement {
  return { kind: 'none', chatVendors: [], company: { host } };
}

/** Sends what the page part read; the background's judgement and the "keep a copy" setting, or nothing. */
export async function sendReading(
  reading: PageReading,
): Promise<{ verdict: PageJudgement; keepMessageCopy: boolean } | undefined> {
  const reply = await send({ type: 'cs/page-read', reading });
  return reply.ok ? { verdict: reply.data.verdict, keepMessageCopy: reply.data.keepMessageCopy } : undefined;
}
