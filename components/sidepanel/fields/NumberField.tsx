import { useEffect, useRef, useState } from 'preact/hooks';
import { numberFormat } from '../../../lib/i18n/format';
import { formatForInput, parseTypedNumber } from '../../../lib/i18n/number';
import type { I18n } from '../../../lib/i18n/translate';

/**
 * A question the field asks before it keeps a value. Each carries the text as typed: the input
 * keeps showing it, and the question quotes it, until the marketer decides; nothing re-renders it away.
 */
type Pending =
  | { kind: 'ambiguous'; typed: string; readings: [number, number] }
  | { kind: 'confirm'; typed: string; value: number; message: string }
  | { kind: 'error'; typed: string; message: string }
  | null;

interface NumberFieldProps {
  value: number | null;
  onChange: (value: number | null) => void;
  label: string;
  i18n: I18n;
  testId?: string;
  min?: number;
  max?: number;
  /** Decimals shown; 0 for whole numbers. */
  digits?: number;
  /** A message when the value should be confirmed before it is kept. */
  check?: (value: number) => string | null;
}

/**
 * The one input for amounts and counts. It reads either convention ("1 200,50", "1,200.50"), asks
 * which reading is meant when the text allows two ("1,200"), and lets the caller hold back a value
 * that needs a second look (a cost far above the budget) until the marketer confirms it.
 */
export function NumberField(props: NumberFieldProps) {
  const { i18n } = props;
  const { t, locale } = i18n;
  const digits = props.digits ?? 2;
  const [text, setText] = useState(formatForInput(props.value, locale, digits));
  const [pending, setPendingState] = useState<Pending>(null);
  const input = useRef<HTMLInputElement>(null);
  // The question open now, for effects that run after a render that did not see it yet.
  const open = useRef<Pending>(null);
  const setPending = (next: Pending) => {
    open.current = next;
    setPendingState(next);
  };

  // Follow the stored value (undo, another window), but never while the marketer is typing here or
  // a question about what they typed is open.
  useEffect(() => {
    if (document.activeElement !== input.current && !open.current) setText(formatForInput(props.value, locale, digits));
  }, [props.value]);

  const keep = (value: number | null) => {
    setPending(null);
    setText(formatForInput(value, locale, digits));
    props.onChange(value);
  };
  const offer = (value: number, typed: string) => {
    const min = props.min ?? 0;
    if (value < min || (props.max !== undefined && value > props.max) || (digits === 0 && !Number.isInteger(value))) {
      return setPending({
        kind: 'error',
        typed,
        message: t(
          digits === 0 ? 'number_out_of_range_whole' : 'number_out_of_range',
          formatForInput(min, locale),
          props.max === undefined ? '∞' : formatForInput(props.max, locale),
        ),
      });
    }
    const warning = props.check?.(value) ?? null;
    if (warning) return setPending({ kind: 'confirm', typed, value, message: warning });
    keep(value);
  };
  const read = (raw: string) => {
    setText(raw);
    const parsed = parseTypedNumber(raw);
    if (parsed.ok) return offer(parsed.value, raw);
    if (parsed.reason === 'empty') return keep(null);
    if (parsed.reason === 'ambiguous') return setPending({ kind: 'ambiguous', typed: raw, readings: parsed.readings });
    setPending({ kind: 'error', typed: raw, message: t('number_invalid', raw.trim()) });
  };
  const show = (n: number) => numberFormat(locale, { maximumFractionDigits: 3 }).format(n);
  // The typed text is read when the marketer leaves the field or presses Enter: the DOM's own
  // "change" event, listened to directly, since preact/compat (loaded by the side panel) turns an
  // onChange prop on a text input into an input handler, which read every keystroke and erased the
  // decimal comma of "1200,50" as it was typed.
  const readLatest = useRef(read);
  readLatest.current = read;
  useEffect(() => {
    const element = input.current!;
    const onChange = () => readLatest.current(element.value);
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  }, []);

  return (
    <span class="number-field">
      <input
        ref={input}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={props.label}
        title={props.label}
        data-testid={props.testId}
        aria-invalid={pending?.kind === 'error' ? 'true' : 'false'}
        value={pending ? pending.typed : text}
        onInput={(e) => {
          // Typing something else closes an open question: the field shows what is typed now.
          const typed = (e.target as HTMLInputElement).value;
          setText(typed);
          if (open.current && open.current.typed !== typed) setPending(null);
        }}
      />
      {pending?.kind === 'error' && (
        <span class="field-note error" role="alert">
          {pending.message}
        </span>
      )}
      {pending?.kind === 'ambiguous' && (
        <span class="field-note" role="alert" data-testid="number-ambiguous">
          {t('number_ambiguous', pending.typed.trim())}{' '}
          {pending.readings.map((reading) => (
            <button key={reading} type="button" onClick={() => offer(reading, pending.typed)}>
              {show(reading)}
            </button>
          ))}
        </span>
      )}
      {pending?.kind === 'confirm' && (
        <span class="field-note warn" role="alert" data-testid="number-confirm">
          {pending.message}{' '}
          <button type="button" data-testid="number-confirm-keep" onClick={() => keep(pending.value)}>
            {t('number_keep')}
          </button>
          <button
            type="button"
            onClick={() => {
              setPending(null);
              setText(formatForInput(props.value, locale, digits));
            }}
          >
            {t('number_cancel')}
          </button>
        </span>
      )}
    </span>
  );
}

/** An amount of money: two decimals, never below 0 (budget, fees, sales, product value). */
export function MoneyField(props: Omit<NumberFieldProps, 'digits' | 'min' | 'max'>) {
  return <NumberField {...props} digits={2} min={0} />;
}

/** A whole number from 1 to `max` (posts per period, periods); anything else typed is explained and not applied. */
export function WholeNumberField(props: { label: string; max: number; value: number; i18n: I18n; onChange: (n: number) => void }) {
  return (
    <NumberField
      label={props.label}
      i18n={props.i18n}
      digits={0}
      min={1}
      max={props.max}
      value={props.value}
      onChange={(n) => n !== null && props.onChange(n)}
    />
  );
}
