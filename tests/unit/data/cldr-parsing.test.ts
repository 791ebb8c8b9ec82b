import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPACT_UNITS, MONTH_WORDS, NUMBER_SEPARATORS } from '../../../lib/data/cldr';

/**
 * Counts and dates read the same in every browser (issue 18, item 1): Debian's Chromium formats
 * Azerbaijani like English, so a parser that learned separators or month names from Intl read
 * "15.318" on an Azerbaijani Instagram page as 15.3. Here Intl is replaced by one that formats
 * every language as American English, and the parsers, loaded fresh (their caches empty), must read
 * exactly what they read with the real Intl.
 */

const RealIntl = Intl;

/** Intl as a build without locale data has it: every language formatted as en-US. */
function englishOnlyIntl(): typeof Intl {
  class EnglishNumberFormat extends RealIntl.NumberFormat {
    constructor(_locale?: string | string[], options?: Intl.NumberFormatOptions) {
      super('en-US', options);
    }
  }
  class EnglishDateTimeFormat extends RealIntl.DateTimeFormat {
    constructor(_locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super('en-US', options);
    }
  }
  return { ...RealIntl, NumberFormat: EnglishNumberFormat, DateTimeFormat: EnglishDateTimeFormat } as typeof Intl;
}

/** [page lang, text as the site prints it in that language, value, exact] */
const COUNTS: [string, string, number | null, boolean][] = [
  ['az', '15.318', 15318, true],
  ['az', '1.208 bəyənmə', 1208, true],
  ['az', '15,3 min izləyici', 15300, false],
  ['az', '2,4 mln baxış', 2_400_000, false],
  ['az', '1,2 mlrd', 1_200_000_000, false],
  ['ru', '1 234 567', 1_234_567, true],
  ['ru', '15,3 тыс. подписчиков', 15300, false],
  ['ru', '2,4 млн просмотров', 2_400_000, false],
  ['tr', '48.312 takipçi', 48312, true],
  ['tr', '48,3 B takipçi', 48300, false],
  ['tr', '1,2 Mn görüntüleme', 1_200_000, false],
  ['de', '12.345 Aufrufe', 12345, true],
  ['de', '1,2 Mio. Abonnenten', 1_200_000, false],
  ['de', '15,3 Tsd. Follower', 15300, false],
  ['de-CH', "12'345 Aufrufe", 12345, true],
  ['pt', '476.318 seguidores', 476_318, true],
  ['pt', '476 mil seguidores', 476_000, false],
  ['pt', '1,2 mi visualizações', 1_200_000, false],
  ['pt-PT', '476 318 seguidores', 476_318, true],
  ['es', '25.418 seguidores', 25418, true],
  ['es-MX', '25,418 seguidores', 25418, true],
  ['ja', '3.2万 回視聴', 32000, false],
  ['en', '15,318 followers', 15318, true],
];

/** [page lang, text, ISO day] */
const DATES: [string, string, string | null][] = [
  ['en-GB', '9 Sept 2010', '2010-09-09'],
  ['en', 'Premiered 9 Sept 2010', '2010-09-09'],
  ['az', '9 sentyabr 2010', '2010-09-09'],
  ['ru', '9 сент. 2010 г.', '2010-09-09'],
  ['tr', '9 Eyl 2010', '2010-09-09'],
  ['de', '09.09.2010', '2010-09-09'],
  ['en', '09/10/2010', '2010-09-10'],
  ['en-GB', '09/10/2010', '2010-10-09'],
  ['pt', '9 de set. de 2010', '2010-09-09'],
];

async function freshParsers() {
  vi.resetModules();
  const count = await import('../../../lib/parse/count');
  const absolute = await import('../../../lib/parse/absolute-date');
  const relative = await import('../../../lib/parse/relative-date');
  return { ...count, ...absolute, ...relative };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('counts and dates do not depend on the browser’s Intl data', () => {
  for (const intl of ['the real Intl', 'an Intl that formats every language as English'] as const) {
    it(`reads counts in the page's language with ${intl}`, async () => {
      if (intl !== 'the real Intl') vi.stubGlobal('Intl', englishOnlyIntl());
      const { parseCount } = await freshParsers();
      for (const [lang, text, value, exact] of COUNTS) expect(parseCount(text, lang), `${lang} ${text}`).toEqual(value === null ? null : { value, exact });
    });

    it(`reads calendar dates in the page's language with ${intl}`, async () => {
      if (intl !== 'the real Intl') vi.stubGlobal('Intl', englishOnlyIntl());
      const { parseAbsoluteDate } = await freshParsers();
      for (const [lang, text, day] of DATES) expect(parseAbsoluteDate(text, lang)?.iso.slice(0, 10) ?? null, `${lang} ${text}`).toBe(day);
    });
  }

  it('the stub does format Azerbaijani as English, so the test above can fail', () => {
    vi.stubGlobal('Intl', englishOnlyIntl());
    expect(new Intl.NumberFormat('az').format(15318.5)).toBe('15,318.5');
  });
});

describe('a calendar date is never read as a relative one', () => {
  it('"9 Sept 2010" is that day, not "9 seconds ago" or any time near the capture', async () => {
    const { parseRelativeDate, parseAbsoluteDate } = await freshParsers();
    const capturedAt = new Date('2025-06-01T00:00:00Z');
    expect(parseAbsoluteDate('9 Sept 2010', 'en', capturedAt)?.iso).toBe('2010-09-09T12:00:00.000Z');
    expect(parseRelativeDate('9 Sept 2010', 'en', capturedAt)).toBeNull();
    expect(parseRelativeDate('9 sec ago, 2010', 'en', capturedAt)).toBeNull();
    expect(parseRelativeDate('9 seconds ago', 'en', capturedAt)?.iso).toBe('2025-05-31T23:59:51.000Z');
  });
});

describe('the CLDR table Vetlens ships', () => {
  it('holds the separators, compact units and month words the sites print', () => {
    expect(NUMBER_SEPARATORS.az).toEqual([',', '.']);
    expect(NUMBER_SEPARATORS['de-ch']).toEqual(['.', "'"]);
    expect(NUMBER_SEPARATORS.ru).toEqual([',', ' ']);
    expect(COMPACT_UNITS.az).toMatchObject({ min: 3, mln: 6, mlrd: 9 });
    expect(COMPACT_UNITS.ru).toMatchObject({ тыс: 3, млн: 6, млрд: 9 });
    expect(COMPACT_UNITS.tr).toMatchObject({ b: 3, mn: 6, mr: 9 });
    expect(COMPACT_UNITS.de).toMatchObject({ mio: 6, mrd: 9 });
    expect(COMPACT_UNITS.pt).toMatchObject({ mil: 3, mi: 6, bi: 9 });
    expect(COMPACT_UNITS.ja).toMatchObject({ 万: 4, 億: 8 });
    expect(MONTH_WORDS.en?.[8]).toEqual(['sep', 'sept', 'september']);
    expect(MONTH_WORDS.az?.[8]).toContain('sentyabr');
  });
});
