/**
 * Reading what a person typed into a contact form — only what the log needs, never secrets.
 * Password, card, CVV, SSN, IBAN and similar fields are never read, whatever they are called.
 */
const SENSITIVE = /pass|card|cc-|ccnum|cvv|cvc|csc|ssn|social.?sec|iban|bic|swift|account.?(?:number|no)|routing|sort.?code|\bpin\b|secur|otp|one-time|tax.?id|national.?id|dob|birth/i;
const SUBJECT = /subject|betreff|asunto|sujet|objet|assunto|oggetto|title|titel/i;
const CATEGORY = /categor|topic|reason|issue|type|enquiry|inquiry|ticket_form|motif|motivo|thema|anliegen|tema|kategorie/i;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function describe(el: Element): string {
  return `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

/** True for fields that must never be read: by type, name, id or autocomplete token. */
export function isSensitiveField(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'password' || SENSITIVE.test(describe(el));
}

function readable(form: HTMLFormElement): Field[] {
  return Array.from(form.querySelectorAll<Field>('input,select,textarea')).filter(
    (el) => !isSensitiveField(el) && !/^(hidden|submit|button|reset|image|file|checkbox|radio)$/i.test(el.getAttribute('type') ?? ''),
  );
}

function valueOf(el: Field): string {
  if (el instanceof HTMLSelectElement) {
    const option = el.selectedOptions[0];
    // The option's label, not its value (which is often an id like 360000134571); placeholders
    // such as "-", "--None--" or "Please select" say nothing.
    const label = (option?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return option && option.value && !/^[-–—\s]*$|^-+\s*none\s*-+$|select|choose|elige|choisir|auswahl/i.test(label) ? label : '';
  }
  return el.value.replace(/\s+/g, ' ').trim();
}

/** The form's subject and/or category ("Refunds and compensation — Refund not received"). */
export function formSubject(form: HTMLFormElement, max = 200): string | undefined {
  const fields = readable(form);
  const pick = (pattern: RegExp, kind: 'select' | 'text') =>
    fields
      .filter((el) => (kind === 'select' ? el instanceof HTMLSelectElement : el instanceof HTMLInputElement))
      .find((el) => pattern.test(describe(el)) && valueOf(el));
  const category = pick(CATEGORY, 'select') ?? pick(SUBJECT, 'select');
  const subject = pick(SUBJECT, 'text') ?? pick(CATEGORY, 'text');
  const parts = [category, subject].filter((el): el is Field => el !== undefined).map(valueOf);
  const text = parts.join(' — ').slice(0, max);
  return text || undefined;
}

/** The message text (the largest non-sensitive textarea), for "keep a copy of what I send". */
export function formMessage(form: HTMLFormElement, max = 5000): string | undefined {
  const areas = readable(form).filter((el): el is HTMLTextAreaElement => el instanceof HTMLTextAreaElement);
  const longest = areas.map((el) => el.value.trim()).sort((a, b) => b.length - a.length)[0];
  return longest ? longest.slice(0, max) : undefined;
}
