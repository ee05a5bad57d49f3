import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmitCause } from '../../../entrypoints/contact/activity';
import {
  askIfFollowed,
  extensionApi,
  loadPagePart,
  PAGE_PART_FILE,
  RETRY_PAUSES_MS,
} from '../../../entrypoints/contact/load-page-part';
import { reportSentForm } from '../../../entrypoints/contact/sent-report';
import { el, trusted, untrusted } from './dom-support';

/**
 * What the gate needs of the extension (extensionApi, loadPagePart), and the report of a sent form
 * it writes at once (reportSentForm). The extension API is a stub.
 */

function apiStub(
  sendMessage: (message: unknown) => Promise<unknown> = () => Promise.resolve({ ok: true, data: { load: true } }),
) {
  return {
    runtime: {
      id: 'test-extension',
      sendMessage: vi.fn(sendMessage),
      // The page part as the gate imports it: a module that marks itself run.
      getURL: vi.fn(
        (path: string) =>
          `data:text/javascript,globalThis.pagePartRuns%3D(globalThis.pagePartRuns%7C%7C0)%2B1%2F%2F${encodeURIComponent(path)}`,
      ),
      onMessage: { addListener: vi.fn() },
    },
    storage: { local: { set: vi.fn((_items: Record<string, unknown>) => Promise.resolve()) } },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('extensionApi', () => {
  it('finds `browser` or `chrome`, whichever has a runtime of the extension', () => {
    const api = apiStub();
    vi.stubGlobal('browser', api);
    vi.stubGlobal('chrome', undefined);
    expect(extensionApi()).toBe(api);
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', api);
    expect(extensionApi()).toBe(api);
  });

  it('is not stopped by a page element that takes the name `browser` (a <form id="browser">)', () => {
    document.body.innerHTML = '<form id="browser"><input name="runtime" id="runtime"><input name="sendMessage"></form>';
    const api = apiStub();
    vi.stubGlobal('browser', el('#browser'));
    vi.stubGlobal('chrome', api);
    expect(extensionApi()).toBe(api);
  });

  it('is undefined once the extension went away (its runtime has no id)', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: {} });
    expect(extensionApi()).toBeUndefined();
  });
});

describe('loadPagePart', () => {
  it('imports the page part when the background allows logging here, and only then', async () => {
    vi.stubGlobal('browser', undefined);
    const refused = apiStub(() => Promise.resolve({ ok: true, data: { load: false } }));
    vi.stubGlobal('chrome', refused);
    await expect(loadPagePart()).resolves.toBe(false);
    expect(refused.runtime.getURL).not.toHaveBeenCalled();
    const api = apiStub();
    vi.stubGlobal('chrome', api);
    await expect(loadPagePart()).resolves.toBe(true);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cs/contact-signal' });
    expect(api.runtime.getURL).toHaveBeenCalledWith(PAGE_PART_FILE);
    expect(Reflect.get(globalThis, 'pagePartRuns')).toBeGreaterThanOrEqual(1);
  });

  it('resolves to false when the page part cannot be imported', async () => {
    vi.stubGlobal('browser', undefined);
    const api = apiStub();
    api.runtime.getURL.mockReturnValue('data:text/javascript,throw new Error("no")');
    vi.stubGlobal('chrome', api);
    await expect(loadPagePart()).resolves.toBe(false);
  });

  it('asks again, after a pause, when the message got no answer (the worker stopped), as often as RETRY_PAUSES_MS says', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('browser', undefined);
    const tries = RETRY_PAUSES_MS.length;
    expect(tries).toBeGreaterThan(1);
    let calls = 0;
    const flaky = apiStub(() =>
      ++calls < tries ? Promise.reject(new Error('port closed')) : Promise.resolve({ ok: true, data: { load: true } }),
    );
    vi.stubGlobal('chrome', flaky);
    const loaded = loadPagePart();
    await vi.runAllTimersAsync();
    await expect(loaded).resolves.toBe(true);
    expect(flaky.runtime.sendMessage).toHaveBeenCalledTimes(tries);

    const dead = apiStub(() => Promise.reject(new Error('port closed')));
    vi.stubGlobal('chrome', dead);
    const notLoaded = loadPagePart();
    await vi.runAllTimersAsync();
    await expect(notLoaded).resolves.toBe(false);
    expect(dead.runtime.sendMessage).toHaveBeenCalledTimes(tries);
  });

  it('does not ask again after an answer, even a no', async () => {
    vi.stubGlobal('browser', undefined);
    const api = apiStub(() => Promise.resolve({ ok: false, error: 'not logged here' }));
    vi.stubGlobal('chrome', api);
    await expect(loadPagePart()).resolves.toBe(false);
    expect(api.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks nothing once the extension went away', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    await expect(loadPagePart()).resolves.toBe(false);
  });
});

describe('askIfFollowed', () => {
  const listenerOf = (api: ReturnType<typeof apiStub>) =>
    api.runtime.onMessage.addListener.mock.calls[0]?.[0] as (message: unknown) => void;

  it('reads the page at once when the background answers that it follows a report', async () => {
    vi.stubGlobal('browser', undefined);
    const api = apiStub(() => Promise.resolve({ ok: true, data: { follows: true } }));
    vi.stubGlobal('chrome', api);
    const read = vi.fn();
    askIfFollowed(read);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cs/follow-check' });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
  });

  it('listens before it asks, and reads the page when the background says so later — for this address only', async () => {
    vi.stubGlobal('browser', undefined);
    const api = apiStub(() => Promise.resolve({ ok: true, data: { follows: false } }));
    vi.stubGlobal('chrome', api);
    const read = vi.fn();
    askIfFollowed(read);
    expect(api.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(read).not.toHaveBeenCalled();
    const hear = listenerOf(api);
    hear({ type: 'bg/read-page', url: 'https://elsewhere.example/' });
    hear({ type: 'other', url: document.URL });
    hear(null);
    expect(read).not.toHaveBeenCalled();
    hear({ type: 'bg/read-page', url: document.URL });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does nothing once the extension went away', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: {} });
    const read = vi.fn();
    expect(() => askIfFollowed(read)).not.toThrow();
    expect(read).not.toHaveBeenCalled();
  });
});

describe('reportSentForm', () => {
  const FORM =
    '<form aria-label="Contact"><input name="name" value="Pat"><input name="subject" value="Double charge"><textarea name="message">Charged twice.</textarea><button id="send">Send</button></form>';
  let api = apiStub();
  beforeEach(() => {
    vi.useFakeTimers();
    api = apiStub();
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', api);
    document.body.innerHTML = FORM;
  });
  const form = () => el<HTMLFormElement>('form');
  const submitOf = (submitter: HTMLElement | null = el<HTMLElement>('#send')) => {
    const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
    Object.defineProperty(event, 'target', { value: form() });
    return event;
  };
  /** The cause, told of the person's click on Send. */
  const clickedSend = () => {
    const cause = new SubmitCause();
    const click = trusted(new MouseEvent('click', { bubbles: true }));
    Object.defineProperty(click, 'target', { value: el('#send') });
    cause.note(click);
    return cause;
  };

  it('writes the person’s possible contact form to the outbox at once, and says what it reported', () => {
    vi.setSystemTime(1_700_000_000_000);
    const reported = reportSentForm(trusted(submitOf()), clickedSend(), false, {
      host: 'www.example.com',
      name: 'Example',
    });
    expect(reported).toMatchObject({
      at: 1_700_000_000_000,
      sent: { channel: 'web_form', form: { label: 'Contact' } },
    });
    expect(reported?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.storage.local.set).toHaveBeenCalledTimes(1);
    expect(api.storage.local.set).toHaveBeenCalledWith({
      [`outbox:${reported?.id}`]: {
        type: 'cs/attempt-detected',
        id: reported?.id,
        at: 1_700_000_000_000,
        pageUrl: 'http://localhost:3000/',
        company: { host: 'www.example.com', name: 'Example' },
        channel: 'web_form',
        form: reported?.sent.form,
      },
    });
    // The outbox only: the page part sends the message, for its notice.
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    expect(JSON.stringify(api.storage.local.set.mock.calls)).not.toContain('Charged twice');
    expect(JSON.stringify(api.storage.local.set.mock.calls)).not.toContain('Pat');
  });

  it('takes the message only when asked to keep a copy', () => {
    reportSentForm(trusted(submitOf()), clickedSend(), true);
    expect(JSON.stringify(api.storage.local.set.mock.calls)).toContain('Charged twice.');
  });

  it('reports nothing of a submit that is not the person’s, a script’s event, or a form that cannot be a contact form', () => {
    // requestSubmit() in a later task than the person's click.
    const cause = clickedSend();
    vi.advanceTimersByTime(0);
    expect(reportSentForm(trusted(submitOf(null)), cause)).toBeUndefined();
    // A submit event a page script dispatched.
    expect(reportSentForm(untrusted(submitOf()), clickedSend())).toBeUndefined();
    // A search form the person sent.
    document.body.innerHTML = '<form role="search"><input name="q"><button id="send">Go</button></form>';
    expect(reportSentForm(trusted(submitOf()), clickedSend())).toBeUndefined();
    expect(api.storage.local.set).not.toHaveBeenCalled();
  });

  it('reports nothing once the extension went away', () => {
    vi.stubGlobal('chrome', { runtime: {} });
    expect(reportSentForm(trusted(submitOf()), clickedSend())).toBeUndefined();
  });
});
