/** Intl-based formatting, keyed by the interface locale. Missing values render as a dash. */
export function formatCount(value: number | null | undefined, locale: string, compact = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}).format(value);
}

export function formatPercent(ratio: number | null | undefined, locale: string, digits = 2): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: ratio < 0.1 ? digits : 1,
  }).format(ratio);
}

const NUMERIC_DATE = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;

/** A date as the interface writes it: "29.11.2026" in Azerbaijani, "11/29/2026" in US English. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, NUMERIC_DATE).format(date);
}

/** A calendar day ("2026-11-29", no time zone) as the interface writes it. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  return new Intl.DateTimeFormat(locale, { ...NUMERIC_DATE, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** The order of day, month and year in the interface's dates, e.g. ['day', 'month', 'year'] for az. */
export function dateOrder(locale: string): Array<'day' | 'month' | 'year'> {
  return new Intl.DateTimeFormat(locale, NUMERIC_DATE)
    .formatToParts(new Date(Date.UTC(2026, 10, 29, 12)))
    .flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : []));
}

/**
 * A typed date in the interface's order ("29.11.2026", "29/11/26", "11/29/2026" in US English) or
 * as ISO ("2026-11-29"), as a calendar day "YYYY-MM-DD"; null when it is not a real date.
 */
export function parseTypedDay(text: string, locale: string): string | null {
  const numbers = text.trim().split(/[^\d]+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const order = /^\d{4}$/.test(numbers[0]!) ? (['year', 'month', 'day'] as const) : dateOrder(locale);
  const part = Object.fromEntries(order.map((name, i) => [name, Number(numbers[i])])) as Record<'day' | 'month' | 'year', number>;
  if (part.year < 100) part.year += 2000;
  const date = new Date(Date.UTC(part.year, part.month - 1, part.day));
  if (date.getUTCFullYear() !== part.year || date.getUTCMonth() !== part.month - 1 || date.getUTCDate() !== part.day) return null;
  return date.toISOString().slice(0, 10);
}

export function formatMoney(value: number | null | undefined, locale: string, currency = 'USD'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
}
