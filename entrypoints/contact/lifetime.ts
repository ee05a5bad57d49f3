/**
 * How long the page part's listeners and timers live: until the extension goes away under the
 * page (reloaded, updated or removed — its messages then fail). A few lines instead of WXT's
 * content-script context, which on start posts a window message that wakes every page script
 * listening for messages and watches the address with timers of its own: about two milliseconds
 * of a contact page's load, for features the page part does not use.
 */
export class PageLifetime {
  private readonly controller = new AbortController();
  /** For addEventListener: the listener is removed when the lifetime ends. */
  readonly signal = this.controller.signal;

  /** Ended — and ends it when the extension is found gone. */
  get ended(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.end();
    return this.signal.aborted;
  }

  end(): void {
    this.controller.abort();
  }

  onEnded(callback: () => void): void {
    if (this.signal.aborted) callback();
    else this.signal.addEventListener('abort', callback, { once: true });
  }

  setTimeout(callback: () => void, ms: number): void {
    if (this.ended) return;
    const timer = setTimeout(() => {
      if (!this.ended) callback();
    }, ms);
    this.onEnded(() => clearTimeout(timer));
  }

  setInterval(callback: () => void, ms: number): ReturnType<typeof setInterval> {
    const timer = setInterval(() => {
      if (!this.ended) callback();
    }, ms);
    this.onEnded(() => clearInterval(timer));
    return timer;
  }
}

/** Whether the extension that injected this script is still there (its id goes when it does). */
export function extensionAlive(): boolean {
  const api: unknown = Reflect.get(globalThis, 'chrome');
  const runtime: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, 'runtime') : undefined;
  return typeof runtime === 'object' && runtime !== null && typeof Reflect.get(runtime, 'id') === 'string';
}
