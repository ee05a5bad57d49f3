import { leaveOpenedLauncher } from './handoff';

/** The background accepts a title this long (ShortText). */
const TITLE_MAX = 200;

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

/** What the background did with the signal (lib/handlers/contact-signal.ts); undefined when it could not be asked. */
export type SignalAnswer = 'now' | 'on-use' | 'off' | undefined;

function answerOf(reply: unknown): SignalAnswer {
  const data: unknown = typeof reply === 'object' && reply !== null ? Reflect.get(reply, 'data') : undefined;
  const read: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'read') : undefined;
  return read === 'now' || read === 'on-use' || read === 'off' ? read : undefined;
}

async function send(message: object): Promise<unknown> {
  try {
    return await runtime()?.sendMessage(message);
  } catch {
    // Extension reloaded or removed under the page: nothing to load.
    return undefined;
  }
}

/**
 * Tells the background that this page has a contact signal: its title and kinds of channel markup
 * (the background knows the address). It marks a likely contact page, and loads the page part at
 * once only where the page must be read at once (a confirmation page); see SignalAnswer.
 */
export async function announceSignal(title: string, markup: readonly string[]): Promise<SignalAnswer> {
  return answerOf(await send({ type: 'cs/contact-signal', title: title.slice(0, TITLE_MAX), markup }));
}

/**
 * Asks the background to inject the page part (page reader, listeners, toast) into this frame; it
 * does so only when the settings allow logging on this site. The reply does not matter here.
 * `openedLauncher`: the chat launcher the person just opened, for the page part to check and log.
 */
export async function loadPagePart(openedLauncher?: Element): Promise<void> {
  if (openedLauncher) leaveOpenedLauncher(openedLauncher);
  await send({ type: 'cs/contact-use' });
}
