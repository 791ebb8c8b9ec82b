import { localePatterns } from './locale-data';

/**
 * Intl-based formatting, keyed by the interface locale. Missing values render as a dash.
 *
 * Chromium ships ICU data only for the languages of its own interface, and Azerbaijani is not one
 * of them: there `Intl.NumberFormat('az')` quietly formats as English ("24,310", "11/29/2026").
 * Where the runtime lacks a locale Vetlens speaks, its conventions (CLDR) are applied to the
 * English parts: decimal comma, dot between thousands, dates day.month.year.
 */
interface Conventions {
  decimal: string;
  group: string;
  dateSeparator: string;
}
const CONVENTIONS: Record<string, Conventions> = {
  az: { decimal: ',', group: '.', dateSeparator: '.' },
};

/**
 * Whether the runtime really formats the locale by its conventions. Chromium lists "az" as supported
 * and resolves to it, yet formats as English, so the output itself is checked.
 */
function runtimeFollows(locale: string, conventions: Conventions): boolean {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 29, 12));
    return decimal === conventions.decimal && date === ['29', '11', '2026'].join(conventions.dateSeparator);
  } catch {
    return false;
  }
}

const checked = new Map<string, boolean>();

/** The conventions to apply by hand, or null where the runtime formats the locale itself. */
export function missingConventions(locale: string, follows: (l: string, c: Conventions) => boolean = runtimeFollows): Conventions | null {
  const base = locale.split(/[-_]/)[0]!.toLowerCase();
  const conventions = CONVENTIONS[base];
  if (!conventions) return null;
  if (follows !== runtimeFollows) return follows(base, conventions) ? null : conventions;
  if (!checked.has(base)) checked.set(base, runtimeFollows(base, conventions));
  return checked.get(base) ? null : conventions;
}

/**
 * Building an Intl formatter costs far more than using one (a 10,000-row export formats tens of
 * thousands of numbers), so each locale and options pair is built once.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    if (formatters.size >= 200) formatters.clear();
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
const intlNumber = (locale: string, options: Intl.NumberFormatOptions) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const intlDate = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** Intl.NumberFormat for the locale, with its conventions applied where the runtime lacks them. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
  conventions = missingConventions(locale),
): { format(n: number): string; formatToParts(n: number): Intl.NumberFormatPart[] } {
  if (!conventions) return intlNumber(locale, options);
  const english = intlNumber('en', options);
  const formatToParts = (n: number) =>
    english
      .formatToParts(n)
      .map((p) => (p.type === 'decimal' ? { ...p, value: conventions.decimal } : p.type === 'group' ? { ...p, value: conventions.group } : p));
  return {
    formatToParts,
    format: (n) =>
      formatToParts(n)
        .map((p) => p.value)
        .join(''),
  };
}

export function formatCount(value: number | null | undefined, locale: string, compact = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (compact) return formatCompact(value, locale);
  return numberFormat(locale).format(value);
}

/**
 * A short number as the language writes it: "15.3K", "1.2M" in English; "15,3 min", "1,2 mln" in
 * Azerbaijani, from the shipped units (Chromium has no Azerbaijani compact data). A value that
 * rounds up to the next unit takes it ("999.960" is "1 mln", not "1.000 min").
 */
export function formatCompact(value: number, locale: string): string {
  const units = localePatterns(locale)?.compactUnits ?? [];
  if (units.length === 0) return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const size = Math.abs(value);
  // units run from the largest down; take the largest the value reaches, or the next larger one when rounding reaches it.
  let i = units.findIndex((u) => size >= u.from);
  if (i > 0 && round1(size / units[i]!.from) >= units[i - 1]!.from / units[i]!.from) i--;
  if (i >= 0) return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(round1(value / units[i]!.from))}\u00a0${units[i]!.unit}`;
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(ratio: number | null | undefined, locale: string, digits = 2): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: ratio < 0.1 ? digits : 1,
  }).format(ratio);
}

/** A share in whole percent ("40%", "33%"): the parts of a mix, where a decimal would be noise. */
export function formatWholePercent(ratio: number | null | undefined, locale: string): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

const NUMERIC_DATE = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;

function dateParts(date: Date, locale: string, timeZone?: string, conventions = missingConventions(locale)): Intl.DateTimeFormatPart[] {
  const options = { ...NUMERIC_DATE, ...(timeZone ? { timeZone } : {}) };
  if (!conventions) return intlDate(locale, options).formatToParts(date);
  // en-GB writes day/month/year: the order Azerbaijani uses, with its own separator.
  return intlDate('en-GB', options)
    .formatToParts(date)
    .map((p) => (p.type === 'literal' ? { ...p, value: conventions.dateSeparator } : p));
}

/** A date as the interface writes it: "29.11.2026" in Azerbaijani, "11/29/2026" in US English. */
export function formatDate(iso: string | null | undefined, locale: string, conventions = missingConventions(locale)): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return dateParts(date, locale, undefined, conventions)
    .map((p) => p.value)
    .join('');
}

/** A calendar day ("2026-11-29", no time zone) as the interface writes it. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  return dateParts(new Date(`${day}T12:00:00Z`), locale, 'UTC')
    .map((p) => p.value)
    .join('');
}

/** The order of day, month and year in the interface's dates, e.g. ['day', 'month', 'year'] for az. */
export function dateOrder(locale: string): Array<'day' | 'month' | 'year'> {
  return dateParts(new Date(Date.UTC(2026, 10, 29, 12)), locale, 'UTC').flatMap((p) =>
    p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : [],
  );
}

/**
 * A typed date in the interface's order ("29.11.2026", "29/11/26", "11/29/2026" in US English) or
 * as ISO ("2026-11-29"), as a calendar day "YYYY-MM-DD"; null when it is not a real date.
 */
export function parseTypedDay(text: string, locale: string): string | null {
  const numbers = text
    .trim()
    .split(/[^\d]+/)
    .filter(Boolean);
  if (numbers.length !== 3) return null;
  const order = /^\d{4}$/.test(numbers[0]!) ? (['year', 'month', 'day'] as const) : dateOrder(locale);
  const part = Object.fromEntries(order.map((name, i) => [name, Number(numbers[i])])) as Record<'day' | 'month' | 'year', number>;
  if (part.year < 100) part.year += 2000;
  const date = new Date(Date.UTC(part.year, part.month - 1, part.day));
  if (date.getUTCFullYear() !== part.year || date.getUTCMonth() !== part.month - 1 || date.getUTCDate() !== part.day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Money as the language writes it: "$1,200.50" in English, "1.200,50 ₼" in Azerbaijani (CLDR az:
 * the sign after the number, a no-break space between). The Azerbaijani pattern is shipped, since
 * Chromium writes "AZN 1.200,50" there.
 */
export function formatMoney(value: number | null | undefined, locale: string, currency = 'USD'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const patterns = localePatterns(locale);
  if (patterns?.currencyAfter) {
    const amount = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    return `${amount}\u00a0${patterns.currencySymbols[currency] ?? currency}`;
  }
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
}

/** A plain number inside a sentence ("0,06", "3,17"), in the locale's digits and marks. */
export function formatDecimal(value: number | null | undefined, locale: string, digits = 2, minimumDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { minimumFractionDigits: minimumDigits, maximumFractionDigits: digits }).format(value);
}
