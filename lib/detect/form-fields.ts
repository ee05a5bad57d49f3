import { CATEGORY, SENSITIVE, SUBJECT, snapshotForm, type FieldSnapshot, type FormSnapshot } from './form-snapshot';

/**
 * Reading what a person typed into a contact form — only what the log needs, never secrets.
 * Password, card, CVV, SSN, IBAN and similar fields are never read, whatever they are called
 * (the snapshot leaves their values out: ./form-snapshot.ts).
 */
/** Options that say nothing: "-", "--None--", "Please select". */
const PLACEHOLDER = /^[-–—\s]*$|^-+\s*none\s*-+$|select|choose|elige|choisir|auswahl/i;

/** True for fields that must never be read: by type, name, id, autocomplete token or label. */
export function isSensitiveField(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return (
    type === 'password' ||
    SENSITIVE.test(
      `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('aria-label') ?? ''}`,
    )
  );
}

function readable(form: FormSnapshot): FieldSnapshot[] {
  return form.fields.filter(
    (field) =>
      field.type !== 'password' &&
      !SENSITIVE.test(field.words) &&
      !/^(hidden|submit|button|reset|image|file|checkbox|radio)$/.test(field.type),
  );
}

function valueOf(field: FieldSnapshot): string {
  const text = field.value.replace(/\s+/g, ' ').trim();
  // A select's option label, not its value (often an id like 360000134571).
  if (field.tag === 'select') return PLACEHOLDER.test(text) ? '' : text;
  return text;
}

/** The form's subject and/or category ("Refunds and compensation — Refund not received"). */
export function snapshotSubject(form: FormSnapshot, max = 200): string | undefined {
  const fields = readable(form);
  const pick = (pattern: RegExp, kind: 'select' | 'input') =>
    fields.filter((field) => field.tag === kind).find((field) => pattern.test(field.words) && valueOf(field));
  const category = pick(CATEGORY, 'select') ?? pick(SUBJECT, 'select');
  const subject = pick(SUBJECT, 'input') ?? pick(CATEGORY, 'input');
  const text = [category, subject]
    .filter((field): field is FieldSnapshot => field !== undefined)
    .map(valueOf)
    .join(' — ')
    .slice(0, max);
  return text || undefined;
}

/** The message text (the largest message box), for "keep a copy of what I send". */
export function snapshotMessage(form: FormSnapshot, max = 5000): string | undefined {
  const longest = readable(form)
    .filter((field) => field.tag === 'textarea')
    .map((field) => field.value.trim())
    .sort((a, b) => b.length - a.length)[0];
  return longest ? longest.slice(0, max) : undefined;
}

export function formSubject(form: HTMLFormElement, max = 200): string | undefined {
  return snapshotSubject(snapshotForm(form), max);
}

export function formMessage(form: HTMLFormElement, max = 5000): string | undefined {
  return snapshotMessage(snapshotForm(form, true), max);
}
