import { formatCompact } from './format';
import { localePatterns } from './locale-data';

/**
 * A follower tier's label ("10k–50k", ">500k", "<1k", "500k–1M", as lib/scoring/benchmarks.ts names
 * tiers after their sources) written the interface's way: unchanged in English; "10–50 min",
 * "500 min – 1 mln", "500 min-dən çox", "1 min-dən az" in Azerbaijani, where "k" and "M" are English.
 * A label of another shape is returned as it is.
 */
const UNIT: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6 };
const LABEL = /^([<>])?(\d+(?:\.\d+)?)([kKM]?)(?:–(\d+(?:\.\d+)?)([kKM]?))?(\+)?$/;

/** Azerbaijani ablative after a short unit, by how the unit is read: "min" → "-dən", "mln"/"mlrd" ("milyon", "milyard") → "-dan". */
const ABLATIVE: Record<string, string> = { min: 'dən', mln: 'dan', mlrd: 'dan' };

export function tierText(label: string, locale: string): string {
  const patterns = localePatterns(locale);
  const m = LABEL.exec(label);
  if (!m || !patterns || patterns.compactUnits.length === 0) return label;
  const [, bound, fromText, fromUnit, toText, toUnit, plus] = m;
  const from = Number(fromText) * UNIT[fromUnit!]!;
  const short = (n: number) => formatCompact(n, locale);
  const unitOf = (text: string) => text.split('\u00a0')[1] ?? '';
  const more = (n: number, word: 'çox' | 'az') => {
    const text = short(n);
    const suffix = ABLATIVE[unitOf(text)];
    return suffix ? `${text}-${suffix} ${word}` : `${text}-dən ${word}`;
  };
  if (bound === '>' || plus) return more(from, 'çox');
  if (bound === '<') return more(from, 'az');
  if (toText === undefined) return short(from);
  const to = Number(toText) * UNIT[toUnit!]!;
  const [a, b] = [short(from), short(to)];
  // One unit for both ends: "10–50 min"; else each end its own: "500 min – 1 mln".
  if (unitOf(a) && unitOf(a) === unitOf(b)) return `${a.split('\u00a0')[0]}–${b}`;
  return `${a} – ${b}`;
}
