import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * What happy-dom does not do as a browser does, for the contact script's tests: it never marks an
 * event trusted, lays nothing out, has no pointer (nothing is ever :hover), no user activation,
 * and gives an unset opacity as ''. Each helper stands in for one of these, and nothing more.
 */

/** An event as the browser makes it for the person. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** An event a page script makes (`dispatchEvent`): never trusted. */
export function untrusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: false });
  return event;
}

/**
 * A submit the browser fires is trusted, whoever sent the form: the person's click or Enter, or a
 * page script's `requestSubmit()`. happy-dom fires it untrusted; this marks the submits happy-dom
 * itself fires (a submit button's click, requestSubmit) as a browser would. A submit event a test
 * made with a trust of its own is left alone. Returns what removes the marking.
 */
export function browserSubmitsTrusted(): () => void {
  const mark = (event: Event) => {
    if (!Object.getOwnPropertyDescriptor(event, 'isTrusted')) trusted(event);
  };
  window.addEventListener('submit', mark, true);
  return () => window.removeEventListener('submit', mark, true);
}

/** The person clicks on an element (at a point on screen, as a real click has). */
export function personClicks(target: Element, point = { x: 0, y: 0 }): void {
  target.dispatchEvent(
    trusted(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        detail: 1,
        clientX: point.x,
        clientY: point.y,
      }),
    ),
  );
}

/** The person presses (and, with `release`, lets go of) a key in an element. */
export function personPresses(target: EventTarget, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
}
export function personReleases(target: EventTarget, key: string): void {
  target.dispatchEvent(trusted(new KeyboardEvent('keyup', { key, bubbles: true })));
}

export function el<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the fixture`);
  return found;
}

/** Lays an element out at a box on screen. */
export function layOut(element: Element, box: { x: number; y: number; width: number; height: number }): void {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(box));
}

/** Computed styles as a browser gives them: an opacity not set anywhere is '1' (happy-dom says ''). */
export function browserOpacity(): void {
  const real = globalThis.getComputedStyle.bind(globalThis);
  vi.spyOn(globalThis, 'getComputedStyle').mockImplementation((element: Element, pseudo?: string | null) => {
    const style = real(element, pseudo);
    return new Proxy(style, {
      get: (target, key): unknown => (key === 'opacity' ? target.opacity || '1' : Reflect.get(target, key)),
    });
  });
}

let hovered: Element | null = null;
/** Puts the pointer over a frame (or over none): what `iframe:hover` finds. */
export function hover(frame: Element | null): void {
  hovered = frame;
  const current: unknown = Reflect.get(document, 'querySelector');
  if (vi.isMockFunction(current)) return;
  const real = document.querySelector.bind(document);
  vi.spyOn(document, 'querySelector').mockImplementation((selector: string) =>
    selector === 'iframe:hover' ? hovered : real(selector),
  );
}

/** Moves the focus (as the browser reports it) to an element: a frame the person clicked into, say. */
export function focusMovesTo(element: Element | null): void {
  vi.spyOn(document, 'activeElement', 'get').mockReturnValue(element);
}

/** `navigator.userActivation.isActive`; `undefined` for a browser without the API. Undo with noUserActivation(). */
export function userActivation(isActive: boolean | undefined): void {
  if (isActive === undefined) noUserActivation();
  else
    Object.defineProperty(navigator, 'userActivation', {
      configurable: true,
      value: { isActive, hasBeenActive: true },
    });
}
export function noUserActivation(): void {
  Reflect.deleteProperty(navigator, 'userActivation');
}

/** Selects an element's text, and puts the selection at a box on screen. */
export function select(node: Node, box: { x: number; y: number; width: number; height: number }): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(box));
}

/**
 * Removes, after a test, every listener added to the document and the window from now on: the
 * gate started through its script entry (index.ts) hands back no stop function, and a gate left
 * listening would hear the next test's events.
 */
export function trackListeners(): () => void {
  const added: [
    EventTarget,
    string,
    EventListenerOrEventListenerObject,
    boolean | AddEventListenerOptions | undefined,
  ][] = [];
  for (const target of [document, window] as EventTarget[]) {
    const real = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation(
      (
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) => {
        if (listener) added.push([target, type, listener, options]);
        real(type, listener, options);
      },
    );
  }
  return () => {
    for (const [target, type, listener, options] of added.splice(0))
      target.removeEventListener(type, listener, options);
  };
}

/**
 * The extension API as Chrome gives it to a content script — `chrome`, and no `browser` — over
 * wxt's fake browser: its messages go to fakeBrowser.runtime.sendMessage (which tests spy on),
 * its storage is the fake browser's, and every outbox write is recorded. Stub with vi.stubGlobal;
 * vi.unstubAllGlobals() undoes it.
 */
export function stubChrome(): {
  outboxWrites: ReturnType<typeof vi.fn<(items: Record<string, unknown>) => Promise<void>>>;
} {
  const outboxWrites = vi.fn((items: Record<string, unknown>) => fakeBrowser.storage.local.set(items));
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', {
    runtime: {
      id: fakeBrowser.runtime.id,
      sendMessage: (message: unknown) => fakeBrowser.runtime.sendMessage(message),
    },
    storage: { local: { set: outboxWrites } },
  });
  return { outboxWrites };
}

/** Every outbox entry in the (fake) extension storage, by key. */
export async function outbox(): Promise<Record<string, unknown>> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('outbox:')));
}
