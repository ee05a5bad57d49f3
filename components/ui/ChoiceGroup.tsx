/** A labelled group of radio buttons: arrow keys move between choices (native radios). */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
