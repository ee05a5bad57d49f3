import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Watches the page for changes for a limited time, at most once per `everyMs`: the mutation
 * callback only sets a flag, the (cheap) check runs on a timer. Stops after `forMs` or when
 * `check` returns true. Never does work per mutation.
 */
export function watchDom(ctx: ContentScriptContext, check: () => boolean, everyMs: number, forMs: number): () => void {
  let dirty = false;
  const observer = new MutationObserver(() => {
    dirty = true;
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  const started = Date.now();
  const timer = ctx.setInterval(() => {
    if (dirty) {
      dirty = false;
      if (check()) stop();
    }
    if (Date.now() - started > forMs) stop();
  }, everyMs);
  function stop(): void {
    observer.disconnect();
    clearInterval(timer);
  }
  ctx.onInvalidated(stop);
  return stop;
}
