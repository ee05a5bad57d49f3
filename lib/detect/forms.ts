import { snapshotForm, type FieldSnapshot, type FormSnapshot } from './form-snapshot';

/** What a <form> is for, judged from its structure (fields, names, vendor markup). */
export type FormKind = 'contact' | 'login' | 'search' | 'newsletter' | 'comment' | 'other';

/**
 * Markup of ticketing and form vendors, read from the snapshot's id, class, action and context:
 * Zendesk request form, Salesforce Web-to-Case and Web-to-Lead, Freshdesk/Freshservice tickets;
 * Contact Form 7, HubSpot, Gravity Forms, Drupal Webform, WPForms, Ninja Forms, Formidable,
 * Elementor, Forminator.
 */
const VENDOR_TICKET =
  /^new_request |^new_helpdesk_ticket |^new_support_ticket |webtocase|webtolead|\/support\/tickets|\/requests|^request /;
const VENDOR_FORM =
  /wpcf7-form|hs-form|hsforms|^gform_|gform_wrapper|webform-submission|wpforms-form|nf-form-layout|frm-show-form|elementor-form|forminator-/;
/**
 * A help centre's ticket fields, by name, at any step of its request flow: Zendesk request[…],
 * Freshdesk helpdesk_ticket[…], HubSpot ticket properties (TICKET.subject, TICKET.hs_ticket_category).
 */
const TICKET_FIELD = /^(?:request\[|helpdesk_ticket\[|ticket\.)/i;
/** A job application, by its markup or its fields' names: CV, résumé, cover letter. */
const APPLICATION =
  /resume|(?:^|[^a-z])cv(?:[^a-z]|$)|cover-?letter|lebenslauf|bewerbung|curriculum|candidature|sollicit|lamaran|job-?appl|career/i;

function vendorOf(form: FormSnapshot): '' | 'ticket' | 'form' {
  if (VENDOR_TICKET.test(form.marker) || VENDOR_TICKET.test(form.context)) return 'ticket';
  if (form.fields.some((field) => TICKET_FIELD.test(field.words))) return 'ticket';
  return VENDOR_FORM.test(form.marker) || VENDOR_FORM.test(form.context) ? 'form' : '';
}

const SEARCH_NAME = /^(q|query|s|search|searchterm|st|keyword|keywords|term|k)$/i;
// Field names in every language the judge reads: Dutch, Indonesian and Portuguese ones too.
const MESSAGE_NAME =
  /message|description|comment|details|body|enquiry|inquiry|question|nachricht|mitteilung|mensaje|mensagem|messaggio|anliegen|beschreibung|descripcion|commentaire|comentario|consulta|demande|request|text|content|issue|bericht|opmerking|pesan/i;
const PHONE_NAME =
  /phone|(?:^|[^a-z])tel(?:[^a-z]|$)|telefon|telefono|telephone|telefoon|telepon|mobile|mobiel|movil|celular|ponsel|whatsapp|portable|handy|callback|call-back|rappel|ruckruf|rueckruf|terugbel|llamada/i;
const PERSON_NAME = /name|naam|nama|nome|(?:^|[^a-z])nom(?:[^a-z]|$)|nombre|prenom|vorname|nachname|apellido/i;
/** A sign-up or account form, by its markup. */
const SIGN_UP = /sign-?up|regist|create-?account|anmeld|inscri/;
/** Fields a checkout or account form asks for and an enquiry does not. */
const CHECKOUT =
  /address|street|postcode|postal|zip|city|billing|shipping|cc-|card|strasse|plz|direccion|adresse|codigo-postal|code-postal/i;
const NAME_OR_EMAIL = /name|naam|nama|email|e-mail|mail|phone|tel|nom|nombre|vorname|nachname|telefon|telepon/i;
/**
 * A form that says by its markup that it asks for an appointment, a booking, a quote or a call
 * back: an enquiry to the business whatever fields it has (a workshop appointment asks the car
 * and the address, which a checkout asks too).
 */
const REQUEST_PURPOSE =
  /appointment|(?<!de)termin(?!al)|booking|rendez-?vous|(?:^|[^a-z])rdv|afspraak|(?:^|[^a-z])cita|janji|agendamento|quote|angebot|devis|offerte|presupuesto|orcamento|penawaran|callback|call-back|ruckruf|rueckruf|rappel|terugbel|cotiza|cotacao|book[-_]?service|service[-_]?booking|test[-_]?drive|probefahrt|proefrit/;
/**
 * What a dealer's or a garage's request is about, by a field's name: the vehicle (its model, its
 * number plate, its mileage). Asked with the person's name it is a quote, a test drive or a
 * workshop booking; a shop's checkout and a newsletter never ask it, and a parts finder asks it
 * without a name.
 */
const VEHICLE_NAME =
  /model|vehic|fahrzeug|voertuig|kendaraan|placa|kenteken|kennzeichen|immatric|matricul|registration|car_?no|kilomet/i;
/** A date asked by a text field's name ("wunschtermin", "fecha", "datum"), not a date of birth. */
const WHEN_NAME = /date|datum|fecha|termin|rendez|afspraak|tanggal|jadwal|horario|uhrzeit|heure|tijd/i;
const BIRTH = /birth|geburt|naissance|nacimiento|lahir|dob/i;

/** A field's name, id and autocomplete token (its label is not part of what it is called). */
function called(field: FieldSnapshot): string {
  return field.words.split(' ').slice(0, 3).join(' ');
}

/** Visible-ish fields: hidden inputs and buttons say nothing about the purpose. */
export function userFields(form: FormSnapshot): FieldSnapshot[] {
  return form.fields.filter((field) => !/^(hidden|submit|button|reset|image)$/.test(field.type));
}

const isMessageBox = (field: FieldSnapshot) => field.tag === 'textarea' || field.tag === 'editable';

/** What a sent form was for, from its snapshot (the background has no DOM). */
export function classifySnapshot(form: FormSnapshot): FormKind {
  const fields = userFields(form);
  const types = fields.map((field) => field.type || field.tag);
  if (types.includes('password')) return 'login';
  if (/comment|respond|reply|review/.test(form.marker)) return 'comment';
  const isSearch =
    form.role === 'search' ||
    types.includes('search') ||
    (fields.length <= 2 && fields.some((field) => SEARCH_NAME.test(field.words.split(' ')[0] ?? '')));
  if (isSearch) return 'search';
  if (APPLICATION.test(form.marker) || fields.some((field) => APPLICATION.test(called(field)))) return 'other';
  const message = fields.some(
    (field) =>
      isMessageBox(field) ||
      (field.tag === 'input' && MESSAGE_NAME.test(called(field)) && !NAME_OR_EMAIL.test(called(field))),
  );
  const hasTextarea = fields.some(isMessageBox);
  // type="phone" is no HTML type, but sites write it.
  const identity = fields.some(
    (field, i) => /email|tel|phone/.test(types[i] ?? '') || NAME_OR_EMAIL.test(called(field)),
  );
  const choice = fields.some((field) => field.tag === 'select');
  const vendor = vendorOf(form);
  // A help centre's request form is one from its first step, which may show only the choice of
  // request type (the message box comes with the second).
  if (vendor === 'ticket' && (message || choice)) return 'contact';
  if (vendor === 'form' && hasTextarea) return 'contact';
  if (hasTextarea && (identity || choice) && fields.length >= 2) return 'contact';
  // What there is to fill in, ticks and choices of one aside.
  const asked = fields.filter((field) => !/^(checkbox|radio)$/.test(field.type)).length;
  // A message box and two more things to fill in is a message to someone, even when no field is
  // named (a hand-written form a script sends: "name, email, subject, message" with no name=).
  if (hasTextarea && asked >= 3 && !SIGN_UP.test(form.marker)) return 'contact';
  const vehicle = fields.some((field) => VEHICLE_NAME.test(called(field)));
  const purpose =
    REQUEST_PURPOSE.test(`${form.marker} ${form.label} ${form.context}`) ||
    (vehicle && fields.some((field) => PERSON_NAME.test(called(field))));
  const card = fields.some((field) => /card|cc-/.test(called(field)));
  const listSignUp = SIGN_UP.test(form.marker) || /newsletter|subscri|abonn/.test(form.marker);
  if (purpose && identity && asked >= 2 && !listSignUp && !card) return 'contact';
  if (SIGN_UP.test(form.marker) || fields.some((field) => CHECKOUT.test(called(field)))) return 'other';
  // A contact-form plugin's form that asks who you are, how to answer you and one thing more
  // (a phone number, a subject) is an enquiry; its newsletter asks a name and an email at most.
  if (vendor === 'form' && asked >= 3 && identity && fields.some((field) => PERSON_NAME.test(called(field))))
    return 'contact';
  // Without a message box, what it asks says what it is for. A phone number is not what a
  // newsletter or a sign-up asks for: with a name it is a call-back request; a topic to choose or
  // a date (an appointment, a booking) with a way to answer is an enquiry.
  const phone = fields.some((field, i) => types[i] === 'tel' || PHONE_NAME.test(called(field)));
  const named = fields.some((field) => PERSON_NAME.test(called(field)));
  const when = fields.some(
    (field, i) =>
      /^(date|datetime-local|time)$/.test(types[i] ?? '') ||
      (WHEN_NAME.test(called(field)) && !BIRTH.test(called(field))),
  );
  if (phone && named && fields.length <= 10) return 'contact';
  if ((choice || when) && (phone || types.includes('email')) && fields.length >= 3 && fields.length <= 10)
    return 'contact';
  if (types.includes('email') && !hasTextarea && fields.length <= 4) return 'newsletter';
  return 'other';
}

export function classifyForm(form: Element): FormKind {
  return classifySnapshot(snapshotForm(form));
}

/** Message boxes looked at for a form-less widget: a page has a few; a hostile one costs no more. */
const LOOSE_BOXES = 20;
/** How far up from a message box its widget's fields and button are looked for. */
const WIDGET_DEPTH = 6;
const SEND_BUTTON = 'button,input[type=submit],input[type=button],[role=button]';
const OTHER_FIELD =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]),select';

/** The nearest element around a message box that also holds another field and a button. */
function widgetAround(box: Element): Element | undefined {
  let around = box.parentElement;
  for (let depth = 0; around && depth < WIDGET_DEPTH; depth++) {
    if (around.querySelector(OTHER_FIELD) && around.querySelector(SEND_BUTTON)) return around;
    around = around.parentElement;
  }
  return undefined;
}

/**
 * Contact widgets whose fields are in no <form>: a script reads the fields and sends them when
 * the button is pressed (site builders' and JavaScript frameworks' contact blocks). Each is the
 * nearest element around a message box that also holds another field and a button, judged like a
 * form (classifySnapshot): "name, email, message, Send" is a contact widget, a lone text box is not.
 */
export function looseContactWidgets(doc: Document): Element[] {
  const widgets: Element[] = [];
  const boxes = Array.from(doc.querySelectorAll('textarea,[contenteditable=""],[contenteditable=true]')).slice(
    0,
    LOOSE_BOXES,
  );
  for (const box of boxes) {
    if (box.closest('form')) continue;
    const around = widgetAround(box);
    if (!around || around === doc.body || around.querySelector('form')) continue;
    if (widgets.some((widget) => widget.contains(around) || around.contains(widget))) continue;
    if (classifyForm(around) === 'contact') widgets.push(around);
  }
  return widgets;
}

/**
 * The form-less contact widget whose send button the person clicked, with a message written in
 * it: a script sends it, and no submit event says so. A reset button sends nothing.
 */
export function sentWidget(target: Element): Element | undefined {
  const button = target.closest(SEND_BUTTON);
  if (!button || button.closest('form') || button.getAttribute('type') === 'reset') return undefined;
  let around = button.parentElement;
  for (let depth = 0; around && depth < WIDGET_DEPTH; depth++, around = around.parentElement) {
    const box = around.querySelector('textarea');
    if (!box) continue;
    const widget = widgetAround(box);
    const written = box instanceof HTMLTextAreaElement && box.value.trim() !== '';
    return written && widget?.contains(button) && !widget.querySelector('form') && classifyForm(widget) === 'contact'
      ? widget
      : undefined;
  }
  return undefined;
}

/** Every form of the document that is a contact form, then its form-less contact widgets. */
export function contactForms(doc: Document): Element[] {
  return [...Array.from(doc.forms).filter((form) => classifyForm(form) === 'contact'), ...looseContactWidgets(doc)];
}
