import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import socialScript from '../../../entrypoints/social/index';

/**
 * The social script as it starts on a network's page, run the way WXT's build runs its entry:
 * an unlisted script's `main()` alone; a content script's `main(ctx)` with a ContentScriptContext
 * made first (node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs). That
 * context posts `{type: "<extension id>:social:wxt:content-script-started", …}` to the page and
 * stops when the page dispatches that event on the document — the script must do neither.
 */

interface Definition {
  main: (ctx?: ContentScriptContext) => unknown;
  matches?: unknown;
}

function runAsWxtDoes(definition: Definition): void {
  if (definition.matches === undefined) void definition.main();
  else void definition.main(new ContentScriptContext('social', {}));
}

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const THREAD = 'https://x.com/jdawson_84/status/1801371928466313524';
// "<extension id>:social:wxt:content-script-started" in a build; the name WXT uses here (private).
const started: unknown = Reflect.get(ContentScriptContext, 'SCRIPT_STARTED_MESSAGE_TYPE');
const STARTED = typeof started === 'string' ? started : '';

let posted: unknown[];
let dispatched: MockInstance<EventTarget['dispatchEvent']>[];
let listened: MockInstance<EventTarget['addEventListener']>[];
let sent: unknown[];
let listening: AbortController;
const setUrl = (url: string) => (Reflect.get(window, 'happyDOM') as { setURL(url: string): void }).setURL(url);

beforeEach(() => {
  vi.useFakeTimers();
  setUrl(THREAD);
  document.body.innerHTML = `
    <div role="dialog">
      <div data-testid="tweetTextarea_0" contenteditable="true">@TMobileHelp still no signal at home</div>
      <button data-testid="tweetButton">Post</button>
    </div>`;
  // The extension is there (PageLifetime asks the runtime for its id, as in a content script).
  vi.stubGlobal('chrome', { runtime: { id: fakeBrowser.runtime.id } });
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ ok: true, data: { text: 'draft' } });
  });
  // Every message the page could receive, and every event anyone dispatches or listens for.
  posted = [];
  listening = new AbortController();
  window.addEventListener('message', (e) => posted.push(e.data), { signal: listening.signal });
  vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
  // On the page's window and document, where a page script sees events. Spies call through.
  const targets: EventTarget[] = [window, document, document.documentElement, document.body];
  dispatched = targets.map((target) => vi.spyOn(target, 'dispatchEvent'));
  listened = targets.map((target) => vi.spyOn(target, 'addEventListener'));
});
afterEach(() => {
  listening.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.querySelectorAll('paper-trail-draft').forEach((el) => el.remove());
});

/** The person publishes what the composer holds. */
async function publish(): Promise<void> {
  document
    .querySelector('[data-testid="tweetButton"]')
    ?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
  await vi.advanceTimersByTimeAsync(6_000);
}

describe('the social script on a network page', () => {
  it('posts nothing to the page and listens to no message or named event from it', async () => {
    runAsWxtDoes(socialScript);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(posted).toEqual([]);
    for (const spy of dispatched) expect(spy).not.toHaveBeenCalled();
    const types = listened.flatMap((spy) => spy.mock.calls.map(([type]) => type));
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain('message');
    // WXT's events are named "<extension id>:<script>:wxt:…"; ours are the DOM's own.
    expect(types.filter((type) => type.includes(':'))).toEqual([]);
  });

  it('keeps working after the page sends the stop message and event WXT obeys', async () => {
    runAsWxtDoes(socialScript);
    // What a page learns from WXT's start message, sent back both ways it could be.
    window.postMessage({ type: STARTED, contentScriptName: 'social', messageId: 'page' }, '*');
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: STARTED, contentScriptName: 'social', messageId: 'page' } }),
    );
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'social', messageId: 'page' } }));
    await vi.advanceTimersByTimeAsync(1_000);

    expect(STARTED).toMatch(/:wxt:content-script-started$/);
    await publish();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'cs/social-posted',
      platform: 'x',
      mentions: ['TMobileHelp'],
      text: '@TMobileHelp still no signal at home',
    });
    const composer = document.querySelector('[data-testid="tweetTextarea_0"]');
    composer?.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect(document.querySelector('paper-trail-draft')).not.toBeNull();
  });

  it('stops, and takes its button away, once the extension is gone from under the page', async () => {
    runAsWxtDoes(socialScript);
    document
      .querySelector('[data-testid="tweetTextarea_0"]')
      ?.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect(document.querySelector('paper-trail-draft')).not.toBeNull();
    vi.stubGlobal('chrome', {});
    await publish();
    expect(sent).toEqual([]);
    expect(document.querySelector('paper-trail-draft')).toBeNull();
  });
});
