/**
 * The CLDR patterns Vetlens needs for the languages it speaks, shipped with it rather than read from
 * the browser: Chromium carries ICU data only for the languages of its own interface, and formats
 * "az" as English ("AZN 1,200.50", "1.2M"), and Debian's build may lack Azerbaijani plural data.
 * Values are CLDR 46's for "az" (numbers.json: currencyFormats-numberSystem-latn "#,##0.00 ¤",
 * decimalFormats short "0 mln" / "0 mlrd", plurals "one: n = 1"), except thousands: CLDR's short
 * form for them is "0K", and Azerbaijani marketers write "min" (the long form), as the tier filter does.
 */
export interface LocalePatterns {
  /** The currency sign after the number, separated by a no-break space ("1.200,50 ₼"). */
  currencyAfter: boolean;
  /** Signs per currency; a currency not listed is written by its ISO code. */
  currencySymbols: Record<string, string>;
  /** Short units from the largest down: a number at or above `from` is divided by it. */
  compactUnits: Array<{ from: number; unit: string }>;
  /** Plural category of a number: Azerbaijani and English both have "one" and "other". */
  plural(n: number): 'one' | 'other';
  /** The currency a new campaign starts in when the interface speaks this language. */
  defaultCurrency: string;
}

const oneIsOne = (n: number): 'one' | 'other' => (n === 1 ? 'one' : 'other');

const PATTERNS: Record<string, LocalePatterns> = {
  az: {
    currencyAfter: true,
    currencySymbols: { AZN: '₼', USD: '$', EUR: '€', GBP: '£', RUB: '₽', TRY: '₺', GEL: '₾', KZT: '₸', UAH: '₴' },
    compactUnits: [
      { from: 1e9, unit: 'mlrd' },
      { from: 1e6, unit: 'mln' },
      { from: 1e3, unit: 'min' },
    ],
    plural: oneIsOne,
    defaultCurrency: 'AZN',
  },
  en: {
    currencyAfter: false,
    currencySymbols: {},
    compactUnits: [],
    // English "one" is 1 written without decimals; counts in messages are whole numbers.
    plural: (n) => (n === 1 && Number.isInteger(n) ? 'one' : 'other'),
    defaultCurrency: 'USD',
  },
};

/** The shipped patterns for a locale's language, or null where Vetlens ships none. */
export function localePatterns(locale: string): LocalePatterns | null {
  return PATTERNS[locale.split(/[-_]/)[0]!.toLowerCase()] ?? null;
}

/** The currency a new campaign starts in: AZN in Azerbaijani, USD otherwise. */
export function defaultCurrencyFor(locale: string): string {
  return localePatterns(locale)?.defaultCurrency ?? 'USD';
}

/** The plural category of a count in the interface language, shipped rules first, then Intl's. */
export function pluralCategory(locale: string, n: number): 'one' | 'other' {
  const patterns = localePatterns(locale);
  if (patterns) return patterns.plural(n);
  try {
    return new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}
