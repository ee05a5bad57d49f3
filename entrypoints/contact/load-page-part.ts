// Types only: the gate stays within its size budget without the protocol's schemas (zod).
import type { Request, Response } from '../../lib/messages/protocol';

/** What the gate needs of the extension API. */
interface Runtime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}
interface ExtensionApi {
  runtime: Runtime;
  storage?: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

/** `value[key]` of any value: undefined for anything but an object (replies and messages are untrusted). */
function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

function isApi(value: unknown): value is ExtensionApi {
  const runtime = fieldOf(value, 'runtime');
  return typeof fieldOf(runtime, 'id') === 'string' && typeof fieldOf(runtime, 'sendMessage') === 'function';
}

/**
 * The extension's runtime, looked up only when needed: the gate must not touch extension APIs on
 * pages without a signal. Undefined once the extension was reloaded or removed under the page.
 */
export function extensionApi(): ExtensionApi | undefined {
  // Each name checked for a real runtime: an element with id="browser" is `browser` on a page
  // where the browser defines no such global (Chrome), and must not stop logging there.
  for (const name of ['browser', 'chrome']) {
    const api: unknown = Reflect.get(globalThis, name);
    if (isApi(api)) return api;
  }
  return undefined;
}

/**
 * A message that got no answer at all — the worker was stopped while it handled it, and Chrome
 * closed its port — is sent again after these pauses; the next message starts the worker again.
 * A refusal is an answer and is not retried. Every message the content scripts send is safe to
 * repeat (a report keeps its id).
 */
export const RETRY_PAUSES_MS = [0, 100, 500, 2000];

/** The contact script's page part (entrypoints/contact-page.ts) as built: web-accessible. */
export const PAGE_PART_FILE = '/contact-page.js';

/** The two questions the gate asks, each answered with one yes-or-no field. */
type GateQuestion = 'cs/contact-signal' | 'cs/follow-check';

/**
 * Sends `message` to the background until it answers; `field` of its reply's data is true. The
 * gate's own small client: typed by the protocol, but checking only that one field is `true` —
 * anything else, a refusal or an answer of another shape, is a no — rather than bundling the
 * response schemas (lib/messages/client.ts), which would cost this always-on script its budget.
 */
async function ask<T extends GateQuestion>(message: Request<T>, field: keyof Response<T> & string): Promise<boolean> {
  for (const pause of RETRY_PAUSES_MS) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    // Extension reloaded or removed under the page: nobody to ask.
    const api = extensionApi()?.runtime;
    if (!api) return false;
    try {
      return fieldOf(fieldOf(await api.sendMessage(message), 'data'), field) === true;
    } catch {
      // No answer: asked again.
    }
  }
  return false;
}

/**
 * Loads the page part (page reader, listeners, toast) into this frame when the settings allow
 * logging on this site (the background says so). Imported by the gate itself, from its own
 * isolated world: no host permission is needed, and the page's CSP does not apply. Resolves to
 * whether it came.
 */
export async function loadPagePart(): Promise<boolean> {
  if (!(await ask({ type: 'cs/contact-signal' }, 'load'))) return false;
  const api = extensionApi()?.runtime;
  if (!api) return false;
  try {
    await import(/* @vite-ignore */ api.getURL(PAGE_PART_FILE));
    return true;
  } catch {
    return false;
  }
}

/**
 * This page came from a contact page of the same site (see afterContactPage): it may be the
 * thank-you page of a form just sent, showing the reference while its address and title say
 * nothing. Asks the background whether the tab reported an attempt, and listens for it to say so
 * later — the report may reach it after this page does (it drains the outbox in its own time).
 * `read` is called when the page is to be read; it may be called more than once.
 */
export function askIfFollowed(read: () => void): void {
  const api = extensionApi()?.runtime;
  if (!api) return;
  // Listening first: the answer may come either way, and either order.
  api.onMessage.addListener((message) => {
    if (fieldOf(message, 'type') === 'bg/read-page' && fieldOf(message, 'url') === document.URL) read();
  });
  void ask({ type: 'cs/follow-check' }, 'follows').then((follows) => {
    if (follows) read();
  });
}
