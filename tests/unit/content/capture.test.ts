import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyPage, type PageVerdict } from '../../../lib/detect';
import { pressedFrame, SubmitCause, UserActivity, visibleSelection } from '../../../entrypoints/contact/activity';
import {
  clickedLauncherVendor,
  detectFromClick,
  detectFromCopy,
  detectFromFocusedFrame,
  launcherClicked,
} from '../../../entrypoints/contact/capture';
import { browserOpacity, el, layOut, noUserActivation, select, userActivation } from './dom-support';

function verdictOf(kind: PageVerdict['kind'], chatVendors: string[] = []): PageVerdict {
  return {
    kind,
    score: 0,
    channels: [],
    phones: [],
    emails: [],
    chatVendors,
    company: { host: 'example.com' },
    signals: [],
  };
}

/** An event whose isTrusted we choose (happy-dom's own events are never trusted). */
function userEvent(type: string, target: EventTarget, init: KeyboardEventInit & { trusted?: boolean } = {}): Event {
  const { trusted = true, ...keys } = init;
  const event = type.startsWith('key') ? new KeyboardEvent(type, keys) : new MouseEvent(type);
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

const LAUNCHER = { x: 1200, y: 700, width: 60, height: 60 };

describe('detectFromClick', () => {
  beforeEach(() => browserOpacity());

  it('turns tel: and mailto: links into phone and email attempts on contact pages only', () => {
    document.body.innerHTML =
      '<a id="t" href="tel:1-800-344-1274"><span>Call</span></a><a id="m" href="mailto:help@example.com?subject=Refund">mail</a>';
    expect(detectFromClick(el('#t span'), verdictOf('contact'), 'US')).toEqual({
      channel: 'phone',
      contact: '+18003441274',
    });
    expect(detectFromClick(el('#m'), verdictOf('support-article'), 'US')).toEqual({
      channel: 'email',
      contact: 'help@example.com',
      subject: 'Refund',
    });
    expect(detectFromClick(el('#t span'), verdictOf('none'), 'US')).toBeUndefined();
  });

  it('reports a tel: number its rules cannot place as dialled, for the background to read', () => {
    document.body.innerHTML = '<a id="in" href="tel:098765%2043210">Call</a><a id="x" href="tel:12">x</a>';
    expect(detectFromClick(el('#in'), verdictOf('contact'), 'IN')).toEqual({
      channel: 'phone',
      contact: '09876543210',
    });
    expect(detectFromClick(el('#x'), verdictOf('contact'), 'IN')).toBeUndefined();
  });

  it('knows a vendor’s launcher on any page when it is launcher-sized, visible and under the click; generic chat buttons only on contact-ish pages', () => {
    document.body.innerHTML =
      '<div class="LPMcontainer" role="button"><span id="in">Talk to us</span></div><button id="b">Start a chat</button><button id="o">Add to cart</button>';
    layOut(el('.LPMcontainer'), LAUNCHER);
    expect(detectFromClick(el('#in'), verdictOf('none'), 'US')).toEqual({ channel: 'chat', contact: 'LivePerson' });
    expect(detectFromClick(el('#in'), verdictOf('none'), 'US', { x: 1230, y: 730 })).toEqual({
      channel: 'chat',
      contact: 'LivePerson',
    });
    // A click somewhere else on the page is no click on the launcher (the event's target says otherwise).
    expect(detectFromClick(el('#in'), verdictOf('none'), 'US', { x: 300, y: 200 })).toBeUndefined();
    expect(detectFromClick(el('#b'), verdictOf('contact', ['LivePerson']), 'US')).toEqual({
      channel: 'chat',
      contact: 'LivePerson',
    });
    expect(detectFromClick(el('#b'), verdictOf('contact'), 'US')).toEqual({ channel: 'chat', contact: undefined });
    expect(detectFromClick(el('#b'), verdictOf('none'), 'US')).toBeUndefined();
    expect(detectFromClick(el('#o'), verdictOf('contact'), 'US')).toBeUndefined();
  });

  it('takes no transparent, hidden, tiny or page-sized layer with a vendor’s id or class for a launcher', () => {
    document.body.innerHTML = `
      <div id="intercom-container" style="opacity:0"><a id="under-clear" href="/sale">50% off</a></div>
      <div style="opacity:0.3"><div id="lpChat" style="opacity:0.3"><span id="under-faint">x</span></div></div>
      <div id="drift-widget" style="visibility:hidden"><span id="under-hidden">x</span></div>
      <div style="display:none"><div class="crisp-client"><span id="under-none">x</span></div></div>
      <div id="tidio-chat"><p id="under-page">Article text</p></div>
      <div id="fc_frame"><span id="under-tiny">x</span></div>`;
    layOut(el('#intercom-container'), LAUNCHER);
    layOut(el('#lpChat'), LAUNCHER);
    layOut(el('#drift-widget'), LAUNCHER);
    layOut(el('.crisp-client'), LAUNCHER);
    layOut(el('#tidio-chat'), { x: 0, y: 0, width: 1280, height: 2000 });
    layOut(el('#fc_frame'), { x: 10, y: 10, width: 4, height: 4 });
    for (const target of [
      '#under-clear',
      '#under-faint',
      '#under-hidden',
      '#under-none',
      '#under-page',
      '#under-tiny',
    ]) {
      expect(detectFromClick(el(target), verdictOf('contact'), 'US'), target).toBeUndefined();
    }
  });

  it('finds the launcher-sized launcher inside a page-sized vendor container', () => {
    document.body.innerHTML =
      '<div id="intercom-container"><div class="intercom-launcher" style="opacity:0.5"><span id="icon">?</span></div></div>';
    layOut(el('#intercom-container'), { x: 0, y: 0, width: 1280, height: 2000 });
    layOut(el('.intercom-launcher'), LAUNCHER);
    expect(launcherClicked(el('#intercom-container'))).toBe(false);
    expect(launcherClicked(el('.intercom-launcher'))).toBe(true);
    expect(clickedLauncherVendor(el('#icon'), { x: 1201, y: 759 })).toBe('Intercom');
    expect(detectFromClick(el('#icon'), verdictOf('none'), 'US', { x: 1201, y: 759 })).toEqual({
      channel: 'chat',
      contact: 'Intercom',
    });
    // Half-transparent twice over is too faint.
    el('#intercom-container').style.opacity = '0.1';
    expect(clickedLauncherVendor(el('#icon'))).toBeUndefined();
  });
});

describe('detectFromFocusedFrame and detectFromCopy', () => {
  it('maps a launcher iframe that took the focus to its vendor', () => {
    document.body.innerHTML =
      '<div id="chat-widget-container"><iframe id="chat-widget-minimized"></iframe></div><iframe id="video"></iframe>';
    expect(detectFromFocusedFrame(document.querySelector('#chat-widget-minimized'))).toEqual({
      channel: 'chat',
      contact: 'LiveChat',
    });
    expect(detectFromFocusedFrame(document.querySelector('#video'))).toBeUndefined();
    expect(detectFromFocusedFrame(document.body)).toBeUndefined();
    expect(detectFromFocusedFrame(null)).toBeUndefined();
  });

  it('takes a copied phone number as a call about to be made', () => {
    expect(detectFromCopy(' 0330 159 7000 ', verdictOf('contact'), 'GB')).toEqual({
      channel: 'phone',
      contact: '+443301597000',
    });
    expect(detectFromCopy('0330 159 7000', verdictOf('none'), 'GB')).toBeUndefined();
    expect(detectFromCopy('', verdictOf('contact'), 'GB')).toBeUndefined();
    expect(
      detectFromCopy(
        'a whole paragraph copied from the page that happens to mention 0330 159 7000 among other words',
        verdictOf('contact'),
        'GB',
      ),
    ).toBeUndefined();
  });
});

describe('SubmitCause (whether a trusted submit was the person’s)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<form id="f"><input id="field"><button id="send">Send</button></form><button id="outside" form="f">Send too</button>' +
      '<form id="g"><input id="other-field"></form><button id="elsewhere">x</button>';
  });
  afterEach(() => vi.useRealTimers());
  const form = () => el<HTMLFormElement>('#f');

  it('takes a submit as the person’s only within the task of their click on that form', () => {
    const cause = new SubmitCause();
    expect(cause.submittedByUser(form(), null)).toBe(false);
    cause.note(userEvent('click', el('#send')));
    expect(cause.submittedByUser(form(), el('#send'))).toBe(true);
    // A page script's requestSubmit() in a later task is not the click's doing, however soon.
    vi.advanceTimersByTime(0);
    expect(cause.submittedByUser(form(), null)).toBe(false);

    // A click on a field of the form, then a submit in the same task (the page's own click handler).
    cause.note(userEvent('click', el('#field')));
    expect(cause.submittedByUser(form(), null)).toBe(true);
    expect(cause.submittedByUser(el<HTMLFormElement>('#g'), null)).toBe(false);
    vi.advanceTimersByTime(0);

    // A submit button of the form outside it counts as the submitter.
    cause.note(userEvent('click', el('#outside')));
    expect(cause.submittedByUser(form(), el('#outside'))).toBe(true);
    expect(cause.submittedByUser(form(), null)).toBe(false);
    vi.advanceTimersByTime(0);

    cause.note(userEvent('click', el('#elsewhere')));
    expect(cause.submittedByUser(form(), null)).toBe(false);
  });

  it('takes no press, no untrusted click or key, and no click older than the gesture, for the person’s send', () => {
    const cause = new SubmitCause();
    cause.note(userEvent('pointerdown', el('#send')));
    expect(cause.submittedByUser(form(), el('#send'))).toBe(false);
    cause.note(userEvent('click', el('#send'), { trusted: false }));
    expect(cause.submittedByUser(form(), el('#send'))).toBe(false);
    cause.note(userEvent('keydown', el('#field'), { key: 'Enter', trusted: false }));
    expect(cause.submittedByUser(form(), null)).toBe(false);
    cause.note(userEvent('click', el('#send')), 1000);
    expect(cause.submittedByUser(form(), el('#send'), 2001)).toBe(false);
  });

  it('takes Enter in a field as the person’s send until the key is released, a second at most', () => {
    const cause = new SubmitCause();
    cause.note(userEvent('keydown', el('#field'), { key: 'Enter' }), 1000);
    // The form may be sent in a task of its own: the key is still down.
    vi.advanceTimersByTime(10);
    expect(cause.submittedByUser(form(), null, 1010)).toBe(true);
    expect(cause.submittedByUser(el<HTMLFormElement>('#g'), null, 1010)).toBe(false);
    expect(cause.submittedByUser(form(), null, 2001)).toBe(false);
    // Another key's release changes nothing; Enter's ends it.
    cause.note(userEvent('keyup', el('#field'), { key: 'Shift' }), 1020);
    expect(cause.submittedByUser(form(), null, 1030)).toBe(true);
    cause.note(userEvent('keyup', el('#field'), { key: 'Enter' }), 1040);
    expect(cause.submittedByUser(form(), null, 1050)).toBe(false);
    // Any other key is no send.
    cause.note(userEvent('keydown', el('#field'), { key: 'a' }), 1100);
    expect(cause.submittedByUser(form(), null, 1110)).toBe(false);
  });
});

describe('UserActivity (copies and Tab)', () => {
  const keydown = (key: string, init: KeyboardEventInit & { trusted?: boolean } = {}) =>
    userEvent('keydown', document.body, { key, ...init });

  it('takes a copy as the person’s within a second of their copy or cut shortcut', () => {
    const activity = new UserActivity();
    expect(activity.copiedByUser(1000)).toBe(false);
    activity.note(keydown('c', { ctrlKey: true }), 1000);
    expect(activity.copiedByUser(2000)).toBe(true);
    expect(activity.copiedByUser(2001)).toBe(false);
    activity.note(keydown('X', { metaKey: true }), 5000);
    expect(activity.copiedByUser(5500)).toBe(true);
  });

  it('takes no plain key, no Ctrl+Meta chord, no other shortcut and no script’s key event for a copy', () => {
    const activity = new UserActivity();
    activity.note(keydown('c'), 1000);
    activity.note(keydown('c', { ctrlKey: true, metaKey: true }), 1000);
    activity.note(keydown('v', { ctrlKey: true }), 1000);
    activity.note(keydown('c', { ctrlKey: true, trusted: false }), 1000);
    activity.note(userEvent('keyup', document.body, { key: 'c', ctrlKey: true }), 1000);
    expect(activity.copiedByUser(1001)).toBe(false);
  });

  it('takes a copy as the person’s within a minute of their context menu', () => {
    const activity = new UserActivity();
    activity.note(userEvent('contextmenu', document.body, { trusted: false }), 1000);
    expect(activity.copiedByUser(1001)).toBe(false);
    activity.note(userEvent('contextmenu', document.body), 1000);
    expect(activity.copiedByUser(61_000)).toBe(true);
    expect(activity.copiedByUser(61_001)).toBe(false);
  });

  it('tells focus moved by Tab from a click into an iframe', () => {
    const activity = new UserActivity();
    activity.note(keydown('Tab'), 1000);
    expect(activity.tabbedRecently(1100)).toBe(true);
    expect(activity.tabbedRecently(2000)).toBe(false);
  });

  it('is a SubmitCause too: a click on a form’s button sends it', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<form><button id="send">Send</button></form>';
    const activity = new UserActivity();
    activity.note(userEvent('click', el('#send')));
    expect(activity.submittedByUser(el<HTMLFormElement>('form'), el('#send'))).toBe(true);
    vi.advanceTimersByTime(0);
    expect(activity.submittedByUser(el<HTMLFormElement>('form'), el('#send'))).toBe(false);
    vi.useRealTimers();
  });
});

describe('visibleSelection and pressedFrame', () => {
  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    noUserActivation();
  });

  it('gives the selected text only when it is on screen', () => {
    document.body.innerHTML = '<p id="phone">+1 800 344 1274</p>';
    expect(visibleSelection()).toBe('');
    select(el('#phone'), { x: 10, y: 10, width: 120, height: 18 });
    expect(visibleSelection()).toBe('+1 800 344 1274');
    for (const box of [
      { x: 10, y: innerHeight + 50, width: 120, height: 18 },
      { x: 10, y: -500, width: 120, height: 18 },
      { x: -300, y: 10, width: 120, height: 18 },
      { x: innerWidth + 10, y: 10, width: 120, height: 18 },
      { x: 10, y: 10, width: 0, height: 0 },
    ]) {
      select(el('#phone'), box);
      expect(visibleSelection(), JSON.stringify(box)).toBe('');
    }
  });

  it('gives the hovered frame as pressed unless the page has no activation of the person', () => {
    document.body.innerHTML = '<iframe id="launcher"></iframe>';
    const frame = el('#launcher');
    expect(pressedFrame(frame)).toBe(frame);
    userActivation(true);
    expect(pressedFrame(frame)).toBe(frame);
    userActivation(false);
    expect(pressedFrame(frame)).toBeNull();
    userActivation(true);
    expect(pressedFrame(null)).toBeNull();
  });
});

describe('classifyPage on a live document', () => {
  it('finds a contact page built in the DOM', () => {
    document.title = 'Contact us | Example';
    document.body.innerHTML =
      '<h1>Contact us</h1><p>Call 1-800-555-0100</p><form><input type="email" name="email"><textarea name="message"></textarea></form>';
    expect(classifyPage(document, 'https://www.example.com/contact').kind).toBe('contact');
  });
});
