import { describe, expect, it } from 'vitest';
import { classifyForm, classifyPage } from '../../../lib/detect';
import { pageWith } from './load-page';

const formOf = (doc: Document) => doc.querySelector('form') as HTMLFormElement;

/** Each step of a help centre's request flow, as the vendor writes its form. */
describe("help centres' request flows, at every step", () => {
  it.each([
    // Freshdesk portal, first step: which kind of ticket (the form's fields come with the choice).
    [
      'Freshdesk, choosing the ticket form',
      'https://support.widgetco.example/support/tickets/new',
      '<form id="new_support_ticket" action="/support/tickets/new"><select name="helpdesk_ticket[ticket_form]"><option>Report a problem</option><option>Billing</option></select></form>',
    ],
    [
      'Freshdesk, the ticket itself',
      'https://support.widgetco.example/support/tickets/new',
      '<form id="new_helpdesk_ticket" action="/support/tickets"><input type="email" name="helpdesk_ticket[email]"><input name="helpdesk_ticket[subject]"><textarea name="helpdesk_ticket[description]"></textarea></form>',
    ],
    // HubSpot's ticket form: ticket properties by name, from its first step (a category and an email).
    [
      'HubSpot, the category step',
      'https://help.acme.example/contact-support',
      '<form class="hs-form" id="hsForm_1"><input type="email" name="email"><select name="TICKET.hs_ticket_category"><option>Billing</option></select></form>',
    ],
    [
      'HubSpot, the ticket',
      'https://help.acme.example/contact-support',
      '<form class="hs-form" id="hsForm_1"><input type="email" name="email"><input name="TICKET.subject"><textarea name="TICKET.content"></textarea></form>',
    ],
    // Salesforce: an Experience Cloud "Contact Support" page with Web-to-Case, and Web-to-Lead's enquiry.
    [
      'Salesforce Web-to-Case on Experience Cloud',
      'https://help.acme.example/s/contactsupport',
      '<form action="https://webto.salesforce.com/servlet/servlet.WebToCase?encoding=UTF-8"><select name="type"><option>Question</option></select><input name="subject"></form>',
    ],
    [
      'Salesforce Web-to-Lead',
      'https://www.acme.example/nl/contact.html',
      '<form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8"><input name="first_name"><input name="last_name"><input name="email"><select name="lead_source"><option>Web</option></select></form>',
    ],
  ])('%s', (_step, url, form) => {
    const doc = pageWith(`<main><h1>Submit a request</h1>${form}</main>`, 'Submit a request');
    expect(classifyForm(formOf(doc))).toBe('contact');
    expect(classifyPage(doc, url).kind).toBe('contact');
  });
});

describe('forms that ask for something else than contact', () => {
  it.each([
    [
      'a job application',
      '<form id="job-application-form"><input name="fullName"><input type="email" name="email"><textarea name="coverLetter"></textarea><input type="file" name="resume"></form>',
    ],
    [
      'a Bewerbung',
      '<form><input name="name"><input type="email" name="email"><textarea name="nachricht"></textarea><input type="file" name="lebenslauf"></form>',
    ],
    [
      'an Elementor newsletter',
      '<form class="elementor-form"><input name="form_fields[name]"><input type="email" name="form_fields[email]"><input type="checkbox" name="form_fields[acceptance]"></form>',
    ],
  ])('%s is no contact form', (_what, html) => {
    expect(classifyForm(formOf(pageWith(html)))).not.toBe('contact');
  });

  it('an Elementor form that asks a name, an email and a phone number is one, without a message box', () => {
    const html =
      '<form class="elementor-form"><input name="form_fields[name]"><input type="email" name="form_fields[email]"><input type="number" name="form_fields[field_eb43467]"></form>';
    expect(classifyForm(formOf(pageWith(html)))).toBe('contact');
  });
});
