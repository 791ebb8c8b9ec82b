import { useEffect, useRef, useState } from 'preact/hooks';
import { dateOrder, formatDay, parseTypedDay } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';

/** The date pattern the interface uses, e.g. "gg.aa.iiii" in Azerbaijani, from its own letters. */
function datePattern(i18n: I18n): string {
  const letters = i18n.t('date_letters').split(' ');
  const sample = formatDay('2026-11-29', i18n.locale);
  const separator = sample.match(/[^\d]+/)?.[0] ?? '.';
  return dateOrder(i18n.locale)
    .map((part) => ({ day: letters[0] ?? 'dd', month: letters[1] ?? 'mm', year: letters[2] ?? 'yyyy' })[part])
    .join(separator);
}

/**
 * A date typed as the interface writes dates ("29.11.2026" in Azerbaijani). The browser's own date
 * picker follows the browser's locale, not Vetlens's, so this is a text input.
 */
export function DateField(props: {
  value: string | null;
  onChange: (day: string | null) => void;
  label: string;
  i18n: I18n;
  testId?: string;
  clearOnChange?: boolean;
}) {
  const { i18n } = props;
  const pattern = datePattern(i18n);
  const [text, setText] = useState(formatDay(props.value, i18n.locale));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(formatDay(props.value, i18n.locale)), [props.value]);
  const read = (raw: string) => {
    if (!raw.trim()) return (setError(null), props.onChange(null));
    const day = parseTypedDay(raw, i18n.locale);
    if (!day) return setError(i18n.t('date_invalid', raw.trim(), pattern));
    setError(null);
    props.onChange(day);
    setText(props.clearOnChange ? '' : formatDay(day, i18n.locale));
  };
  // Read when the field is left or Enter pressed (the DOM's "change"), not on every key: preact/compat
  // turns an onChange prop into an input handler, and "29.11.20" on the way to "29.11.2026" is a date.
  const input = useRef<HTMLInputElement>(null);
  const readLatest = useRef(read);
  readLatest.current = read;
  useEffect(() => {
    const element = input.current!;
    const onChange = () => readLatest.current(element.value);
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  }, []);
  return (
    <span class="date-field">
      <input
        ref={input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        aria-label={`${props.label} (${pattern})`}
        title={pattern}
        data-testid={props.testId}
        aria-invalid={error ? 'true' : 'false'}
        class="date"
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      {error && (
        <span class="field-note error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
