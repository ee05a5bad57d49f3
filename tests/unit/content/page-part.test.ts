import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runGate } from '../../../entrypoints/contact/gate';
import { takeEarlyEvents } from '../../../entrypoints/contact/handoff';
import { startPage as startPagePart } from '../../../entrypoints/contact/page';

/**
 * The page part with the background replaced: it sends its reading, acts on the verdict it gets
 * back, and reports a contact form only on a page judged to be a contact page.
 */

const FORM = `<h1>Contact us</h1><form aria-label="Contact form"><input name="email" type="email" value="p@example.org">
  <input name="subject" value="Double charge"><textarea name="message">I was charged twice.</textarea><button id="send">Send</button></form>`;

interface Background {
  sent: Record<string, unknown>[];
  /** Resolves the pending page reading with this verdict kind. */
  judge: (kind: string, keepMessageCopy?: boolean) => void;
}

function fakeBackground(): Background {
  const sent: Record<string, unknown>[] = [];
  let judge: Background['judge'] = () => {
    throw new Error('no reading was sent');
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    const msg = message as Record<string, unknown>;
    sent.push(msg);
    if (msg.type === 'cs/page-read') {
      return new Promise((resolve) => {
        judge = (kind, keepMessageCopy = false) =>
          resolve({ ok: true, data: { kind, verdict: { kind, chatVendors: [], company: { host: 'www.example.com', name: 'Example' } }, keepMessageCopy } });
      });
    }
    return Promise.resolve({ ok: true, data: { companyName: 'Example', deduped: false, showToast: false, keepMessageCopy: false } });
  });
  return { sent, judge: (kind, keep) => judge(kind, keep) };
}

/** The person presses Send: a trusted press inside the form, then a trusted submit. */
function personSubmits(): void {
  const button = document.querySelector('#send');
  const form = document.querySelector('form');
  if (!button || !form) throw new Error('fixture');
  const press = new Event('pointerdown', { bubbles: true });
  Object.defineProperty(press, 'isTrusted', { value: true });
  button.dispatchEvent(press);
  const submit = new Event('submit', { bubbles: true, cancelable: true });
  Object.defineProperty(submit, 'isTrusted', { value: true });
  form.dispatchEvent(submit);
}

const attempts = (bg: Background) => bg.sent.filter((m) => m.type === 'cs/attempt-detected');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let stops: (() => void)[] = [];
const startPage = () => stops.push(startPagePart());

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { id: fakeBrowser.runtime.id } });
  document.title = 'Contact us | Example';
  document.body.innerHTML = FORM;
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the contact page part', () => {
  it('sends what it read of the page, then logs a form sent on a page judged a contact page', async () => {
    const bg = fakeBackground();
    startPage();
    const reading = bg.sent.find((m) => m.type === 'cs/page-read')?.reading as Record<string, unknown> | undefined;
    expect(reading).toMatchObject({ signal: true, contactForms: 1, title: 'Contact us | Example' });
    bg.judge('contact');
    await settle();
    personSubmits();
    await settle();
    expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'web_form', subject: 'Double charge', company: { host: 'www.example.com', name: 'Example' } })]);
    expect(attempts(bg)[0]).not.toHaveProperty('messageCopy');
  });

  it('logs nothing from a page the background judged not to be a contact page', async () => {
    const bg = fakeBackground();
    startPage();
    bg.judge('none');
    await settle();
    personSubmits();
    await settle();
    expect(attempts(bg)).toEqual([]);
  });

  it('reads a form sent before the verdict came at once, and logs it once the verdict says contact', async () => {
    const bg = fakeBackground();
    startPage();
    personSubmits();
    // The page resets the form straight after sending it.
    document.body.innerHTML = '<p>Thank you</p>';
    await settle();
    expect(attempts(bg)).toEqual([]);
    bg.judge('contact');
    await settle();
    expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'web_form', subject: 'Double charge' })]);
  });

  it('keeps a copy of the message only when the background says the person asked for it', async () => {
    const bg = fakeBackground();
    startPage();
    bg.judge('contact', true);
    await settle();
    personSubmits();
    await settle();
    expect(attempts(bg)[0]).toMatchObject({ messageCopy: 'I was charged twice.' });
  });

  it('reports the case number the page shows after a form was sent, on a contact page only', async () => {
    for (const kind of ['none', 'contact']) {
      document.body.innerHTML = FORM;
      const bg = fakeBackground();
      startPage();
      bg.judge(kind);
      await settle();
      personSubmits();
      await settle();
      document.body.insertAdjacentHTML('beforeend', '<p role="status">Thank you. Your case number is 34871265.</p>');
      // The page is looked at again at most every half second.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const reported = bg.sent.filter((m) => m.type === 'cs/page-classified');
      expect(reported, kind).toEqual(kind === 'contact' ? [expect.objectContaining({ kind: 'confirmation', reference: '34871265' })] : []);
      for (const stop of stops) stop();
      stops = [];
      vi.restoreAllMocks();
    }
  });

  it('acts on what the gate heard before it arrived: the press and the submit that made the gate load it, the form as sent', async () => {
    // The gate on a page with a contact signal, whose page part is on its way.
    const stopHearing = runGate({ look: () => true, confirms: () => false, address: () => document.URL, load: () => Promise.resolve(true) });
    personSubmits();
    stopHearing();
    // The page resets the form before the page part arrives.
    for (const field of Array.from(document.querySelectorAll('input,textarea'))) if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.value = '';
    const bg = fakeBackground();
    startPage();
    bg.judge('contact');
    await settle();
    expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'web_form', subject: 'Double charge' })]);
    // Taken once: a page part started again (a second injection) finds nothing left to act on.
    expect(takeEarlyEvents()).toEqual([]);
  });

  it('logs the chat launcher whose opening made the gate load it, on a page that is no contact page', async () => {
    document.title = 'New arrivals | Example';
    document.body.innerHTML = '<h1>New arrivals</h1><div class="intercom-lightweight-app-launcher" role="button"><span id="icon">?</span></div>';
    const load = vi.fn(() => Promise.resolve(true));
    const stopHearing = runGate({ look: () => false, confirms: () => false, address: () => document.URL, load });
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.querySelector('#icon')?.dispatchEvent(click);
    stopHearing();
    expect(load).toHaveBeenCalledTimes(1);
    const bg = fakeBackground();
    startPage();
    bg.judge('none');
    await settle();
    expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'chat' })]);
  });
});
