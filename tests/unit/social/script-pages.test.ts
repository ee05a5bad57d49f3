import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSocial } from '../../../entrypoints/social/start';
import type { PageLifetime } from '../../../entrypoints/contact/lifetime';

/** The social script started on a saved page at its real address; what it sends the background. */

type Sent = Record<string, unknown> & { type: string };
let sent: Sent[];
let answer: (msg: Sent) => unknown;
let lifetime: PageLifetime | undefined;
let attached: MockInstance<Element['attachShadow']>;
/** The shadow roots made so far. */
const roots = () => attached.mock.results.map((r) => r.value as ShadowRoot);
const setUrl = (url: string) => (Reflect.get(window, 'happyDOM') as { setURL(url: string): void }).setURL(url);

function openPage(file: string, url: string): void {
  setUrl(url);
  const saved = new DOMParser().parseFromString(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'), 'text/html');
  // The markup only: the page's own scripts do not run here.
  for (const script of Array.from(saved.querySelectorAll('script'))) script.remove();
  document.body.innerHTML = saved.body.innerHTML;
  lifetime = startSocial();
}

function trustedClick(el: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el?.dispatchEvent(event);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('chrome', { runtime: { id: fakeBrowser.runtime.id } });
  sent = [];
  answer = () => ({ ok: true, data: {} });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    const msg = message as Sent;
    sent.push(msg);
    return Promise.resolve(answer(msg));
  });
  // The UI's shadow root is closed: keep a handle on it as it is made (the spy calls through), to press its button.
  attached = vi.spyOn(Element.prototype, 'attachShadow');
});
afterEach(() => {
  lifetime?.end();
  lifetime = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.querySelectorAll('paper-trail-draft, paper-trail-save-handle').forEach((el) => el.remove());
});

describe("the social script on a company's answer opened at its own address", () => {
  it("reports the answer once, as a reply to the person's post shown above it", async () => {
    openPage('social-x-status-tmobilehelp-reply.html', 'https://x.com/TMobileHelp/status/1801376537713234197');
    await vi.advanceTimersByTimeAsync(2_000);
    const replies = () => sent.filter((m) => m.type === 'cs/social-reply-seen');
    expect(replies()).toEqual([
      {
        type: 'cs/social-reply-seen',
        platform: 'x',
        by: 'TMobileHelp',
        url: 'https://x.com/TMobileHelp/status/1801376537713234197',
        inReplyToUrl: 'https://x.com/jdawson_84/status/1801371928466313524',
        text: expect.stringContaining('Send us a DM') as unknown,
        at: Date.parse('2024-06-13T18:40:02.000Z'),
      },
    ]);
    // The page keeps changing (replies load): reported once per page view.
    document.querySelector('#conversation')?.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(replies()).toHaveLength(1);
    // Not a profile page: nothing is asked about saving a handle.
    expect(sent.filter((m) => m.type === 'cs/social-profile')).toEqual([]);
  });

  it('offers the draft for the company in the reply box under its answer, not for the person', () => {
    openPage('social-x-status-tmobilehelp-reply.html', 'https://x.com/TMobileHelp/status/1801376537713234197');
    const focus = new FocusEvent('focusin', { bubbles: true });
    Object.defineProperty(focus, 'isTrusted', { value: true });
    document.querySelector('[data-testid="tweetTextarea_0"]')?.dispatchEvent(focus);
    const host = document.querySelector('paper-trail-draft');
    const button = roots()
      .find((r) => r.host === host)
      ?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Insert the Paper Trail draft for @TMobileHelp');
  });

  it('reports nothing when someone else is signed in', async () => {
    openPage('social-x-status-tmobilehelp-reply.html', 'https://x.com/TMobileHelp/status/1801376537713234197');
    document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.setAttribute('href', '/priyasharma_aa');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent.filter((m) => m.type === 'cs/social-reply-seen')).toEqual([]);
  });
});

describe("the social script on a company's profile page", () => {
  it("asks once whether to offer saving the handle, shows the offer, and saves on the person's click", async () => {
    answer = (msg) =>
      msg.type === 'cs/social-profile'
        ? {
            ok: true,
            data: msg['save']
              ? { saved: true }
              : { company: { id: 'paypal', name: 'PayPal' }, handle: 'AskPayPal', network: 'X' },
          }
        : { ok: true, data: {} };
    openPage('social-x-profile-askpaypal.html', 'https://x.com/AskPayPal');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent.filter((m) => m.type === 'cs/social-profile')).toEqual([
      { type: 'cs/social-profile', platform: 'x', handle: 'AskPayPal', name: 'Ask PayPal' },
    ]);

    const host = document.querySelector('paper-trail-save-handle');
    expect(host).not.toBeNull();
    expect(host?.shadowRoot ?? null).toBeNull(); // closed: the page cannot reach into it
    const root = roots().find((r) => r.host === host);
    const button = root?.querySelector('button');
    expect(button?.textContent).toBe('Save @AskPayPal as PayPal’s support account on X');

    // A click the page makes up does nothing.
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.filter((m) => m['save'])).toEqual([]);

    trustedClick(button);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.filter((m) => m['save'])).toEqual([
      { type: 'cs/social-profile', platform: 'x', handle: 'AskPayPal', name: 'Ask PayPal', save: true },
    ]);
    expect(root?.querySelector('[role="status"]')?.textContent).toBe(
      'Saved. Paper Trail will address @AskPayPal for PayPal on X.',
    );

    // The site moves to another page without reloading: the offer goes with the profile.
    setUrl('https://x.com/home');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(document.querySelector('paper-trail-save-handle')).toBeNull();
  });

  it('shows nothing when the background offers nothing', async () => {
    openPage('social-x-profile-askpaypal.html', 'https://x.com/AskPayPal');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent.filter((m) => m.type === 'cs/social-profile')).toHaveLength(1);
    expect(document.querySelector('paper-trail-save-handle')).toBeNull();
  });
});
