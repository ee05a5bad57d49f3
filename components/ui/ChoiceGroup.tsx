import type { ReactNode } from 'react';

/** One radio button inside its label (a `.choice`); `describedBy` ties it to a note about it. */
export function Choice(props: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: ReactNode;
  disabled?: boolean;
  describedBy?: string;
}) {
  return (
    <label className="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={props.onChange}
      />
      {props.label}
    </label>
  );
}

/**
 * A labelled group of radio buttons: arrow keys move between choices (native radios). `value` is
 * undefined while nothing is chosen.
 */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <Choice
          key={o.value}
          name={props.name}
          value={o.value}
          checked={props.value === o.value}
          onChange={() => props.onChange(o.value)}
          label={o.label}
        />
      ))}
    </fieldset>
  );
}
