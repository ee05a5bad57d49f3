import { describe, expect, it } from 'vitest';
import { classifyForm, formMessage, formSubject, isSensitiveField } from '../../../lib/detect';
import { mayBeContactForm, snapshotForm } from '../../../lib/detect/form-snapshot';

function form(html: string): HTMLFormElement {
  document.body.innerHTML = html;
  const found = document.querySelector('form');
  if (!found) throw new Error('no form');
  return found;
}

describe('classifyForm', () => {
  it.each([
    [
      '<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea></form>',
      'contact',
    ],
    [
      '<form action="https://webto.salesforce.com/servlet/servlet.WebToCase"><input name="subject"><input name="description"></form>',
      'contact',
    ],
    ['<form class="wpcf7-form"><textarea name="your-message"></textarea></form>', 'contact'],
    ['<form><input name="user"><input type="password" name="pw"></form>', 'login'],
    ['<form role="search"><input name="q"></form>', 'search'],
    ['<form><input name="s"></form>', 'search'],
    ['<form><input type="email" name="EMAIL"><input type="submit"></form>', 'newsletter'],
    [
      '<form id="commentform" action="/wp-comments-post.php"><input name="author"><input type="email" name="email"><textarea name="comment"></textarea></form>',
      'comment',
    ],
    ['<form class="compose-form"><textarea></textarea></form>', 'other'],
    // Zendesk's "Submit a request", first step: only the request type to choose.
    [
      '<form id="new_request" class="request-form"><select name="request_issue_type_select" id="request_issue_type_select"><option value="-">Please choose</option><option value="360001">Billing</option></select></form>',
      'contact',
    ],
    // Contact forms without a message box: what they ask says what they are for.
    [
      '<form id="callback"><input name="your_name"><input type="tel" name="phone"><input type="checkbox" name="consent"></form>',
      'contact',
    ],
    [
      '<form class="elementor-form"><input name="form_fields[name]"><input type="email" name="form_fields[email]"><input type="tel" name="form_fields[phone]"><select name="form_fields[service]"><option>Boiler repair</option></select></form>',
      'contact',
    ],
    [
      '<form id="mc-embedded-subscribe-form"><input name="FNAME"><input type="email" name="EMAIL"><input type="date" name="MMERGE5"><select name="MMERGE6"><option>2 guests</option></select></form>',
      'contact',
    ],
    ['<form class="rappel"><input name="nom"><input name="telephone"></form>', 'contact'],
    // …and what a newsletter, a sign-up or a checkout asks is not an enquiry.
    [
      '<form id="mc-embedded-subscribe-form"><input name="FNAME"><input type="email" name="EMAIL"></form>',
      'newsletter',
    ],
    [
      '<form class="signup-form"><input name="name"><input type="email" name="email"><input type="tel" name="phone"></form>',
      'other',
    ],
    [
      '<form class="checkout"><input name="name"><input type="tel" name="phone"><input name="address_line1"><input name="postcode"></form>',
      'other',
    ],
    ['<form><input name="hotel_search"><input type="date" name="checkin"></form>', 'other'],
  ])('%s is %s', (html, kind) => {
    expect(classifyForm(form(html))).toBe(kind);
  });
});

describe('reading a contact form', () => {
  it('takes the category label and the subject, not option ids', () => {
    const f =
      form(`<form><select name="request[ticket_form_id]" id="request_issue_type_select"><option value="-">-</option><option value="36000" selected>Refunds</option></select>
      <input name="request[subject]" value="Flight cancelled"><textarea name="request[description]">text</textarea></form>`);
    expect(formSubject(f)).toBe('Refunds — Flight cancelled');
  });

  it('ignores placeholder options', () => {
    const f = form(
      '<form><select name="type"><option value="">--None--</option></select><textarea name="m"></textarea></form>',
    );
    expect(formSubject(f)).toBeUndefined();
  });

  it('never reads passwords, card numbers, CVV, SSN or IBAN fields', () => {
    const f = form(`<form><input name="subject_pw" type="password" value="hunter2">
      <input name="subject" autocomplete="cc-number" value="4111111111111111">
      <input name="cvv" value="123"><input name="ssn" value="078-05-1120"><input name="iban" value="DE89370400440532013000">
      <textarea name="card_details">4111 1111 1111 1111</textarea><textarea name="message">My refund is late</textarea></form>`);
    expect(formSubject(f)).toBeUndefined();
    expect(formMessage(f)).toBe('My refund is late');
    for (const el of Array.from(f.querySelectorAll('input'))) expect(isSensitiveField(el)).toBe(true);
  });
});

describe('which sent forms are worth reporting to the background', () => {
  const snap = (html: string) => snapshotForm(form(html));
  it.each([
    ['<form><textarea name="m"></textarea></form>', true],
    ['<form><input name="a"><input name="b"><input name="c"></form>', true],
    // "Call me back": a name and a phone number.
    ['<form><input name="name"><input type="tel" name="phone"><button>Call me</button></form>', true],
    ['<form><input type="email" name="email"><button>Subscribe</button></form>', false],
    ['<form><input name="q"><input type="date" name="d"></form>', false],
    ['<form><input name="user"><input type="password" name="pw"><input name="x"></form>', false],
  ])('%s → %s', (html, worth) => {
    expect(mayBeContactForm(snap(html))).toBe(worth);
  });
});
