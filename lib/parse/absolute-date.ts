import { DATE_ORDER, MONTH_WORDS } from '../data/cldr';
import { cldrLookup, languageTag } from './count';

/**
 * Reads the calendar dates YouTube prints under a video ("Dec 5, 2019", "24 Aug 2019",
 * "10 mar 2018", "Publicado el 14 abr. 2017", "Premiered Jun 17, 2020", "05.12.2019",
 * "2019/12/05", "2019年12月5日") in the page's language.
 *
 * Month names (wide and abbreviated, of every regional variant: British "9 Sept 2010") and the order
 * of day, month and year in an all-numeric date come from the CLDR table Vetlens ships
 * (lib/data/cldr.ts), never from the browser's Intl data, which differs between builds. A text that does not hold exactly
 * one such date gives null, never a guess.
 */

interface CalendarDate {
  /** Noon UTC of that day: the site does not say in which time zone the day is, noon keeps the date. */
  iso: string;
  year: number;
  month: number;
  day: number;
}

interface DateRules {
  /** Lower-case month word (without a trailing dot) → month 1–12. */
  months: Map<string, number>;
  /** The order of day, month and year in this language's numeric dates. */
  order: ('day' | 'month' | 'year')[];
}

const rulesCache = new Map<string, DateRules | null>();

const DATE_PART = { d: 'day', m: 'month', y: 'year' } as const;

function clean(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/\.$/, '');
}

function dateRules(lang: string): DateRules | null {
  const key = languageTag(lang || 'en') || 'en';
  if (rulesCache.has(key)) return rulesCache.get(key)!;
  const words = cldrLookup(MONTH_WORDS, key);
  const order = cldrLookup(DATE_ORDER, key);
  let rules: DateRules | null = null;
  if (words && order) {
    const months = new Map<string, number>();
    words.forEach((list, index) => {
      for (const word of list) months.set(clean(word), index + 1);
    });
    rules = { months, order: [...order].map((letter) => DATE_PART[letter as 'd' | 'm' | 'y']) };
  }
  rulesCache.set(key, rules);
  return rules;
}

/** Whether the text names a month of the language ("sept", "января"): a calendar date, not a relative one. */
export function namesMonth(text: string, lang: string): boolean {
  const rules = dateRules(lang);
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}]+\.?/gu) ?? [];
  return rules !== null && words.some((word) => rules.months.has(clean(word)));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number): CalendarDate | null {
  if (year < 2005 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const iso = new Date(Date.UTC(year, month - 1, day, 12)).toISOString();
  return { iso, year, month, day };
}

/**
 * The one calendar date in `text`, read in `lang`; null when there is none, more than one, or it
 * could be read two ways. Dates after `notAfter` (plus a day for time zones) are refused.
 */
export function parseAbsoluteDate(text: string | null | undefined, lang: string, notAfter?: Date): CalendarDate | null {
  if (!text) return null;
  const rules = dateRules(lang);
  if (!rules) return null;
  const normalized = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u200e\u200f\u2068\u2069]/g, ' ')
    .toLowerCase();
  const numbers = [...normalized.matchAll(/\d+/g)].map((match) => match[0]);
  const words = normalized.match(/[\p{L}\p{M}]+\.?/gu)?.map(clean) ?? [];
  const monthWords = [...new Set(words.map((word) => rules.months.get(word)).filter((month): month is number => month !== undefined))];
  let date: CalendarDate | null = null;
  if (monthWords.length === 1) {
    // "Dec 5, 2019", "10 mar 2018": one month word, one four-digit year, one day.
    const years = numbers.filter((n) => n.length === 4);
    const days = numbers.filter((n) => n.length <= 2);
    if (years.length !== 1 || days.length !== 1 || numbers.length !== 2) return null;
    date = build(Number(years[0]), monthWords[0]!, Number(days[0]));
  } else if (monthWords.length === 0) {
    // "05.12.2019", "2019/12/05", "2019年12月5日": three numbers in the language's own order.
    if (numbers.length !== 3) return null;
    const yearAt = numbers.findIndex((n) => n.length === 4);
    if (yearAt === -1 || numbers.filter((n) => n.length === 4).length !== 1) return null;
    const rest = rules.order.filter((part) => part !== 'year');
    const values = numbers.filter((_, i) => i !== yearAt).map(Number);
    // The year's own place must agree with the language's order, so that "12/5" cannot swap.
    if (rules.order.indexOf('year') !== yearAt) return null;
    const month = values[rest.indexOf('month')]!;
    const day = values[rest.indexOf('day')]!;
    date = build(Number(numbers[yearAt]), month, day);
  }
  if (!date) return null;
  if (notAfter && Date.parse(date.iso) > notAfter.getTime() + 36 * 3600 * 1000) return null;
  return date;
}

/** "2019-12-05" or "2020-06-17T08:00:11-07:00" (YouTube's microformat) → ISO; date-only values at noon UTC. */
export function parseIsoDate(text: string | null | undefined): { iso: string; dayOnly: boolean } | null {
  if (!text) return null;
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (dayOnly) {
    const date = build(Number(dayOnly[1]), Number(dayOnly[2]), Number(dayOnly[3]));
    return date ? { iso: date.iso, dayOnly: true } : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) return null;
  const time = Date.parse(text.trim());
  return Number.isNaN(time) ? null : { iso: new Date(time).toISOString(), dayOnly: false };
}
