import { describe, expect, it } from 'vitest';
import { parseAbsoluteDate, parseIsoDate } from '../../../lib/parse/absolute-date';

describe('calendar dates as YouTube prints them under a video', () => {
  // Each text below was printed by YouTube in a saved page (en, en-GB, es, de, vi) or follows CLDR for the language.
  const cases: [string, string, string][] = [
    ['Dec 5, 2019', 'en', '2019-12-05'],
    ['Premiered Jun 17, 2020', 'en', '2020-06-17'],
    ['Streamed live on Oct 31, 2019', 'en', '2019-10-31'],
    ['24 Aug 2019', 'en-GB', '2019-08-24'],
    ['Started streaming on 4 Jun 2026', 'en-GB', '2026-06-04'],
    ['10 mar 2018', 'es-ES', '2018-03-10'],
    ['Publicado el 14 abr. 2017', 'es', '2017-04-14'],
    ['Hochgeladen am 25.06.2011', 'de', '2011-06-25'],
    ['4 thg 4, 2007', 'vi-VN', '2007-04-04'],
    ['5 déc. 2019', 'fr', '2019-12-05'],
    ['5 дек. 2019 г.', 'ru', '2019-12-05'],
    ['2019/12/05', 'ja', '2019-12-05'],
    ['2019年12月5日', 'ja', '2019-12-05'],
    ['2019. 12. 5.', 'ko', '2019-12-05'],
    ['12/5/2019', 'en-US', '2019-12-05'],
    ['5 dek 2019', 'az', '2019-12-05'],
  ];
  for (const [text, lang, day] of cases)
    it(`reads "${text}" in ${lang}`, () => {
      expect(parseAbsoluteDate(text, lang)?.iso).toBe(`${day}T12:00:00.000Z`);
    });

  it('reads nothing that is not exactly one date', () => {
    for (const text of ['3 years ago', '1,234,567 views', '87,999 views • Jun 10, 2014', 'Dec 2019', '31.02.2019', '5 Foo 2019', '', '2019', '1/2/3/2019'])
      expect(parseAbsoluteDate(text, 'en'), text).toBeNull();
    expect(parseAbsoluteDate('31.02.2019', 'de')).toBeNull();
  });

  it('refuses a date after the capture, and any date in an unknown language tag', () => {
    expect(parseAbsoluteDate('Dec 5, 2030', 'en', new Date('2026-01-01T00:00:00Z'))).toBeNull();
    expect(parseAbsoluteDate('Dec 5, 2019', 'not a tag!')).toBeNull();
  });

  it('does not swap day and month: "12/5" is read only where the language writes the month first', () => {
    expect(parseAbsoluteDate('12/5/2019', 'en-US')?.month).toBe(12);
    expect(parseAbsoluteDate('12/5/2019', 'en-GB')?.month).toBe(5);
  });

  it("reads the microformat's ISO dates, day-only at noon UTC", () => {
    expect(parseIsoDate('2019-12-05')).toEqual({ iso: '2019-12-05T12:00:00.000Z', dayOnly: true });
    expect(parseIsoDate('2020-06-17T08:00:11-07:00')).toEqual({ iso: '2020-06-17T15:00:11.000Z', dayOnly: false });
    for (const text of ['2019-13-05', '2019-02-30', 'yesterday', '2019-12-05 10:00'] as const) expect(parseIsoDate(text), text).toBeNull();
  });
});
