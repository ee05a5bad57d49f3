import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import gateScript from '../../../entrypoints/contact/index';
import { takeEarlyEvents } from '../../../entrypoints/contact/handoff';
import { browserSubmitsTrusted, el, personClicks, trackListeners } from './dom-support';

/**
 * The always-on gate as it starts on a page (entrypoints/contact/index.ts, wired as in the
 * extension): which pages make it ask the background for the page part, and when; and the form
 * the person sends, which it puts in the outbox itself. The extension API is a stub recording
 * each message and each storage write.
 */

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let sent: unknown[] = [];
let stored: Record<string, unknown>[] = [];
let injected = true;
let follows = false;
let hear: ((message: unknown) => void) | undefined;
let referrer = '';
let removeListeners = () => {};
let unmarkSubmits = () => {};
/** The extension API as the page's world sees it: `runtime` and `storage`. */
const extensionApi = () => ({
  runtime: {
    id: 'test-extension',
    sendMessage: (message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true, data: { load: injected, follows } });
    },
    getURL: (path: string) => `data:text/javascript,//${encodeURIComponent(path)}`,
    onMessage: {
      addListener: (listener: (message: unknown) => void) => {
        hear = listener;
      },
    },
  },
  storage: {
    local: {
      set: (items: Record<string, unknown>) => {
        stored.push(items);
        return Promise.resolve();
      },
    },
  },
});
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  stored = [];
  injected = true;
  follows = false;
  hear = undefined;
  referrer = '';
  vi.spyOn(document, 'referrer', 'get').mockImplementation(() => referrer);
  // The gate hands back no stop function: what it listens with is removed after each test.
  removeListeners = trackListeners();
  unmarkSubmits = browserSubmitsTrusted();
  const api = extensionApi();
  vi.stubGlobal('browser', api);
  vi.stubGlobal('chrome', api);
});
afterEach(() => {
  takeEarlyEvents();
  removeListeners();
  unmarkSubmits();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const startOn = (path: string, title: string, body: string) => {
  history.replaceState({}, '', path);
  document.title = title;
  document.body.innerHTML = body;
  for (const form of Array.from(document.forms)) form.addEventListener('submit', (event) => event.preventDefault());
  gateScript.main();
};
const press = () =>
  document.body.firstElementChild?.dispatchEvent(trusted(new MouseEvent('pointerdown', { bubbles: true })));

/** A vendor's request form: no message box (the page has no contact markup), but three fields. */
const REQUEST_FORM =
  '<form id="request"><input type="email" name="email" value="pat@example.org"><input name="subject" value="Parcel never arrived">' +
  '<input name="description" value="Order 1234"><button id="send">Send</button></form>';

describe('the gate as it starts on a page', () => {
  it('asks for nothing on a contact page until the person uses it; stops listening where logging is off', async () => {
    injected = false;
    startOn('/contact-us', 'Contact us | Acme', '<a href="tel:+18005550100">Call us</a>');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toEqual([]);
    press();
    expect(sent).toEqual([{ type: 'cs/contact-signal' }]);
    await vi.advanceTimersByTimeAsync(0);
    // The background said no: what the person does next is not kept for a page part that never comes.
    press();
    expect(takeEarlyEvents().map(({ event }) => event.type)).toEqual(['pointerdown']);
    expect(sent).toHaveLength(1);
  });

  it('asks at once on a confirmation page, and keeps what the person does for the page part', async () => {
    injected = true;
    startOn('/contact/thank-you', 'Thank you | Acme', '<p>Your case number is 34871265.</p>');
    expect(sent).toEqual([{ type: 'cs/contact-signal' }]);
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(takeEarlyEvents().map(({ event }) => event.type)).toEqual(['pointerdown']);
    expect(sent).toHaveLength(1);
  });

  it('asks for nothing on a page without a signal, used or not', async () => {
    startOn('/world/markets', 'Markets today | News', '<p>Stocks rose.</p>');
    press();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(sent).toEqual([]);
    expect(stored).toEqual([]);
  });
});

describe('the gate and a form the person sends', () => {
  it('puts the form in the outbox at once, on a page without a signal, sends no report itself, and asks for the page part', async () => {
    startOn('/orders/1234', 'Your order | Acme', REQUEST_FORM);
    press();
    expect(sent).toEqual([]);
    personClicks(el('#send'));
    // Written before anything was awaited: the page may be leaving.
    expect(stored).toHaveLength(1);
    const [key, report] = Object.entries(stored[0] ?? {})[0] ?? [];
    expect(report).toMatchObject({
      type: 'cs/attempt-detected',
      pageUrl: 'http://localhost:3000/orders/1234',
      company: { host: 'localhost' },
      channel: 'web_form',
      form: { marker: 'request  ' },
    });
    const id = (report as { id: string }).id;
    expect(key).toBe(`outbox:${id}`);
    expect(JSON.stringify(report)).not.toContain('pat@example.org');
    expect(JSON.stringify(report)).toContain('Parcel never arrived');
    expect(sent).toEqual([{ type: 'cs/contact-signal' }]);
    // Kept, with its id, for the page part to report again for its notice.
    expect(takeEarlyEvents().map(({ event, reported }) => [event.type, reported?.id])).toEqual([['submit', id]]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent.filter((message) => (message as { type: string }).type === 'cs/attempt-detected')).toEqual([]);
  });

  it('puts nothing in the outbox and asks for nothing when a page script sends the form 150 ms after the person clicked in it', async () => {
    startOn('/orders/1234', 'Your order | Acme', REQUEST_FORM);
    personClicks(el('input[name=subject]'));
    await vi.advanceTimersByTimeAsync(150);
    el<HTMLFormElement>('#request').requestSubmit();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('finds the extension API even where the page has a <form id="browser">', () => {
    startOn(
      '/orders/1234',
      'Your order | Acme',
      `<form id="browser"><input name="runtime" id="runtime"><input name="sendMessage"></form>${REQUEST_FORM}`,
    );
    // In Chrome no `browser` global exists, and the page's element of that id takes the name.
    vi.stubGlobal('browser', el('#browser'));
    personClicks(el('#send'));
    expect(stored).toHaveLength(1);
    expect(sent).toEqual([{ type: 'cs/contact-signal' }]);
  });
});

describe('the gate on a page that may follow a report', () => {
  const thanks = () => startOn('/p/481', 'Acme', '<h1>Thank you</h1><p>Your reference is 48213577.</p>');

  it('asks nothing on a page reached from a page that was not a contact page, or from another site', () => {
    referrer = 'https://shop.example.com/products/kettle';
    thanks();
    referrer = 'https://www.other-shop.com/contact';
    thanks();
    referrer = '';
    thanks();
    expect(sent).toEqual([]);
  });

  it('asks whether a page reached from a contact page of the same site follows a report, and loads the page part when it does', async () => {
    referrer = `${location.origin}/contact`;
    follows = true;
    thanks();
    expect(sent).toEqual([{ type: 'cs/follow-check' }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ type: 'cs/follow-check' }, { type: 'cs/contact-signal' }]);
  });

  it('loads the page part when the background says so later (the report reached it after the page did), once', async () => {
    referrer = `${location.origin}/contact-us`;
    thanks();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ type: 'cs/follow-check' }]);
    hear?.({ type: 'bg/read-page', url: document.URL });
    hear?.({ type: 'bg/read-page', url: document.URL });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ type: 'cs/follow-check' }, { type: 'cs/contact-signal' }]);
  });

  it('asks no question on a confirmation page, which is read at once anyway', () => {
    referrer = `${location.origin}/contact`;
    startOn('/contact/thank-you', 'Thank you | Acme', '<p>Your case number is 34871265.</p>');
    expect(sent).toEqual([{ type: 'cs/contact-signal' }]);
  });
});
