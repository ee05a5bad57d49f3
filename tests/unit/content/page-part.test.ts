import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runGate } from '../../../entrypoints/contact/gate';
import { takeEarlyEvents } from '../../../entrypoints/contact/handoff';
import { loadPagePart } from '../../../entrypoints/contact/load-page-part';
import { startPage as startPagePart } from '../../../entrypoints/contact/page';
import { reportSentForm } from '../../../entrypoints/contact/sent-report';
import {
  browserOpacity,
  browserSubmitsTrusted,
  el,
  focusMovesTo,
  hover,
  layOut,
  noUserActivation,
  outbox,
  personClicks,
  personPresses,
  personReleases,
  select,
  stubChrome,
  trusted,
  userActivation,
} from './dom-support';

/**
 * The page part with the background replaced: it sends its reading and acts on the verdict it gets
 * back; it reports what the person did — and nothing a page script did in their name.
 */

const FORM = `<h1>Contact us</h1><form aria-label="Contact form"><input name="email" type="email" value="p@example.org">
  <input name="subject" value="Double charge"><textarea name="message">I was charged twice.</textarea><button id="send">Send</button></form>`;

interface Background {
  sent: Record<string, unknown>[];
  /** Resolves the pending page reading with this verdict kind. */
  judge: (kind: string, keepMessageCopy?: boolean) => void;
}

/** The background: answers the page reading when told to, each attempt with a new attempt id. */
function fakeBackground(): Background {
  const sent: Record<string, unknown>[] = [];
  let judge: Background['judge'] = () => {
    throw new Error('no reading was sent');
  };
  let attempts = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    const msg = message as Record<string, unknown>;
    sent.push(msg);
    if (msg.type === 'cs/page-read') {
      return new Promise((resolve) => {
        judge = (kind, keepMessageCopy = false) =>
          resolve({
            ok: true,
            data: {
              kind,
              companyName: 'Example',
              known: false,
              attached: false,
              verdict: { kind, chatVendors: [], company: { host: 'www.example.com', name: 'Example' } },
              keepMessageCopy,
            },
          });
      });
    }
    if (msg.type === 'cs/contact-signal') return Promise.resolve({ ok: true, data: { load: true } });
    if (msg.type === 'cs/attempt-detected') {
      attempts += 1;
      const logged = {
        attemptId: `attempt-${attempts}`,
        caseId: 'case-1',
        caseTitle: 'Example',
        companyId: 'example',
        companyName: 'Example',
        channel: msg.channel,
      };
      return Promise.resolve({
        ok: true,
        data: { ...logged, deduped: false, showToast: true, keepMessageCopy: false },
      });
    }
    if (msg.type === 'cs/page-classified')
      return Promise.resolve({
        ok: true,
        data: { kind: msg.kind, companyName: 'Example', known: false, attached: true },
      });
    if (msg.type === 'cs/attempt-undo')
      return Promise.resolve({ ok: true, data: { undone: true, caseRemoved: false } });
    return Promise.resolve({ ok: true, data: { opened: true } });
  });
  return { sent, judge: (kind, keep) => judge(kind, keep) };
}

/** The toast's shadow roots, the latest last (closed: captured as only our own code could). */
function toastRoots(): { latest: () => ShadowRoot | undefined } {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  return { latest: () => attach.mock.results.map(({ value }) => value as ShadowRoot).at(-1) };
}

const attempts = (bg: Background) => bg.sent.filter((m) => m.type === 'cs/attempt-detected');
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const form = () => el<HTMLFormElement>('form');
const fieldValues = (report: Record<string, unknown> | undefined) =>
  (report?.form as { fields: { tag: string; words: string; value: string }[] } | undefined)?.fields.map(
    ({ tag, words, value }) => [tag, words.trim(), value],
  );

let stops: (() => void)[] = [];
const startPage = () => stops.push(startPagePart());
let outboxWrites: ReturnType<typeof stubChrome>['outboxWrites'];
let unmarkSubmits = () => {};
/** Pages send their forms with fetch: the default navigation is prevented. */
const sendWithFetch = (event: Event) => event.preventDefault();

beforeEach(() => {
  ({ outboxWrites } = stubChrome());
  unmarkSubmits = browserSubmitsTrusted();
  document.addEventListener('submit', sendWithFetch);
  document.title = 'Contact us | Example';
  document.body.innerHTML = FORM;
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  takeEarlyEvents();
  unmarkSubmits();
  document.removeEventListener('submit', sendWithFetch);
  noUserActivation();
  document.getSelection()?.removeAllRanges();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the contact page part and sent forms', () => {
  it('sends what it read of the page', () => {
    const bg = fakeBackground();
    startPage();
    const reading = bg.sent.find((m) => m.type === 'cs/page-read')?.reading as Record<string, unknown> | undefined;
    expect(reading).toMatchObject({ signal: true, contactForms: 1, title: 'Contact us | Example' });
  });

  it('reports the person’s form at once, before any verdict: to the outbox, then by message with the same id — and shows the notice of the attempt the background names', async () => {
    const bg = fakeBackground();
    const roots = toastRoots();
    startPage();
    personClicks(el('#send'));
    // Both before anything was awaited: the page may be leaving.
    expect(outboxWrites).toHaveBeenCalledTimes(1);
    const [key, written] = Object.entries(outboxWrites.mock.calls[0]?.[0] ?? {})[0] ?? [];
    const id = (written as { id: string }).id;
    expect(key).toBe(`outbox:${id}`);
    expect(attempts(bg)).toEqual([
      {
        type: 'cs/attempt-detected',
        id,
        at: (written as { at: number }).at,
        pageUrl: 'http://localhost:3000/',
        company: { host: 'localhost' },
        channel: 'web_form',
        form: (written as { form: unknown }).form,
      },
    ]);
    // The snapshot: the subject's text, no address, no message (no copies kept); the background judges it.
    expect(fieldValues(attempts(bg)[0])).toEqual([
      ['input', 'email', ''],
      ['input', 'subject', 'Double charge'],
      ['textarea', 'message', ''],
    ]);
    expect(Object.keys(await outbox())).toEqual([`outbox:${id}`]);

    await settle();
    const toast = roots.latest();
    expect(toast?.querySelector('[role=status]')?.textContent).toContain('Example');
    const undo = Array.from(toast?.querySelectorAll('button') ?? []).find((button) => button.textContent === 'Undo');
    undo?.click();
    expect(bg.sent.filter((m) => m.type === 'cs/attempt-undo')).toEqual([{ type: 'cs/attempt-undo', id: 'attempt-1' }]);
  });

  it('reports the send of contact fields in no form at once, before any verdict: to the outbox, then by message with the same id', () => {
    document.body.innerHTML =
      '<div><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button id="send" type="button">Send</button></div>';
    el<HTMLTextAreaElement>('textarea').value = 'My order 1234 never arrived';
    const bg = fakeBackground();
    startPage();
    personClicks(el('#send'));
    // Written before anything was awaited: a script may navigate away as soon as it has sent.
    expect(outboxWrites).toHaveBeenCalledTimes(1);
    const written = Object.values(outboxWrites.mock.calls[0]?.[0] ?? {})[0] as { id: string; at: number };
    expect(attempts(bg)).toEqual([expect.objectContaining({ id: written.id, at: written.at, channel: 'web_form' })]);
  });

  it('reports the form whatever the page’s verdict: the background judges the form itself', async () => {
    const bg = fakeBackground();
    startPage();
    bg.judge('none');
    await settle();
    personClicks(el('#send'));
    await settle();
    expect(attempts(bg)).toEqual([
      expect.objectContaining({ channel: 'web_form', company: { host: 'www.example.com', name: 'Example' } }),
    ]);
  });

  it('reports nothing of a form that cannot be a contact form', async () => {
    document.body.innerHTML =
      '<h1>Contact us</h1><form role="search"><input name="q" value="refund"><button id="send">Search</button></form>';
    const bg = fakeBackground();
    startPage();
    bg.judge('contact');
    await settle();
    personClicks(el('#send'));
    await settle();
    expect(attempts(bg)).toEqual([]);
    expect(outboxWrites).not.toHaveBeenCalled();
  });

  it('puts the message in the snapshot only when the background says the person keeps copies', async () => {
    for (const keep of [false, true]) {
      const bg = fakeBackground();
      startPage();
      bg.judge('contact', keep);
      await settle();
      personClicks(el('#send'));
      expect(fieldValues(attempts(bg)[0])?.[2], String(keep)).toEqual([
        'textarea',
        'message',
        keep ? 'I was charged twice.' : '',
      ]);
      for (const stop of stops.splice(0)) stop();
      vi.restoreAllMocks();
    }
  });

  it('reports the case number the page shows after a form was sent, on a contact page only', async () => {
    for (const kind of ['none', 'contact']) {
      document.body.innerHTML = FORM;
      const bg = fakeBackground();
      startPage();
      bg.judge(kind);
      await settle();
      personClicks(el('#send'));
      await settle();
      document.body.insertAdjacentHTML('beforeend', '<p role="status">Thank you. Your case number is 34871265.</p>');
      // The page is looked at again at most every half second.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const reported = bg.sent.filter((m) => m.type === 'cs/page-classified');
      expect(reported, kind).toEqual(
        kind === 'contact' ? [expect.objectContaining({ kind: 'confirmation', reference: '34871265' })] : [],
      );
      for (const stop of stops.splice(0)) stop();
      vi.restoreAllMocks();
    }
  });
});

describe('the contact page part and what the gate heard before it came', () => {
  it('re-sends a form the gate reported, by its id, with the form as it was sent', async () => {
    const bg = fakeBackground();
    // The gate on a page with a contact signal, wired as in entrypoints/contact/index.ts.
    const stopHearing = runGate({
      follow: () => {},
      look: () => true,
      confirms: () => false,
      address: () => document.URL,
      load: () => Promise.resolve(true),
      reportSent: (event, cause) => reportSentForm(event, cause),
    });
    personClicks(el('#send'));
    stopHearing();
    // The gate wrote the outbox, and sent nothing.
    expect(outboxWrites).toHaveBeenCalledTimes(1);
    const written = Object.values(outboxWrites.mock.calls[0]?.[0] ?? {})[0] as { id: string; at: number };
    expect(attempts(bg)).toEqual([]);
    // The page resets the form before the page part arrives.
    for (const field of Array.from(document.querySelectorAll('input,textarea')))
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.value = '';
    startPage();
    expect(attempts(bg)).toEqual([expect.objectContaining({ id: written.id, at: written.at, channel: 'web_form' })]);
    expect(fieldValues(attempts(bg)[0])?.[1]).toEqual(['input', 'subject', 'Double charge']);
    expect(Object.keys(await outbox())).toEqual([`outbox:${written.id}`]);
    // Taken once: a page part started again (a second injection) finds nothing left to act on.
    expect(takeEarlyEvents()).toEqual([]);
  });

  it('re-sends with the same id a form the gate reported as the first use on a page without a signal, and shows its notice', async () => {
    document.title = 'Your order | Example';
    const bg = fakeBackground();
    const roots = toastRoots();
    const stopHearing = runGate({
      follow: () => {},
      look: () => false,
      confirms: () => false,
      address: () => document.URL,
      load: loadPagePart,
      reportSent: (event, cause) => reportSentForm(event, cause),
    });
    personClicks(el('#send'));
    expect(outboxWrites).toHaveBeenCalledTimes(1);
    const written = Object.values(outboxWrites.mock.calls[0]?.[0] ?? {})[0] as { id: string };
    // The submit asked for the page part: the background injects it.
    expect(bg.sent).toEqual([{ type: 'cs/contact-signal' }]);
    await settle();
    startPage();
    stopHearing();
    await settle();
    expect(attempts(bg).map((m) => m.id)).toEqual([written.id]);
    expect(roots.latest()?.querySelector('[role=status]')?.textContent).toContain('Example');
  });

  it('logs the chat launcher whose opening made the gate load it, on a page that is no contact page', async () => {
    document.title = 'New arrivals | Example';
    document.body.innerHTML =
      '<h1>New arrivals</h1><div class="intercom-lightweight-app-launcher" role="button"><span id="icon">?</span></div>';
    browserOpacity();
    layOut(el('.intercom-lightweight-app-launcher'), { x: 1200, y: 700, width: 60, height: 60 });
    const load = vi.fn(() => Promise.resolve(true));
    const stopHearing = runGate({
      follow: () => {},
      look: () => false,
      confirms: () => false,
      address: () => document.URL,
      load,
      reportSent: () => undefined,
    });
    personClicks(el('#icon'), { x: 1230, y: 730 });
    stopHearing();
    expect(load).toHaveBeenCalledTimes(1);
    const bg = fakeBackground();
    startPage();
    bg.judge('none');
    await settle();
    expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'chat', contact: 'Intercom' })]);
    // Its report went to the outbox too, under the id it was sent with.
    expect(Object.keys(await outbox())).toEqual([`outbox:${String(attempts(bg)[0]?.id)}`]);
  });

  it('counts a copy the gate heard only after the person’s copy shortcut, and only while on screen', async () => {
    for (const shortcut of [false, true]) {
      document.body.innerHTML = '<h1>Contact us</h1><p>Call <span id="phone">+1 800 344 1274</span></p>';
      const stopHearing = runGate({
        follow: () => {},
        look: () => true,
        confirms: () => false,
        address: () => document.URL,
        load: () => Promise.resolve(true),
        reportSent: () => undefined,
      });
      select(el('#phone'), { x: 40, y: 100, width: 120, height: 18 });
      if (shortcut) personPresses(el('#phone'), 'c', { ctrlKey: true });
      else personPresses(el('#phone'), 'Shift');
      el('#phone').dispatchEvent(trusted(new Event('copy', { bubbles: true })));
      stopHearing();
      const bg = fakeBackground();
      startPage();
      bg.judge('contact');
      await settle();
      expect(attempts(bg), String(shortcut)).toEqual(
        shortcut ? [expect.objectContaining({ channel: 'phone', contact: '+18003441274' })] : [],
      );
      for (const stop of stops.splice(0)) stop();
      vi.restoreAllMocks();
    }
  });
});

describe('a hostile page: nothing is reported that the person did not do', () => {
  describe('sends', () => {
    beforeEach(() => vi.useFakeTimers());

    it('takes no requestSubmit() a page script calls 150 ms after the person clicked in a field', async () => {
      const bg = fakeBackground();
      startPage();
      bg.judge('contact');
      personClicks(el('input[name=subject]'));
      await vi.advanceTimersByTimeAsync(150);
      form().requestSubmit();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(attempts(bg)).toEqual([]);
      expect(outboxWrites).not.toHaveBeenCalled();
      expect(await outbox()).toEqual({});
    });

    it('takes no requestSubmit() after the person’s Enter was released', async () => {
      const bg = fakeBackground();
      startPage();
      personPresses(el('input[name=subject]'), 'Enter');
      personReleases(el('input[name=subject]'), 'Enter');
      await vi.advanceTimersByTimeAsync(20);
      form().requestSubmit();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(attempts(bg)).toEqual([]);
      expect(outboxWrites).not.toHaveBeenCalled();
    });

    it('takes the person’s click on the submit button, sending the form in the same task', async () => {
      const bg = fakeBackground();
      startPage();
      await vi.advanceTimersByTimeAsync(150);
      personClicks(el('#send'));
      expect(attempts(bg)).toHaveLength(1);
      expect(outboxWrites).toHaveBeenCalledTimes(1);
    });

    it('takes the person’s Enter in a field, the form sent while the key is down', async () => {
      const bg = fakeBackground();
      startPage();
      personPresses(el('input[name=subject]'), 'Enter');
      await vi.advanceTimersByTimeAsync(5);
      // The browser's implicit submission.
      form().requestSubmit();
      personReleases(el('input[name=subject]'), 'Enter');
      expect(attempts(bg)).toHaveLength(1);
    });
  });

  describe('copies', () => {
    const PHONE = '<h1>Contact us</h1><p>Call <span id="phone">+1 800 344 1274</span></p>';
    const ON_SCREEN = { x: 40, y: 100, width: 120, height: 18 };
    const copy = () => el('#phone').dispatchEvent(trusted(new Event('copy', { bubbles: true })));
    async function judgedPage(): Promise<Background> {
      document.body.innerHTML = PHONE;
      const bg = fakeBackground();
      startPage();
      bg.judge('contact');
      await settle();
      return bg;
    }

    it('takes no copy without the person’s copy shortcut or context menu (a script’s execCommand("copy"))', async () => {
      const bg = await judgedPage();
      select(el('#phone'), ON_SCREEN);
      personPresses(el('#phone'), 'c');
      copy();
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes no copy of a selection off screen, even after the shortcut', async () => {
      const bg = await judgedPage();
      select(el('#phone'), { x: 40, y: innerHeight + 400, width: 120, height: 18 });
      personPresses(el('#phone'), 'c', { ctrlKey: true });
      copy();
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes the person’s copy of a number on screen, by shortcut or by the context menu', async () => {
      for (const how of ['shortcut', 'menu']) {
        const bg = await judgedPage();
        select(el('#phone'), ON_SCREEN);
        if (how === 'shortcut') personPresses(el('#phone'), 'c', { metaKey: true });
        else el('#phone').dispatchEvent(trusted(new MouseEvent('contextmenu', { bubbles: true })));
        copy();
        await settle();
        expect(attempts(bg), how).toEqual([expect.objectContaining({ channel: 'phone', contact: '+18003441274' })]);
        for (const stop of stops.splice(0)) stop();
        vi.restoreAllMocks();
      }
    });
  });

  describe('frames', () => {
    async function judgedPage(): Promise<Background> {
      document.title = 'New arrivals | Example';
      document.body.innerHTML =
        '<h1>New arrivals</h1><iframe id="launcher" title="Button to launch messaging window"></iframe><iframe id="video"></iframe>';
      const bg = fakeBackground();
      startPage();
      bg.judge('none');
      await settle();
      return bg;
    }
    const windowBlurs = () => window.dispatchEvent(trusted(new FocusEvent('blur')));

    it('takes no window blur while no frame is under the pointer (a script’s frame.focus())', async () => {
      const bg = await judgedPage();
      hover(null);
      focusMovesTo(el('#launcher'));
      windowBlurs();
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes no window blur while the page has no activation of the person', async () => {
      const bg = await judgedPage();
      userActivation(false);
      hover(el('#launcher'));
      focusMovesTo(el('#launcher'));
      windowBlurs();
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes no blur by the Tab key, nor one that left the focus elsewhere', async () => {
      const bg = await judgedPage();
      hover(el('#launcher'));
      personPresses(document.body, 'Tab');
      focusMovesTo(el('#launcher'));
      windowBlurs();
      await new Promise((resolve) => setTimeout(resolve, 400));
      focusMovesTo(document.body);
      windowBlurs();
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes the person’s press into a launcher frame', async () => {
      const bg = await judgedPage();
      userActivation(true);
      hover(el('#launcher'));
      focusMovesTo(el('#launcher'));
      windowBlurs();
      await settle();
      expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'chat', contact: 'Zendesk' })]);
    });
  });

  describe('launcher clicks', () => {
    async function judgedPage(html: string): Promise<Background> {
      document.title = 'New arrivals | Example';
      document.body.innerHTML = html;
      browserOpacity();
      const bg = fakeBackground();
      startPage();
      bg.judge('none');
      await settle();
      return bg;
    }

    it('takes no click inside a transparent layer with a vendor’s launcher id', async () => {
      const bg = await judgedPage(
        '<div id="intercom-container" style="opacity:0"><a id="deal" href="/sale">Sale</a></div>',
      );
      layOut(el('#intercom-container'), { x: 1200, y: 700, width: 60, height: 60 });
      personClicks(el('#deal'), { x: 1230, y: 730 });
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes no click inside a page-sized layer with a vendor’s launcher class', async () => {
      const bg = await judgedPage('<div class="intercom-launcher"><p id="text">Our new arrivals</p></div>');
      layOut(el('.intercom-launcher'), { x: 0, y: 0, width: 1280, height: 2000 });
      personClicks(el('#text'), { x: 400, y: 300 });
      await settle();
      expect(attempts(bg)).toEqual([]);
    });

    it('takes a click on a visible launcher of launcher size', async () => {
      const bg = await judgedPage('<div class="intercom-launcher"><span id="icon">?</span></div>');
      layOut(el('.intercom-launcher'), { x: 1200, y: 700, width: 60, height: 60 });
      personClicks(el('#icon'), { x: 1230, y: 730 });
      await settle();
      expect(attempts(bg)).toEqual([expect.objectContaining({ channel: 'chat', contact: 'Intercom' })]);
    });
  });

  it('is not kept from the extension by a <form id="browser"> on the page', () => {
    document.body.insertAdjacentHTML('afterbegin', '<form id="browser"><input name="runtime" id="runtime"></form>');
    // Chrome has no `browser` global: the page's element of that id takes the name.
    vi.stubGlobal('browser', el('#browser'));
    const bg = fakeBackground();
    startPage();
    personClicks(el('#send'));
    expect(outboxWrites).toHaveBeenCalledTimes(1);
    expect(attempts(bg)).toHaveLength(1);
  });
});
