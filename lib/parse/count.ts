/**
 * Parses the counts the sites print: "2,362", "12.5K", "1.2M", "4,69 M de suscriptores",
 * "10 mil visualizaciones", "1,66 M d’abonnés", "3.2万", "구독자 12.3만명".
 *
 * A count the parser cannot read with confidence is null, never a guess: a misread separator makes
 * a creator a thousand times bigger or smaller. `exact` says whether the page gave every digit.
 *
 * Separators come from the platform's own CLDR data (Intl.NumberFormat) for the page's `lang`; units
 * come from the table below, which lists what the sites print: as seen in the saved pages
 * (tests/fixtures, sources in tests/fixtures/SOURCES.md) and in NewPipeExtractor's table of YouTube's
 * number abbreviations in its 80 languages (github.com/TeamNewPipe/NewPipeExtractor,
 * `extractor/src/main/java/org/schabi/newpipe/extractor/localization/AbbreviationHelper.java`), or
 * from CLDR's compact number forms where a language is believed, not seen (marked so).
 * tests/unit/count.test.ts reads a rounded count in every language of the table.
 */
export interface ParsedCount {
  value: number;
  exact: boolean;
}

/** Unit word (lower case, no trailing dot) → power of ten. Longest match wins. */
type UnitTable = Readonly<Record<string, number>>;

/** K/M/B mean the same in most languages the sites serve; a language that gives them another meaning overrides them. */
const LATIN: UnitTable = { k: 3, m: 6, b: 9, bn: 9 };

const UNITS: Readonly<Record<string, UnitTable>> = {
  en: { ...LATIN, thousand: 3, million: 6, millions: 6, billion: 9, billions: 9 },
  es: { ...LATIN, mil: 3, 'mil m': 9, millón: 6, millon: 6, millones: 6, 'mil millones': 9 },
  pt: { ...LATIN, mil: 3, mi: 6, bi: 9, mm: 9, 'mil m': 9, milhão: 6, milhao: 6, milhões: 6, milhoes: 6, bilhão: 9, bilhões: 9, 'mil milhões': 9 },
  fr: { ...LATIN, md: 9, mrd: 9, mille: 3, millier: 3, milliers: 3, million: 6, millions: 6, milliard: 9, milliards: 9 },
  de: { ...LATIN, tsd: 3, mio: 6, mrd: 9, tausend: 3, million: 6, millionen: 6, milliarde: 9, milliarden: 9 },
  it: { ...LATIN, mila: 3, mille: 3, mln: 6, mld: 9, mrd: 9, milione: 6, milioni: 6, miliardo: 9, miliardi: 9 },
  // Turkish "B" is bin (thousand), not billion.
  tr: { k: 3, b: 3, mn: 6, mr: 9, mlr: 9, bin: 3, milyon: 6, milyar: 9 },
  ru: { ...LATIN, тыс: 3, млн: 6, млрд: 9, тысяча: 3, тысячи: 3, тысяч: 3, миллион: 6, миллиона: 6, миллионов: 6, миллиард: 9, миллиарда: 9, миллиардов: 9 },
  uk: {
    ...LATIN,
    тис: 3,
    млн: 6,
    млрд: 9,
    тисяча: 3,
    тисячі: 3,
    тисяч: 3,
    мільйон: 6,
    мільйона: 6,
    мільйони: 6,
    мільйонів: 6,
    мільярд: 9,
    мільярда: 9,
    мільярди: 9,
    мільярдів: 9,
  },
  // Azerbaijani "min" is min (thousand); believed from CLDR, not yet seen in a capture.
  az: { ...LATIN, min: 3, mln: 6, mlrd: 9, milyon: 6, milyard: 9 },
  pl: {
    ...LATIN,
    tys: 3,
    mln: 6,
    mld: 9,
    tysiąc: 3,
    tysiące: 3,
    tysięcy: 3,
    tysiąca: 3,
    milion: 6,
    miliony: 6,
    milionów: 6,
    miliona: 6,
    miliard: 9,
    miliardy: 9,
    miliardów: 9,
    miliarda: 9,
  },
  nl: { ...LATIN, mln: 6, mld: 9, duizend: 3, miljoen: 6, miljard: 9 },
  // Indonesian "M" is miliar (10⁹), not million.
  id: { k: 3, rb: 3, jt: 6, m: 9, t: 12, ribu: 3, juta: 6, miliar: 9 },
  hi: { ...LATIN, हज़ार: 3, हजार: 3, लाख: 5, 'क॰': 7, करोड़: 7, 'अ॰': 9, अरब: 9 },
  ja: { ...LATIN, 千: 3, 万: 4, 億: 8 },
  ko: { ...LATIN, 천: 3, 만: 4, 억: 8 },
  zh: { ...LATIN, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 },
  // Arabic and Persian print words, not letters ("١٫٢ مليون", "۱٫۲ میلیون"); K/M appear on Latin-digit pages.
  ar: { ...LATIN, ألف: 3, آلاف: 3, الف: 3, مليون: 6, ملايين: 6, مليار: 9 },
  fa: { ...LATIN, هزار: 3, میلیون: 6, میلیارد: 9 },
  // "mil" is a million in these languages: why the page's lang must decide.
  cs: { ...LATIN, tis: 3, mil: 6, mld: 9 },
  sk: { ...LATIN, tis: 3, mil: 6, mld: 9 },
  ro: { ...LATIN, mii: 3, mil: 6, mld: 9 },
  hr: { ...LATIN, tis: 3, mil: 6, mlr: 9 },
  sv: { ...LATIN, tn: 3, mn: 6, md: 9 },
  // Vietnamese "N" is nghìn (thousand), "Tr" triệu (million), "T" tỷ (billion): seen on YouTube (ytdl-core's vi-VN watch page, 2022).
  vi: { n: 3, nghìn: 3, tr: 6, triệu: 6, t: 9, tỷ: 9 },
};

/** The languages whose count units are known (primary tags). */
export const COUNT_UNIT_LANGUAGES: readonly string[] = Object.keys(UNITS);

/** Indian English prints lakh and crore. */
const EN_IN_EXTRA: UnitTable = { l: 5, lakh: 5, lac: 5, cr: 7, crore: 7 };

/** Every unit any language uses: a unit foreign to the page's language means we cannot tell. */
const ALL_UNITS = new Set(
  Object.values(UNITS)
    .flatMap((table) => Object.keys(table))
    .concat(Object.keys(EN_IN_EXTRA))
    .map((unit) => unit.normalize('NFC')),
);

function normalizeKeys(table: UnitTable): UnitTable {
  return Object.fromEntries(Object.entries(table).map(([unit, power]) => [unit.normalize('NFC'), power]));
}

interface LocaleRules {
  units: UnitTable;
  decimal: '.' | ',' | null;
  group: string | null;
  indianGrouping: boolean;
}

const rulesCache = new Map<string, LocaleRules>();

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
}

/**
 * Right-to-left pages wrap numbers in direction marks, and Arabic script has its own separators:
 * "٬" groups thousands and "٫" is the decimal sign in every language that uses them, so they map
 * to "," and "." without ambiguity (see `localeRules`).
 */
function normalizeScript(text: string): string {
  return text
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.');
}

function localeRules(lang: string): LocaleRules {
  const key = lang.trim().replace(/_/g, '-').toLowerCase();
  const cached = rulesCache.get(key);
  if (cached) return cached;
  const primary = key.split('-')[0] ?? '';
  const base = UNITS[primary];
  const indian = primary === 'hi' || /-in\b/.test(key);
  const units = normalizeKeys(indian ? { ...base, ...EN_IN_EXTRA } : (base ?? {}));
  let decimal: LocaleRules['decimal'] = null;
  let group: string | null = null;
  try {
    const parts = new Intl.NumberFormat(key || 'und').formatToParts(1234567.5);
    const d = parts.find((p) => p.type === 'decimal')?.value;
    const g = parts.find((p) => p.type === 'group')?.value;
    decimal = d === '.' || d === ',' ? d : null;
    group = g === undefined ? null : normalizeSpaces(g).replace(/’/g, "'");
  } catch {
    // An invalid tag: separators stay unknown, so only unambiguous numbers parse.
  }
  // Units are only trusted for a language in the table; Intl's fallback for unknown tags is English.
  if (!base) decimal = null;
  // Intl gives Arabic-script separators here; normalizeScript has already turned them into these.
  if (primary === 'ar' || primary === 'fa') {
    decimal = '.';
    group = ',';
  }
  const rules: LocaleRules = { units, decimal, group, indianGrouping: indian };
  rulesCache.set(key, rules);
  return rules;
}

const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** Arabic-Indic, Devanagari, Bengali and full-width digits → ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** A run of digits with separators: "1,234,567", "4,69", "12 345", "1'234.5". */
const NUMBER_TOKEN = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}])\d+(?:(?:[.,']|\s(?=\d{3}(?!\d)))\d+)*/u;

interface SplitNumber {
  integer: string;
  fraction: string;
}

/** Decides which separator is the decimal one; null when the token could mean two different numbers. */
function splitNumber(token: string, rules: LocaleRules): SplitNumber | null {
  const pieces = token.split(/([.,'\s])/);
  const groups = pieces.filter((_, i) => i % 2 === 0);
  const seps = pieces.filter((_, i) => i % 2 === 1);
  if (seps.length === 0) return { integer: token, fraction: '' };

  const last = seps[seps.length - 1]!;
  let decimalAt = -1;
  if (last === '.' || last === ',') {
    const sameEarlier = seps.slice(0, -1).includes(last);
    const otherEarlier = seps.slice(0, -1).some((s) => s !== last);
    const tail = groups[groups.length - 1]!;
    if (sameEarlier) decimalAt = -1;
    else if (otherEarlier) decimalAt = seps.length - 1;
    else if (tail.length !== 3) decimalAt = seps.length - 1;
    else if (rules.decimal === last) decimalAt = seps.length - 1;
    // "1.234" is 1234 where "." groups (German) and unreadable where it is neither (French).
    else if (rules.decimal !== null && rules.group === last) decimalAt = -1;
    else return null;
  }

  const intGroups = decimalAt === -1 ? groups : groups.slice(0, -1);
  const groupSeps = decimalAt === -1 ? seps : seps.slice(0, -1);
  if (new Set(groupSeps).size > 1) return null;
  if (!validGrouping(intGroups, rules.indianGrouping)) return null;
  return { integer: intGroups.join(''), fraction: decimalAt === -1 ? '' : groups[groups.length - 1]! };
}

function validGrouping(groups: string[], indian: boolean): boolean {
  if (groups.length === 1) return true;
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || first.startsWith('0')) return false;
  const lastGroup = rest[rest.length - 1]!;
  if (lastGroup.length !== 3) return false;
  const middle = rest.slice(0, -1);
  if (middle.every((g) => g.length === 3)) return true;
  // Indian grouping: 12,34,567.
  return indian && first.length <= 2 && middle.every((g) => g.length === 2);
}

/** The unit right after the number, if any: the longest entry of the table that ends at a word boundary. */
function matchUnit(rest: string, units: UnitTable): { power: number; length: number } | 'foreign' | null {
  const text = rest.replace(/^\s+/, '');
  const skipped = rest.length - text.length;
  const candidates = Object.keys(units).sort((a, b) => b.length - a.length);
  for (const unit of candidates) {
    if (!text.startsWith(unit)) continue;
    let end = unit.length;
    if (text[end] === '.') end += 1;
    const next = text[end];
    const isWordy = /\p{Script=Latin}|\p{Script=Cyrillic}|\p{Script=Devanagari}/u.test(unit);
    if (isWordy && next !== undefined && /[\p{L}\p{M}]/u.test(next)) continue;
    return { power: units[unit]!, length: skipped + end };
  }
  const word = text.match(/^[\p{L}\p{M}]+(?:\s[\p{L}]+)?/u)?.[0] ?? '';
  const first = word.split(' ')[0] ?? '';
  if (ALL_UNITS.has(first) || ALL_UNITS.has(word)) return 'foreign';
  // A CJK unit glued to other text ("万人") is foreign when the language does not use it.
  if (/^[千万萬亿億천만억]/u.test(text)) return 'foreign';
  return null;
}

/**
 * Reads the first count in `text` ("4,69 M de suscriptores" → 4 690 000, rounded).
 * `lang` is the page's `lang`; it settles "mil" (a thousand in Spanish, a million in Czech) and
 * whether "1.234" has a decimal point. Unknown or foreign units give null.
 */
export function parseCount(text: string | null | undefined, lang = 'en'): ParsedCount | null {
  if (text === null || text === undefined) return null;
  const read = readCount(cleanCountText(text), lang);
  return read ? { value: read.value, exact: read.exact } : null;
}

function cleanCountText(text: string): string {
  return asciiDigits(normalizeScript(normalizeSpaces(text.normalize('NFC'))).replace(/’/g, "'")).toLowerCase();
}

/**
 * A text that holds one count and its words, in either order ("944 followers", "팔로워 944",
 * "Подписчики: 1,2 млн", "۱۲٫۳ هزار دنبال‌کننده"): the count and the words around it, lower-cased.
 * Null when the text holds no count or more than one number, or the count cannot be read.
 */
export function splitCountText(
  text: string | null | undefined,
  lang = 'en',
  separators: 'page' | 'page-or-english' = 'page',
): { count: ParsedCount; label: string } | null {
  if (!text) return null;
  const cleaned = cleanCountText(text);
  const tokens = cleaned.match(new RegExp(NUMBER_TOKEN.source, 'gu')) ?? [];
  if (tokens.length !== 1) return null;
  const read = readCount(cleaned, lang) ?? (separators === 'page-or-english' ? readCount(cleaned, lang, localeRules('en').decimal) : null);
  if (!read) return null;
  const label = `${cleaned.slice(0, read.start)} ${cleaned.slice(read.end)}`.replace(/[\s:：·•,،]+/g, ' ').trim();
  if (/\d/.test(label)) return null;
  return { count: { value: read.value, exact: read.exact }, label };
}

/**
 * The first count in an already cleaned text, with where it starts and ends (unit included).
 * `englishSeparators` reads the digits as English writes them ("1,432", "476.3") with the
 * language's units: the form some sites use in every language's meta tags.
 */
function readCount(cleaned: string, lang: string, englishSeparators?: LocaleRules['decimal']): (ParsedCount & { start: number; end: number }) | null {
  const match = NUMBER_TOKEN.exec(cleaned);
  if (!match) return null;
  // A token that is only part of something stranger ("-5", ".5.", "12..5", "1e9", "0x10", "3 4 5")
  // is not a count: reading its first digits would be a guess.
  const before = cleaned[match.index - 1];
  if (before !== undefined && /[-−.,]/.test(before)) return null;
  const rest = cleaned.slice(match.index + match[0].length);
  if (/^[.,'/:][.,'/:\d]/.test(rest) || /^\s*[-−/]?\d/.test(rest)) return null;
  const pageRules = localeRules(lang);
  const rules = englishSeparators === undefined ? pageRules : { ...pageRules, decimal: englishSeparators, group: ',', indianGrouping: false };
  const split = splitNumber(match[0].trim(), rules);
  if (!split) return null;
  const unit = matchUnit(rest, rules.units);
  if (unit === 'foreign') return null;
  if (!unit && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]/u.test(rest)) return null;
  const power = unit?.power ?? 0;
  if (split.fraction.length > power) return null;
  const digits = split.integer + split.fraction.padEnd(power, '0');
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > 1e13) return null;
  const end = match.index + match[0].length + (unit?.length ?? 0);
  const after = unit ? cleaned.slice(end) : '';
  const lowerBound = /^\s*\+/.test(after) || (!unit && /^\s*\+/.test(cleaned.slice(match.index + match[0].length)));
  return { value, exact: power === 0 && !lowerBound, start: match.index, end };
}

/**
 * Whether the units of `lang` are known. Without them an abbreviated count cannot be read safely:
 * a bare "50 N" (50 thousand in Vietnamese) would read as 50.
 */
export function knowsCountUnits(lang: string): boolean {
  const primary = lang.trim().replace(/_/g, '-').toLowerCase().split('-')[0] ?? '';
  return UNITS[primary] !== undefined;
}

/** Of two readings of one count ("1.65M" and "1.65 million"), the fuller: exact first, then more significant digits. */
export function preferFuller(a: ParsedCount | null, b: ParsedCount | null): ParsedCount | null {
  if (!a) return b;
  if (!b) return a;
  if (a.exact !== b.exact) return a.exact ? a : b;
  const digits = (n: number) => String(n).replace(/0+$/, '').length;
  return digits(b.value) > digits(a.value) ? b : a;
}
