import type { ReactNode } from 'react';

/** Ids a control needs to be tied to its label, hint and error. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** The aria attributes of a control with an optional hint and error. */
export function describedBy(id: string, hint?: ReactNode, error?: string) {
  const ids = fieldIds(id);
  const parts = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean);
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': parts.length ? parts.join(' ') : undefined,
  } as const;
}

/** A label, the control (children), an optional hint and the field's error. */
export function Field(props: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }) {
  const ids = fieldIds(props.id);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? (
        <p id={ids.hint} className="muted field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={ids.error} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** What a text control needs beyond its element's own attributes: its label, hint and error. */
type TextProps<A> = Omit<A, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
};

/**
 * Splits a text control's props into its Field's and its element's: the element is tied to the
 * hint and error and reports its text rather than the event.
 */
function textParts<A>({ id, label, value, onChange, hint, error, ...rest }: TextProps<A>) {
  const control = {
    ...rest,
    ...describedBy(id, hint, error),
    value,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
  };
  return { field: { id, label, hint, error }, control };
}

export function TextField(props: TextProps<React.InputHTMLAttributes<HTMLInputElement>>) {
  const { field, control } = textParts(props);
  return (
    <Field {...field}>
      <input {...control} />
    </Field>
  );
}

/**
 * A whole-number field: a number input that brings up the numeric keypad on phones. `type` goes
 * before the caller's attributes and `inputMode` after, as the forms wrote them, so the element
 * renders as it did.
 */
export function NumberField(props: Omit<TextProps<React.InputHTMLAttributes<HTMLInputElement>>, 'type' | 'inputMode'>) {
  return <TextField type="number" {...props} inputMode="numeric" />;
}

export function TextArea(props: TextProps<React.TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { field, control } = textParts(props);
  return (
    <Field {...field}>
      <textarea {...control} />
    </Field>
  );
}

export function SelectField<T extends string>(props: {
  id: string;
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => {
          const picked = props.options.find((o) => o.value === e.currentTarget.value);
          if (picked) props.onChange(picked.value);
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
