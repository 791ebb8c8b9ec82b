/**
 * Writes lib/data/cldr.ts: the number separators, compact count units, month names and numeric date
 * order Vetlens reads pages with, taken from the Unicode CLDR, so that reading a page depends on the
 * page's own language and on data Vetlens ships, never on the browser's Intl data (Debian's
 * Chromium formats Azerbaijani like English).
 *
 * CLDR is not a dependency of Vetlens; to regenerate the table, install it beside the project and
 * run this script:
 *   npm install --no-save cldr-numbers-full@48.2.0 cldr-dates-full@48.2.0
 *   node --import tsx lib/cli/cldr-table.ts [node_modules directory]
 *   npx prettier --write lib/data/cldr.ts
 * CLDR data is © Unicode, Inc., under the Unicode License v3 (permissive; see lib/data/cldr.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Languages whose counts Vetlens reads (lib/parse/count.ts): separators, compact units and months. */
const COUNT_LANGUAGES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'tr',
  'ru',
  'uk',
  'az',
  'pl',
  'nl',
  'id',
  'hi',
  'ja',
  'ko',
  'zh',
  'ar',
  'fa',
  'cs',
  'sk',
  'ro',
  'hr',
  'sv',
  'vi',
];
/** YouTube's other interface languages: separators, months and date order, for the dates under a video. */
const DATE_ONLY_LANGUAGES = [
  'af',
  'bs',
  'ca',
  'da',
  'et',
  'eu',
  'fil',
  'gl',
  'zu',
  'is',
  'sw',
  'lv',
  'lt',
  'hu',
  'nb',
  'uz',
  'sq',
  'sl',
  'sr',
  'fi',
  'be',
  'bg',
];
const MORE_DATE_LANGUAGES = [
  'ky',
  'kk',
  'mk',
  'mn',
  'el',
  'hy',
  'he',
  'ur',
  'ne',
  'mr',
  'as',
  'bn',
  'pa',
  'gu',
  'or',
  'ta',
  'te',
  'kn',
  'ml',
  'si',
  'th',
  'lo',
  'my',
  'ka',
  'am',
  'km',
  'ms',
];
const LANGUAGES = [...COUNT_LANGUAGES, ...DATE_ONLY_LANGUAGES, ...MORE_DATE_LANGUAGES];

type Json = Record<string, unknown>;
const root = process.argv[2] ?? 'node_modules';
const VERSION = (JSON.parse(readFileSync(join(root, 'cldr-numbers-full/package.json'), 'utf8')) as { version: string }).version;

function get(json: unknown, ...path: string[]): unknown {
  let node = json;
  for (const key of path) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node;
}

const numberLocales = readdirSync(join(root, 'cldr-numbers-full/main'));
const dateLocales = readdirSync(join(root, 'cldr-dates-full/main'));

/** Languages pages write in more than one script: their script variants count too ("sr-Latn", "zh-Hant"). */
const SCRIPT_VARIANTS = ['sr', 'bs', 'uz', 'zh'];

/** The language itself and its regional variants ("en", "en-GB", "es-419"); other scripts (en-Dsrt, az-Cyrl) only where pages use them. */
function variantsOf(language: string, locales: string[]): string[] {
  return locales.filter(
    (locale) => locale === language || (locale.startsWith(`${language}-`) && (SCRIPT_VARIANTS.includes(language) || !/-[A-Z][a-z]{3}(-|$)/.test(locale))),
  );
}

const spaces = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/’/g, "'");

function symbols(locale: string): [string, string] {
  const json: unknown = JSON.parse(readFileSync(join(root, 'cldr-numbers-full/main', locale, 'numbers.json'), 'utf8'));
  const latn = get(json, 'main', locale, 'numbers', 'symbols-numberSystem-latn') as Json;
  return [spaces(String(latn.decimal)), spaces(String(latn.group))];
}

/** "0 mln", "00K", "0 тыс'.'", "0万" → the unit after the number and its power of ten; units written before the number are skipped. */
function compactUnits(locale: string): Record<string, number> {
  const json: unknown = JSON.parse(readFileSync(join(root, 'cldr-numbers-full/main', locale, 'numbers.json'), 'utf8'));
  const formats = get(json, 'main', locale, 'numbers', 'decimalFormats-numberSystem-latn') as Json;
  const units: Record<string, number> = {};
  for (const style of ['short', 'long']) {
    const patterns = get(formats, style, 'decimalFormat') as Record<string, string>;
    for (const [key, pattern] of Object.entries(patterns)) {
      const magnitude = /^1(0+)-count/.exec(key);
      const shape = /^(0+)\s*(.+)$/u.exec(pattern.replace(/'/g, ''));
      if (!magnitude || !shape || key.includes('alt')) continue;
      const unit = spaces(shape[2]!).trim().toLowerCase().normalize('NFC').replace(/\.$/, '');
      if (!unit || /[0#]/.test(unit)) continue;
      const power = magnitude[1]!.length - (shape[1]!.length - 1);
      if (units[unit] !== undefined && units[unit] !== power) throw new Error(`${locale}: "${unit}" means 10^${units[unit]} and 10^${power}`);
      units[unit] = power;
    }
  }
  return units;
}

function gregorian(locale: string): Json {
  return get(
    JSON.parse(readFileSync(join(root, 'cldr-dates-full/main', locale, 'ca-gregorian.json'), 'utf8')),
    'main',
    locale,
    'dates',
    'calendars',
    'gregorian',
  ) as Json;
}

/** Every word of every wide and abbreviated month name, format and stand-alone; a word two months share is dropped. */
function monthWords(language: string): string[][] {
  const byWord = new Map<string, Set<number>>();
  for (const locale of variantsOf(language, dateLocales)) {
    const months = get(gregorian(locale), 'months') as Json;
    for (const context of ['format', 'stand-alone'])
      for (const width of ['wide', 'abbreviated']) {
        const names = get(months, context, width) as Record<string, string>;
        for (const [month, name] of Object.entries(names)) {
          if (/\d/.test(name)) continue;
          for (const word of name
            .normalize('NFC')
            .toLowerCase()
            .split(/[\s\p{P}]+/u)) {
            if ([...word].length < 2) continue;
            if (!byWord.has(word)) byWord.set(word, new Set());
            byWord.get(word)!.add(Number(month));
          }
        }
      }
  }
  const table: string[][] = Array.from({ length: 12 }, () => []);
  for (const [word, months] of [...byWord].sort(([a], [b]) => a.localeCompare(b))) if (months.size === 1) table[[...months][0]! - 1]!.push(word);
  return table;
}

/** The order of day, month and year in the locale's short numeric date ("dd/MM/y" → "dmy"). */
function dateOrder(locale: string): string {
  const pattern = String(get(gregorian(locale), 'dateFormats', 'short')).replace(/'[^']*'/g, '');
  const order = [...new Set([...pattern].filter((ch) => ch === 'y' || ch === 'M' || ch === 'd'))].join('').toLowerCase();
  if (order.length !== 3) throw new Error(`${locale}: cannot tell the date order of "${pattern}"`);
  return order;
}

const separators: Record<string, [string, string]> = {};
const orders: Record<string, string> = {};
const units: Record<string, Record<string, number>> = {};
const months: Record<string, string[][]> = {};
for (const language of LANGUAGES) {
  const base = symbols(language);
  separators[language] = base;
  for (const locale of variantsOf(language, numberLocales)) {
    const own = symbols(locale);
    if (own.join('') !== base.join('')) separators[locale.toLowerCase()] = own;
  }
  const baseOrder = dateOrder(language);
  orders[language] = baseOrder;
  for (const locale of variantsOf(language, dateLocales)) {
    const own = dateOrder(locale);
    if (own !== baseOrder) orders[locale.toLowerCase()] = own;
  }
  months[language] = monthWords(language);
  if (COUNT_LANGUAGES.includes(language)) units[language] = compactUnits(language);
}

const out = `/**
 * Generated by lib/cli/cldr-table.ts from the Unicode CLDR ${VERSION} (cldr-numbers-full, cldr-dates-full): do not edit.
 *
 * Unicode License v3. Copyright © 1991-2026 Unicode, Inc. Permission is hereby granted, free of
 * charge, to any person obtaining a copy of data files and any associated documentation (the "Data
 * Files") or software and any associated documentation (the "Software") to deal in the Data Files
 * or Software without restriction, including without limitation the rights to use, copy, modify,
 * merge, publish, distribute, and/or sell copies of the Data Files or Software, and to permit
 * persons to whom the Data Files or Software are furnished to do so, provided that either (a) this
 * copyright and permission notice appear with all copies of the Data Files or Software, or (b) this
 * copyright and permission notice appear in associated Documentation. THE DATA FILES AND SOFTWARE
 * ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. Full text: https://www.unicode.org/license.txt
 */

export const CLDR_VERSION = '${VERSION}';

/** Locale (lower case) → [decimal sign, group separator] in Latin digits; regional variants only where they differ from their language. */
export const NUMBER_SEPARATORS: Readonly<Record<string, readonly [decimal: string, group: string]>> = ${JSON.stringify(separators)};

/** Language → compact count unit (lower case, no trailing dot) → power of ten, from CLDR's short and long decimal formats. */
export const COMPACT_UNITS: Readonly<Record<string, Readonly<Record<string, number>>>> = ${JSON.stringify(units)};

/** Language → the words of each month's wide and abbreviated names (January first), in every regional variant ("sept" from en-GB). */
export const MONTH_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = ${JSON.stringify(months)};

/** Locale (lower case) → order of day, month and year in its numeric dates; regional variants only where they differ. */
export const DATE_ORDER: Readonly<Record<string, string>> = ${JSON.stringify(orders)};
`;
writeFileSync('lib/data/cldr.ts', out);
console.log(`lib/data/cldr.ts: CLDR ${VERSION}, ${LANGUAGES.length} languages, ${Object.keys(separators).length} separator locales`);
