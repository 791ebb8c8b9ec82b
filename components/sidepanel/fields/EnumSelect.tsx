import type { CSSProperties, JSX, TargetedEvent } from 'preact';

interface Common<T extends string> {
  /** Every value the select offers, in order. */
  options: readonly T[];
  /** The text a value shows as. */
  text: (value: T) => string;
  /** An accessible name, for a select without a visible label around it. */
  label?: string;
  testId?: string;
  id?: string;
  style?: CSSProperties;
}

/** A choice that must be one of `options`. */
interface Required<T extends string> extends Common<T> {
  value: T;
  onChange: (value: T) => void;
  none?: undefined;
}

/** A choice that may also be none: an empty first option with the text `none` ("All platforms", "Move to…"). */
interface Optional<T extends string> extends Common<T> {
  value: T | null;
  onChange: (value: T | null) => void;
  none: string;
}

/** The option `raw` names, or undefined when the select never offered it. */
function pickOption<T extends string>(options: readonly T[], raw: string): T | undefined {
  return options.find((option) => option === raw);
}

/**
 * The one select over a fixed set of values (an enum, the lists, a file's columns). The value it
 * hands on is checked against what it offered, so callers get a `T`, never a cast string: a value
 * it did not offer (an option a script added, a stale list) is refused and the shown value restored.
 */
export function EnumSelect<T extends string>(props: Required<T>): JSX.Element;
export function EnumSelect<T extends string>(props: Optional<T>): JSX.Element;
export function EnumSelect<T extends string>(props: Required<T> | Optional<T>): JSX.Element {
  const onChange = (event: TargetedEvent<HTMLSelectElement>) => {
    const select = event.currentTarget;
    if (props.none !== undefined && select.value === '') return props.onChange(null);
    const picked = pickOption(props.options, select.value);
    if (picked === undefined) {
      select.value = props.value ?? '';
      return;
    }
    props.onChange(picked);
  };
  return (
    <select id={props.id} aria-label={props.label} data-testid={props.testId} style={props.style} value={props.value ?? ''} onChange={onChange}>
      {props.none !== undefined && <option value="">{props.none}</option>}
      {props.options.map((option) => (
        <option key={option} value={option}>
          {props.text(option)}
        </option>
      ))}
    </select>
  );
}
