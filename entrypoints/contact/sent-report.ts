import { outboxKey } from '../../lib/capture/outbox-key';
// Types only: the gate (this file is in it) must not carry the protocol's schemas.
import type { Request } from '../../lib/messages/protocol';
import type { SubmitCause } from './activity';
import type { EarlyEvent } from './handoff';
import type { Detected } from './report';
import { extensionApi } from './load-page-part';
import { pageUrl } from './page-url';
import { detectFromSubmit } from './sent-form';

/**
 * A form the person sent, put in the outbox at once — before anything is awaited, since the page
 * may be leaving; the background stores it from there (lib/capture/outbox-record.ts), worker
 * asleep or not. No message: the page part, once it comes, reports it again by its id for the
 * notice. What was reported, or nothing (not the person's send, or no possible contact form).
 */
export function reportSentForm(
  event: Event,
  activity: SubmitCause,
  keepCopy = false,
  company: { host: string; name?: string } = { host: location.hostname },
): EarlyEvent['reported'] {
  const form = event.target;
  if (!event.isTrusted || !(form instanceof HTMLFormElement)) return undefined;
  if (!activity.submittedByUser(form, (event as Partial<SubmitEvent>).submitter ?? null)) return undefined;
  const sent = detectFromSubmit(form, keepCopy);
  const storage = extensionApi()?.storage;
  if (!sent || !storage) return undefined;
  const id = crypto.randomUUID();
  const at = Date.now();
  void storage.local.set({ [outboxKey(id)]: attemptMessage(sent, company, id, at) }).catch(() => undefined);
  return { id, sent, at };
}

/**
 * The same outbox write for the page part's other sends (contact fields in no form). Apart from
 * reportSentForm on purpose: sharing it costs the always-on gate bytes it does not have.
 */
export function putInOutbox(sent: Detected, company: { host: string; name?: string }): EarlyEvent['reported'] {
  const storage = extensionApi()?.storage;
  if (!storage) return undefined;
  const id = crypto.randomUUID();
  const at = Date.now();
  void storage.local.set({ [outboxKey(id)]: attemptMessage(sent, company, id, at) }).catch(() => undefined);
  return { id, sent, at };
}

/** The `cs/attempt-detected` report of a contact (report.ts clips what a click or link carries). */
export function attemptMessage(
  found: Detected,
  company: { host: string; name?: string },
  id: string,
  at: number,
): Request<'cs/attempt-detected'> {
  return { type: 'cs/attempt-detected', id, at, pageUrl: pageUrl(), company, ...found };
}
