/**
 * Comparing stored times without parsing them. Scrapers and the store write times as
 * `Date.prototype.toISOString` does ("2026-03-01T14:05:00.000Z": UTC, milliseconds, 24 characters);
 * two such strings sort as their times do, so a post's age is one string comparison instead of a
 * `Date.parse` (a campaign export checks 120,000 post dates for 10,000 creators). Any other form a
 * schema accepts (an offset, no milliseconds, a day past the month's end) is not canonical here and
 * is parsed as before.
 */

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22] as const;

const twoDigits = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `text` is a real UTC time written exactly as `toISOString` writes it: then it names the
 * same instant `Date.parse` reads, and its order among such strings is the order of the times.
 */
export function isCanonicalIsoTime(text: string): boolean {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */) return false;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[19] !== '.') return false;
  for (const at of DIGIT_POSITIONS) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1 || twoDigits(text, 11) > 23 || twoDigits(text, 14) > 59 || twoDigits(text, 17) > 59) return false;
  if (day <= 28) return true;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  return day <= daysInMonth(year, month);
}

/**
 * A test of "less than `spanMs` before `reference`" for many times, as `reference - Date.parse(time) < spanMs`
 * reads it (an unreadable time or reference is never within the span), with canonical times compared as text.
 */
export function withinSpanBefore(reference: string, spanMs: number): (time: string) => boolean {
  const referenceMs = Date.parse(reference);
  const earliest = referenceMs - spanMs;
  // Outside years 0–9999 toISOString writes six digits and a sign, which do not compare as text.
  const earliestIso = Number.isFinite(earliest) && earliest >= -62167219200000 && earliest <= 253402300799999 ? new Date(earliest).toISOString() : null;
  return (time) => {
    // reference - t < span  ⇔  t > reference - span (whole milliseconds, so exact); NaN is never within.
    if (earliestIso !== null && isCanonicalIsoTime(time)) return time > earliestIso;
    return referenceMs - Date.parse(time) < spanMs;
  };
}

/** "2026-03-01 14:05": a time's date and minute in UTC, as `toISOString().slice(0, 16)` with a space; null when unreadable. */
export function minuteOfIsoTime(iso: string): string | null {
  if (isCanonicalIsoTime(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 16).replace('T', ' ');
}
