import { describe, expect, it } from 'vitest';
import { detectFromSubmit } from '../../../entrypoints/contact/sent-form';
import { snapshotForm, type FormSnapshot } from '../../../lib/detect/form-snapshot';
import { sentFormDetails } from '../../../lib/autolog/sent-form';

/**
 * A sent form, from the page to the attempt: the page part reports a snapshot of any form that may
 * be a contact form (detectFromSubmit), holding no value it must not read; the background decides
 * from the snapshot alone whether it was a contact form and what its subject was (sentFormDetails).
 */

const CONTACT = `<form aria-label="Contact form" id="contact">
  <input name="name" value="Pat Doe"><input type="email" name="email" value="pat@example.org">
  <input type="tel" name="phone" value="+1 555 0100">
  <select name="topic"><option value="">Please select</option><option value="360000134571" selected>Billing</option></select>
  <input name="subject" value="Double charge">
  <input name="card-number" value="4111111111111111">
  <input name="security_question_topic" value="Maiden name Smith">
  <input type="hidden" name="token" value="csrf-9f8e7d">
  <textarea name="message">I was charged twice.</textarea><input type="submit" value="Send"></form>`;

/** Everything of the person's the fixture holds that no snapshot may carry. */
const NEVER = ['Pat Doe', 'pat@example.org', '555 0100', '4111', 'Smith', 'csrf-9f8e7d', '360000134571'];

function formOf(html: string): HTMLFormElement {
  document.body.innerHTML = html;
  const form = document.querySelector('form');
  if (!form) throw new Error('fixture');
  return form;
}
const snapshotOf = (html: string, withMessage = false): FormSnapshot => snapshotForm(formOf(html), withMessage);

describe('detectFromSubmit (what a sent form reports)', () => {
  it('reports a possible contact form as its snapshot: a chosen label and the subject, no other value', () => {
    const sent = detectFromSubmit(formOf(CONTACT), false);
    expect(sent).toMatchObject({ channel: 'web_form', form: { label: 'Contact form', marker: 'contact  ' } });
    expect(Object.keys(sent ?? {}).sort()).toEqual(['channel', 'form']);
    expect(sent?.form?.fields.map(({ tag, value }) => [tag, value])).toEqual([
      ['input', ''],
      ['input', ''],
      ['input', ''],
      ['select', 'Billing'],
      ['input', 'Double charge'],
      ['input', ''],
      ['input', ''],
      ['input', ''],
      ['textarea', ''],
      ['input', ''],
    ]);
    const text = JSON.stringify(sent);
    for (const never of [...NEVER, 'charged twice']) expect(text).not.toContain(never);
  });

  it('adds the message text only when the person keeps copies — and still no secret, name or address', () => {
    const sent = detectFromSubmit(formOf(CONTACT), true);
    expect(sent?.form?.fields.find((field) => field.tag === 'textarea')?.value).toBe('I was charged twice.');
    const text = JSON.stringify(sent);
    for (const never of NEVER) expect(text).not.toContain(never);
  });

  it('reads no label of a placeholder option (one without a value), and no editable box’s text', () => {
    const sent = detectFromSubmit(
      formOf(
        '<form><select name="reason"><option value="" selected>Refunds</option></select><div contenteditable="true" aria-label="Message">My refund</div></form>',
      ),
      true,
    );
    expect(sent?.form?.fields).toEqual([
      { tag: 'select', type: '', words: 'reason   ', value: '' },
      { tag: 'editable', type: '', words: '   Message', value: '' },
    ]);
  });

  it('reports a vendor’s request form of three fields or more without a message box', () => {
    expect(
      detectFromSubmit(
        formOf(
          '<form id="new_request"><input type="email" name="email"><input name="subject"><input name="description"></form>',
        ),
        false,
      ),
    ).toMatchObject({
      channel: 'web_form',
    });
  });

  it('reports nothing of a form that cannot be a contact form', () => {
    const forms = {
      search: '<form role="search"><input name="q" value="refund"><button>Go</button></form>',
      newsletter:
        '<form><input type="email" name="email" value="pat@example.org"><input type="hidden" name="list" value="7"><input type="submit"></form>',
      login:
        '<form><input name="user" value="pat"><input type="password" name="pw" value="hunter2"><textarea name="note"></textarea></form>',
      signUp:
        '<form><input name="name"><input type="email" name="email"><input type="password" name="password"></form>',
      twoFields:
        '<form><input name="first"><input name="last"><input type="button" value="Go"><input type="reset"><input type="image"></form>',
    };
    for (const [kind, html] of Object.entries(forms))
      expect(detectFromSubmit(formOf(html), true), kind).toBeUndefined();
  });
});

describe('sentFormDetails (what the background makes of a snapshot)', () => {
  it('takes a contact form’s label for the contact and its category and subject for the subject', () => {
    expect(sentFormDetails(snapshotOf(CONTACT), false)).toEqual({
      contact: 'Contact form',
      subject: 'Billing — Double charge',
    });
    expect(sentFormDetails(snapshotOf(CONTACT.replace(' aria-label="Contact form"', '')), false)).toEqual({
      subject: 'Billing — Double charge',
    });
  });

  it('keeps the message only when the person keeps copies', () => {
    expect(sentFormDetails(snapshotOf(CONTACT, true), true)).toEqual({
      contact: 'Contact form',
      subject: 'Billing — Double charge',
      messageCopy: 'I was charged twice.',
    });
    // The setting decides, not what the page sent.
    expect(sentFormDetails(snapshotOf(CONTACT, true), false)).toEqual({
      contact: 'Contact form',
      subject: 'Billing — Double charge',
    });
    expect(sentFormDetails(snapshotOf(CONTACT, false), true)).toEqual({
      contact: 'Contact form',
      subject: 'Billing — Double charge',
    });
  });

  it('leaves a placeholder choice out of the subject', () => {
    const html = CONTACT.replace(
      '<option value="360000134571" selected>Billing</option>',
      '<option value="0" selected>-- Please select --</option>',
    );
    expect(sentFormDetails(snapshotOf(html), false)).toEqual({ contact: 'Contact form', subject: 'Double charge' });
  });

  it('makes nothing of a newsletter, login, search or comment form', () => {
    const forms = {
      newsletter: '<form><input type="email" name="email" value="pat@example.org"></form>',
      login: '<form><input name="user"><input type="password" name="pw"><textarea name="note"></textarea></form>',
      search: '<form role="search"><input name="q"><textarea name="filters"></textarea></form>',
      comment:
        '<form id="commentform"><input name="author"><input type="email" name="email"><textarea name="comment"></textarea></form>',
    };
    for (const [kind, html] of Object.entries(forms))
      expect(sentFormDetails(snapshotOf(html, true), true), kind).toBeUndefined();
  });
});
