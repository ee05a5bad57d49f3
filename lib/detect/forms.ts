/** What a <form> is for, judged from its structure (fields, names, vendor markup). */
export type FormKind = 'contact' | 'login' | 'search' | 'newsletter' | 'comment' | 'other';

/**
 * Markup of ticketing and form vendors: Zendesk request form, Salesforce Web-to-Case, HubSpot,
 * Gravity Forms, Contact Form 7, Drupal Webform, Freshdesk/Freshservice, WPForms, Ninja Forms.
 */
const VENDOR_TICKET = '#new_request,[data-form-type=request],[action*="WebToCase" i],#new_helpdesk_ticket,[action*="/support/tickets" i],[action*="/requests" i]';
const VENDOR_FORM = '.wpcf7-form,.hs-form,[action*="hsforms"],[id^="gform_"],.gform_wrapper form,.webform-submission-form,[id^="webform-submission"],.wpforms-form,.nf-form-layout form,.frm-show-form';

const SEARCH_NAME = /^(q|query|s|search|searchterm|st|keyword|keywords|term|k)$/i;
const MESSAGE_NAME = /message|description|comment|details|body|enquiry|inquiry|question|nachricht|mensaje|mensagem|messaggio|anliegen|beschreibung|descripcion|commentaire|demande|request|text|content|issue/i;
const NAME_OR_EMAIL = /name|email|e-mail|mail|phone|tel|nom|nombre|vorname|nachname|telefon/i;

function attrs(el: Element): string {
  return `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''}`;
}

/** Visible-ish fields: hidden inputs and buttons say nothing about the purpose. */
export function userFields(form: HTMLFormElement): Element[] {
  return Array.from(form.querySelectorAll('input,select,textarea,[contenteditable=""],[contenteditable=true]')).filter(
    (el) => !/^(hidden|submit|button|reset|image)$/i.test(el.getAttribute('type') ?? ''),
  );
}

export function classifyForm(form: HTMLFormElement): FormKind {
  const fields = userFields(form);
  const types = fields.map((el) => (el.getAttribute('type') ?? el.nodeName).toLowerCase());
  if (types.includes('password')) return 'login';
  const marker = `${form.id} ${form.className} ${form.getAttribute('action') ?? ''}`.toLowerCase();
  if (/comment|respond|reply/.test(marker)) return 'comment';
  const isSearch =
    form.getAttribute('role') === 'search' ||
    types.includes('search') ||
    (fields.length <= 2 && fields.some((el) => SEARCH_NAME.test(el.getAttribute('name') ?? '')));
  if (isSearch) return 'search';
  const message = fields.some(
    (el) =>
      el.nodeName === 'TEXTAREA' ||
      el.hasAttribute('contenteditable') ||
      (el.nodeName === 'INPUT' && MESSAGE_NAME.test(attrs(el)) && !NAME_OR_EMAIL.test(attrs(el))),
  );
  const hasTextarea = fields.some((el) => el.nodeName === 'TEXTAREA' || el.hasAttribute('contenteditable'));
  const identity = fields.some((el, i) => /email|tel/.test(types[i] ?? '') || NAME_OR_EMAIL.test(attrs(el)));
  const choice = fields.some((el) => el.nodeName === 'SELECT');
  if (form.matches(VENDOR_TICKET) && message) return 'contact';
  if (form.matches(VENDOR_FORM) && hasTextarea) return 'contact';
  if (hasTextarea && (identity || choice) && fields.length >= 2) return 'contact';
  if (types.includes('email') && !hasTextarea && fields.length <= 4) return 'newsletter';
  return 'other';
}

/** Every form of the document that is a contact form. */
export function contactForms(doc: Document): HTMLFormElement[] {
  return Array.from(doc.forms).filter((form) => classifyForm(form) === 'contact');
}
