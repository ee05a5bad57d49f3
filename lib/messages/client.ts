import type { ZodMiniType } from 'zod/mini';
import type { MessageType, Reply, Request, Response } from './protocol';
import { RESPONSES } from './responses';

/**
 * The typed way to ask the background: `send(message)` answers with that message's reply type,
 * parsed at this boundary with its response schema (lib/messages/responses.ts), so no caller sees
 * `unknown` or checks fields by hand. Every failure — no answer, a refusal, an answer of the wrong
 * shape — is a `{ok:false, error}` reply; `send` never throws. Each context makes its own with
 * `createClient` (content scripts retry, extension pages do not). Only zod/mini and types come in
 * here: content scripts bundle this file.
 */

/** Hands a message to the browser (runtime.sendMessage); resolves to whatever came back. */
export type Transport = (message: unknown) => Promise<unknown>;

export interface ClientOptions {
  /**
   * Pauses before each try. A message that got no answer at all (the worker was stopped while it
   * handled it) is sent again; a refusal is an answer and is not. Default: one try.
   */
  pauses?: readonly number[];
  /** False once the extension was reloaded or removed under the page: nobody left to ask. */
  alive?: () => boolean;
  /** The error when no answer came; by default the browser's own reason, else "no reply". */
  noAnswer?: string;
}

export type Send = <T extends MessageType>(message: Request<T>) => Promise<Reply<Response<T>>>;

/** The same map, typed so that a generic message type T looks up the schema of Response<T>. */
const SCHEMAS: { [T in MessageType]: ZodMiniType<Response<T>> } = RESPONSES;

function fieldOf(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

/** Where and why a reply did not fit its schema, briefly (a reply is never echoed). */
function describe(issues: readonly { path: PropertyKey[]; code: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(reply)'}: ${issue.code}`)
    .join('; ');
}

/**
 * The background's answer to a message of `type`, checked: a refusal as it came, data parsed with
 * the type's response schema. Undefined when nothing came back (not an object: no listener).
 */
export function replyOf<T extends MessageType>(type: T, raw: unknown): Reply<Response<T>> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const ok = fieldOf(raw, 'ok');
  if (ok === false) {
    const error = fieldOf(raw, 'error');
    return { ok: false, error: typeof error === 'string' ? error : `${type} was refused` };
  }
  if (ok !== true) return { ok: false, error: `the reply to ${type} is not a reply` };
  const parsed = SCHEMAS[type].safeParse(fieldOf(raw, 'data'));
  if (!parsed.success)
    return { ok: false, error: `the reply to ${type} does not match its schema (${describe(parsed.error.issues)})` };
  return { ok: true, data: parsed.data };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createClient(transport: Transport, options: ClientOptions = {}): Send {
  const pauses = options.pauses ?? [0];
  return async <T extends MessageType>(message: Request<T>): Promise<Reply<Response<T>>> => {
    const type: T = message.type;
    let failure = 'no reply';
    for (const ms of pauses) {
      if (ms) await pause(ms);
      try {
        const reply = replyOf(type, await transport(message));
        if (reply) return reply;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        // Gone for good: the extension was reloaded or removed under the page.
        if (options.alive && !options.alive()) break;
      }
    }
    return { ok: false, error: options.noAnswer ?? failure };
  };
}
