/** What the gate needs of the extension API. */
interface Runtime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
}
interface ExtensionApi {
  runtime: Runtime;
  storage?: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

function isApi(value: unknown): value is ExtensionApi {
  const runtime: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'runtime') : undefined;
  return typeof runtime === 'object' && runtime !== null && typeof Reflect.get(runtime, 'id') === 'string' && typeof Reflect.get(runtime, 'sendMessage') === 'function';
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

/**
 * Asks the background to inject the page part (page reader, listeners, toast) into this frame; it
 * does so only when the settings allow logging on this site. Resolves to whether it did.
 */
export async function loadPagePart(): Promise<boolean> {
  for (const pause of RETRY_PAUSES_MS) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    // Extension reloaded or removed under the page: nothing to load.
    const api = extensionApi()?.runtime;
    if (!api) return false;
    try {
      const reply: unknown = await api.sendMessage({ type: 'cs/contact-signal' });
      const data: unknown = typeof reply === 'object' && reply !== null ? Reflect.get(reply, 'data') : undefined;
      return typeof data === 'object' && data !== null && Reflect.get(data, 'injected') === true;
    } catch {
      // No answer: asked again.
    }
  }
  return false;
}
