/**
 * What a sent form was, read off the DOM into plain data at the moment it is sent: the page resets
 * or leaves right after, and the background — which judges whether it was a contact form and
 * what its subject was (./forms.ts, ./form-fields.ts) — has no DOM. Small on purpose: the
 * always-on gate carries it, to report a form sent before the page part arrives.
 * Values read: a choice's label and a subject or category field's text — never a name, an
 * address, or a password, card, CVV, SSN, IBAN or similar field, whatever it is called, and a
 * message box's text only when the person chose to keep copies.
 */
export interface FieldSnapshot {
  /** input, select, textarea, or editable (contenteditable). */
  tag: string;
  /** The type attribute as written, lower case ('' for none). */
  type: string;
  /** name, id, autocomplete and aria-label, space-separated. */
  words: string;
  /** What the person entered: a select's chosen label (an option without a value is a placeholder), a field's text; '' when not read. */
  value: string;
}

export interface FormSnapshot {
  /** The form's id, class and action, lower case: a comment or search form often says so. */
  marker: string;
  role: string;
  /** The form's aria-label. */
  label: string;
  /** Its data-form-type and the class of the element around it, lower case: vendors' markup (./forms.ts). */
  context: string;
  fields: FieldSnapshot[];
}

/** Fields whose value is never read, by type, name, id, autocomplete token or label. */
export const SENSITIVE =
  /pass|card|cc-|ccnum|cvv|cvc|csc|ssn|social.?sec|iban|bic|swift|account.?(?:number|no)|routing|sort.?code|\bpin\b|secur|otp|one-time|tax.?id|national.?id|dob|birth/i;
/** Fields whose value names the contact: its subject or category. Other values are not read. */
export const SUBJECT = /subject|betreff|asunto|sujet|objet|assunto|oggetto|title|titel/i;
export const CATEGORY =
  /categor|topic|reason|issue|type|enquiry|inquiry|ticket_form|motif|motivo|thema|anliegen|tema|kategorie/i;
/** A subject-like name on a field that holds the person's own details ("inquiry_email", "Name (for this enquiry)", a title prefix). */
const PERSONAL = /mail|tel|phone|name|honor|addr|post|zip/i;
/** Limits that keep a snapshot far below the message size limit. */
const FIELDS = 100;
const WORDS = 300;
const VALUE = 200;
const MESSAGE = 5000;

const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

function fieldOf(el: Element, withMessage: boolean): FieldSnapshot {
  const tag = el.hasAttribute('contenteditable') ? 'editable' : el.nodeName.toLowerCase();
  const type = attr(el, 'type').toLowerCase().slice(0, 40);
  const words = `${attr(el, 'name')} ${el.id} ${attr(el, 'autocomplete')} ${attr(el, 'aria-label')}`.slice(0, WORDS);
  const field: FieldSnapshot = { tag, type, words, value: '' };
  if (type === 'password' || SENSITIVE.test(words)) return field;
  if (el instanceof HTMLSelectElement) {
    const option = el.selectedOptions[0];
    if (option?.value) field.value = (option.textContent ?? '').slice(0, VALUE);
  } else if (el instanceof HTMLTextAreaElement) {
    if (withMessage) field.value = el.value.slice(0, MESSAGE);
  } else if (
    el instanceof HTMLInputElement &&
    (SUBJECT.test(words) || CATEGORY.test(words)) &&
    !PERSONAL.test(`${type} ${words}`)
  ) {
    field.value = el.value.slice(0, VALUE);
  }
  return field;
}

/**
 * The form as sent. `withMessage`: also the text of its message boxes (the person keeps copies).
 * A form, or the element around the fields of a form-less widget that a script sends (./forms.ts).
 */
export function snapshotForm(form: Element, withMessage = false): FormSnapshot {
  const fields = Array.from(form.querySelectorAll('input,select,textarea,[contenteditable=""],[contenteditable=true]'))
    .slice(0, FIELDS)
    .map((el) => fieldOf(el, withMessage));
  return {
    marker: `${form.id} ${attr(form, 'class')} ${attr(form, 'action')}`.toLowerCase().slice(0, WORDS),
    role: attr(form, 'role').slice(0, 40),
    label: attr(form, 'aria-label').slice(0, VALUE),
    context: `${attr(form, 'data-form-type')} ${form.parentElement?.getAttribute('class') ?? ''}`
      .toLowerCase()
      .slice(0, WORDS),
    fields,
  };
}

/**
 * Worth reporting: a form with a message box, one of three fields or more, or two fields one of
 * which is a phone number, and no password (a vendor's request form may take the message in a
 * text field). A search, login, sign-up or newsletter form never is; the background judges the rest.
 */
export function mayBeContactForm(form: FormSnapshot): boolean {
  const types = form.fields
    .map((field) => field.type || field.tag)
    .filter((type) => !/^(hidden|submit|button|reset|image)$/.test(type));
  if (types.includes('password')) return false;
  // A phone field counts twice: "call me back" forms ask only for a name and a number. (Written
  // short: this ships in the always-on script.)
  return types.length + Number(types.includes('tel')) > 2 || /textarea|editable/.test(types.join());
}
