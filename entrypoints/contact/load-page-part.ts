/** What the gate needs of the extension runtime. */
interface Runtime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
}

function isRuntime(value: unknown): value is Runtime {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'id') === 'string' && typeof Reflect.get(value, 'sendMessage') === 'function';
}

/**
 * The extension's runtime, looked up only when needed: the gate must not touch extension APIs on
 * pages without a signal. Undefined once the extension was reloaded or removed under the page.
 */
function runtime(): Runtime | undefined {
  const api: unknown = Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
  const found: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, 'runtime') : undefined;
  return isRuntime(found) ? found : undefined;
}

/**
 * Asks the background to inject the page part (page reader, listeners, toast) into this frame; it
 * does so only when the settings allow logging on this site. Resolves to whether it did.
 */
export async function loadPagePart(): Promise<boolean> {
  try {
    const reply: unknown = await runtime()?.sendMessage({ type: 'cs/contact-signal' });
    const data: unknown = typeof reply === 'object' && reply !== null ? Reflect.get(reply, 'data') : undefined;
    return typeof data === 'object' && data !== null && Reflect.get(data, 'injected') === true;
  } catch {
    // Extension reloaded or removed under the page: nothing to load.
    return false;
  }
}
