import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import gateScript from '../../../entrypoints/contact/index';
import { takeEarlyEvents } from '../../../entrypoints/contact/handoff';

/**
 * The always-on gate as it starts on a page: which pages make it ask the background for the page
 * part, and when. The extension runtime is a stub recording each message.
 */

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let sent: unknown[] = [];
let injected = true;
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  const runtime = {
    id: 'test-extension',
    sendMessage: (message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true, data: { injected } });
    },
  };
  vi.stubGlobal('browser', { runtime });
  vi.stubGlobal('chrome', { runtime });
});
afterEach(() => {
  takeEarlyEvents();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const startOn = (path: string, title: string, body: string) => {
  history.replaceState({}, '', path);
  document.title = title;
  document.body.innerHTML = body;
  gateScript.main();
};
const press = () => document.body.firstElementChild?.dispatchEvent(trusted(new MouseEvent('pointerdown', { bubbles: true })));

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
  });
});
