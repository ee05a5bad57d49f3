import type { Handler, HandlerContext, HandlerTable } from './handler';
import { AnyMessage, MESSAGE_MAX_BYTES, type MessageType, type Reply, type Request, type Response } from './protocol';
import { Refusal } from './refusal';
import { checkSender, type MessageSenderLike, type OwnIdentity } from './sender';

export type { HandlerTable };

export interface RouterDeps extends OwnIdentity {
  /** Injected so tests are deterministic. */
  now?: () => number;
  /** The handlers, injected: the background wires lib/handlers in (entrypoints/background/messages.ts). */
  handlers: HandlerTable;
}

/** Any message's reply: which one depends on the message, unknown until it is parsed. */
export type AnyReply = Reply<Response<MessageType>>;

const encoder = new TextEncoder();

/** Bytes of the message as JSON, or undefined when it cannot be serialised (cycles, BigInt…). */
function jsonBytes(raw: unknown): number | undefined {
  try {
    const json = JSON.stringify(raw);
    return json === undefined ? undefined : encoder.encode(json).length;
  } catch {
    return undefined;
  }
}

function refuse(error: string): Reply<never> {
  return { ok: false, error };
}

/** Describes why zod refused a message without echoing its content (which may be huge or private). */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.').slice(0, 80);
    return path ? `${path}: ${issue.message.slice(0, 160)}` : issue.message.slice(0, 160);
  });
  return `refused: invalid message (${first.join('; ')}${issues.length > 3 ? '; …' : ''})`;
}

/**
 * The background's single entry for runtime messages: size → sender → strict schema → direction
 * rule → handler. Every refusal is a `{ok:false}` reply; it never throws and never writes.
 */
export async function handleMessage(
  raw: unknown,
  sender: MessageSenderLike | undefined,
  deps: RouterDeps,
): Promise<AnyReply> {
  const bytes = jsonBytes(raw);
  if (bytes === undefined) return refuse('refused: the message is not serialisable JSON');
  if (bytes > MESSAGE_MAX_BYTES)
    return refuse(`refused: the message is ${bytes} bytes, over the ${MESSAGE_MAX_BYTES}-byte limit`);

  const who = checkSender(sender, deps);
  if (!who.ok) return refuse(who.error);

  const parsed = AnyMessage.safeParse(raw);
  if (!parsed.success) return refuse(describeIssues(parsed.error.issues));
  const msg = parsed.data;

  // Content scripts only report; only our own pages may ask for anything else.
  if (msg.type.startsWith('cs/') && who.origin !== 'page') {
    return refuse(`refused: ${msg.type} is accepted only from a content script in a web page`);
  }
  if (msg.type.startsWith('ui/') && who.origin !== 'extension') {
    return refuse(`refused: ${msg.type} is accepted only from the extension's own pages`);
  }

  const ctx: HandlerContext = {
    origin: who.origin,
    tabId: who.tabId,
    url: who.url,
    now: (deps.now ?? Date.now)(),
  };
  try {
    const data = await dispatch(deps.handlers, msg, ctx);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.message);
    // The message type and error name only: records and page content stay out of logs.
    console.warn(`Paper Trail: ${msg.type} failed`, error instanceof Error ? error.name : typeof error);
    const reason = error instanceof Error && error.message ? error.message.slice(0, 300) : 'unknown error';
    return refuse(`${msg.type} failed: ${reason}`);
  }
}

/** The message's own handler, typed: a message of type T gets T's handler and answers with T's response. */
function dispatch<T extends MessageType>(
  table: HandlerTable,
  msg: Request<T>,
  ctx: HandlerContext,
): Promise<Response<T>> {
  const handler: Handler<T> = table[msg.type];
  return handler(msg, ctx);
}
