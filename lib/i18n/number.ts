import { numberFormat } from './format';

/**
 * Reads a number the way people type it in either convention: "1200,50", "1 200,50", "1.200,50",
 * "1,200.50" and "1200.50" are all 1200.5. Where the text allows two readings ("1,200" is 1.2 in
 * Azerbaijani and 1200 in English; "1.200" the other way round) it gives both and the caller asks.
 * The one place in Vetlens that turns typed text into a number.
 */
type ParsedNumber =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' } | { ok: false; reason: 'ambiguous'; readings: [decimal: number, thousands: number] };

/** Spaces people and Intl put between thousands: space, no-break, narrow no-break, thin; and the Swiss apostrophe. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’]/g;

/** "1.200.000" with "." as the grouping mark: the first group 1–3 digits, every later one exactly 3. */
function groupedBy(integer: string, mark: string): boolean {
  const groups = integer.split(mark);
  return groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

export function parseTypedNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const spaced = /\d[\s\u00a0\u202f\u2009'’]\d/.test(trimmed);
  // A currency or per cent sign before or after the number ("₼ 1 200", "1200 AZN", "15%") is not part of it.
  let body = trimmed.replace(GROUP_SPACES, '').replace(/^[\p{Sc}A-Za-z]+|[\p{Sc}A-Za-z%]+$/gu, '');
  const negative = body.startsWith('-') || body.startsWith('−');
  if (negative) body = body.slice(1);
  if (!/^\d[\d.,]*$/.test(body) && !/^[.,]\d+$/.test(body)) return { ok: false, reason: 'invalid' };
  const sign = negative ? -1 : 1;
  const number = (integer: string, fraction: string) => sign * Number(`${integer || '0'}.${fraction || '0'}`);

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return { ok: true, value: sign * Number(body) };

  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const integer = body.slice(0, body.lastIndexOf(decimal));
    const fraction = body.slice(body.lastIndexOf(decimal) + 1);
    if (!/^\d*$/.test(fraction) || integer.includes(decimal) || !groupedBy(integer, group)) return { ok: false, reason: 'invalid' };
    return { ok: true, value: number(integer.split(group).join(''), fraction) };
  }

  const mark = lastDot >= 0 ? '.' : ',';
  const parts = body.split(mark);
  if (parts.length > 2) {
    // The same mark more than once can only group thousands.
    return groupedBy(body, mark) ? { ok: true, value: sign * Number(parts.join('')) } : { ok: false, reason: 'invalid' };
  }
  const [integer, fraction] = parts as [string, string];
  if (fraction === '') return integer === '' ? { ok: false, reason: 'invalid' } : { ok: true, value: sign * Number(integer) };
  // One mark followed by exactly three digits after 1–3 leading digits ("1,200", "1.200") reads
  // both ways, unless spaces already group the thousands or the number starts with 0 ("0,125").
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer) && !spaced) {
    return { ok: false, reason: 'ambiguous', readings: [number(integer, fraction), sign * Number(integer + fraction)] };
  }
  return { ok: true, value: number(integer, fraction) };
}

/** A number as an input shows it: the interface's decimal mark, no grouping, at most `digits` decimals. */
export function formatForInput(value: number | null, locale: string, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '';
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: digits }).format(value);
}

/**
 * A count typed as people write counts ("10 000", "10,000", "10.000"): a whole number, never below
 * 0. A count has no decimals, so one mark before three digits groups thousands in either convention.
 * Null for empty text; undefined for text that is not a count ("10k", "1,5", "-3").
 */
export function parseTypedCount(text: string): number | null | undefined {
  if (/[^\d\s\u00a0\u202f\u2009'’.,]/.test(text.trim())) return undefined;
  const parsed = parseTypedNumber(text);
  if (!parsed.ok) return parsed.reason === 'empty' ? null : parsed.reason === 'ambiguous' ? parsed.readings[1] : undefined;
  return Number.isInteger(parsed.value) && parsed.value >= 0 ? parsed.value : undefined;
}
