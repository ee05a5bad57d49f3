import { browser } from 'wxt/browser';
import type { DetectedChannel, PageVerdict } from '../../lib/detect';

/** Messages to the background. Plain objects: the background validates them (zod) itself. */

export interface Reply {
  ok: boolean;
  data?: unknown;
  error?: string;
}

async function send(message: Record<string, unknown>): Promise<Reply> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return reply && typeof reply === 'object' ? (reply as Reply) : { ok: false, error: 'no reply' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The page address without its fragment, within the protocol's length limit. */
export function pageUrl(): string {
  return `${location.origin}${location.pathname}${location.search}`.slice(0, 2048);
}

export interface Detected {
  channel: Exclude<DetectedChannel, 'social'>;
  contact?: string;
  subject?: string;
  messageCopy?: string;
}

export function reportAttempt(found: Detected, verdict: PageVerdict): Promise<Reply> & { id: string } {
  const id = crypto.randomUUID();
  const message: Record<string, unknown> = { type: 'cs/attempt-detected', id, at: Date.now(), pageUrl: pageUrl(), company: verdict.company, channel: found.channel };
  if (found.contact) message.contact = found.contact.slice(0, 200);
  if (found.subject) message.subject = found.subject.slice(0, 200);
  if (found.messageCopy) message.messageCopy = found.messageCopy.slice(0, 5000);
  return Object.assign(send(message), { id });
}

export function reportPage(verdict: PageVerdict, reference?: string): Promise<Reply> {
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
