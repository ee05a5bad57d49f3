import { describe, expect, it } from 'vitest';
import { classifyPage, type PageVerdict } from '../../../lib/detect';
import { detectFromClick, detectFromCopy, detectFromFocusedFrame, detectFromSubmit, UserActivity } from '../../../entrypoints/contact/capture';

function verdictOf(kind: PageVerdict['kind'], chatVendors: string[] = []): PageVerdict {
  return { kind, score: 0, channels: [], phones: [], emails: [], chatVendors, company: { host: 'example.com' }, signals: [] };
}

/** An event whose isTrusted we choose (happy-dom's own events are never trusted). */
function userEvent(type: string, target: EventTarget, key?: string): Event {
  const event = key ? new KeyboardEvent(type, { key }) : new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('detectFromClick', () => {
  it('turns tel: and mailto: links into phone and email attempts on contact pages only', () => {
    document.body.innerHTML = '<a id="t" href="tel:1-800-344-1274"><span>Call</span></a><a id="m" href="mailto:help@example.com?subject=Refund">mail</a>';
    const span = document.querySelector('#t span');
    const mail = document.querySelector('#m');
    if (!span || !mail) throw new Error('fixture');
    expect(detectFromClick(span, verdictOf('contact'), 'US')).toEqual({ channel: 'phone', contact: '+18003441274' });
    expect(detectFromClick(mail, verdictOf('support-article'), 'US')).toEqual({ channel: 'email', contact: 'help@example.com', subject: 'Refund' });
    expect(detectFromClick(span, verdictOf('none'), 'US')).toBeUndefined();
  });

  it('knows chat vendors anywhere, generic chat buttons only on contact-ish pages', () => {
    document.body.innerHTML = '<div class="LPMcontainer" role="button"><span id="in">Chat</span></div><button id="b">Start a chat</button><button id="o">Add to cart</button>';
    const inner = document.querySelector('#in');
    const generic = document.querySelector('#b');
    const other = document.querySelector('#o');
    if (!inner || !generic || !other) throw new Error('fixture');
    expect(detectFromClick(inner, verdictOf('none'), 'US')).toEqual({ channel: 'chat', contact: 'LivePerson' });
    expect(detectFromClick(generic, verdictOf('contact', ['LivePerson']), 'US')).toEqual({ channel: 'chat', contact: 'LivePerson' });
    expect(detectFromClick(generic, verdictOf('none'), 'US')).toBeUndefined();
    expect(detectFromClick(other, verdictOf('contact'), 'US')).toBeUndefined();
  });
});

describe('detectFromFocusedFrame and detectFromCopy', () => {
  it('recognises a launcher iframe taking the focus', () => {
    document.body.innerHTML = '<div id="chat-widget-container"><iframe id="chat-widget-minimized"></iframe></div><iframe id="video"></iframe>';
    expect(detectFromFocusedFrame(document.querySelector('#chat-widget-minimized'))).toEqual({ channel: 'chat', contact: 'LiveChat' });
    expect(detectFromFocusedFrame(document.querySelector('#video'))).toBeUndefined();
    expect(detectFromFocusedFrame(document.body)).toBeUndefined();
  });

  it('takes a copied phone number as a call about to be made', () => {
    expect(detectFromCopy(' 0330 159 7000 ', verdictOf('contact'), 'GB')).toEqual({ channel: 'phone', contact: '+443301597000' });
    expect(detectFromCopy('0330 159 7000', verdictOf('none'), 'GB')).toBeUndefined();
    expect(detectFromCopy('a whole paragraph copied from the page that happens to mention 0330 159 7000 among other words', verdictOf('contact'), 'GB')).toBeUndefined();
  });
});

describe('detectFromSubmit', () => {
  const html = `<form aria-label="Contact form"><input name="name" value="Pat"><input type="email" name="email" value="p@example.org">
    <select name="topic"><option selected>Billing</option></select><input name="subject" value="Double charge">
    <input name="card-number" value="4111111111111111"><textarea name="message">I was charged twice.</textarea></form>`;

  it('logs a contact form with its topic and subject, the message only when asked to keep a copy', () => {
    document.body.innerHTML = html;
    const form = document.querySelector('form');
    if (!form) throw new Error('fixture');
    expect(detectFromSubmit(form, false)).toEqual({ channel: 'web_form', contact: 'Contact form', subject: 'Billing — Double charge' });
    const kept = detectFromSubmit(form, true);
    expect(kept?.messageCopy).toBe('I was charged twice.');
    expect(JSON.stringify(kept)).not.toContain('4111');
  });

  it('ignores newsletter and login forms', () => {
    document.body.innerHTML = '<form id="n"><input type="email" name="email"></form><form id="l"><input name="u"><input type="password" name="p"></form>' + html;
    const forms = Array.from(document.forms);
    expect(detectFromSubmit(forms[0]!, false)).toBeUndefined();
    expect(detectFromSubmit(forms[1]!, false)).toBeUndefined();
    expect(detectFromSubmit(forms[2]!, false)).toEqual({ channel: 'web_form', contact: 'Contact form', subject: 'Billing — Double charge' });
  });
});

describe('UserActivity', () => {
  it('accepts a submit only right after a trusted press inside that form', () => {
    document.body.innerHTML = '<form><input id="f"><button id="s">Send</button></form><button id="elsewhere">x</button>';
    const form = document.querySelector('form');
    const field = document.querySelector('#f');
    const elsewhere = document.querySelector('#elsewhere');
    if (!form || !field || !elsewhere) throw new Error('fixture');
    const activity = new UserActivity();
    expect(activity.submittedByUser(form, null, 1000)).toBe(false);

    activity.note(userEvent('keydown', field, 'Enter'), 1000);
    expect(activity.submittedByUser(form, null, 1500)).toBe(true);
    expect(activity.submittedByUser(form, null, 4000)).toBe(false);

    // A page script calling requestSubmit() after the person clicked something else.
    activity.note(userEvent('pointerdown', elsewhere), 5000);
    expect(activity.submittedByUser(form, null, 5100)).toBe(false);

    // Untrusted (synthetic) events are not the person.
    activity.note(new KeyboardEvent('keydown', { key: 'Enter' }), 6000);
    expect(activity.submittedByUser(form, null, 6100)).toBe(false);
  });

  it('tells focus moved by Tab from a click into an iframe', () => {
    const activity = new UserActivity();
    activity.note(userEvent('keydown', document.body, 'Tab'), 1000);
    expect(activity.tabbedRecently(1100)).toBe(true);
    expect(activity.tabbedRecently(2000)).toBe(false);
  });
});

describe('classifyPage on a live document', () => {
  it('finds a contact page built in the DOM', () => {
    document.title = 'Contact us | Example';
    document.body.innerHTML = '<h1>Contact us</h1><p>Call 1-800-555-0100</p><form><input type="email" name="email"><textarea name="message"></textarea></form>';
    expect(classifyPage(document, 'https://www.example.com/contact').kind).toBe('contact');
  });
});
