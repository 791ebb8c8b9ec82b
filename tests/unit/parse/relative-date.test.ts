import { describe, expect, it } from 'vitest';
import { parseRelativeDate } from '../../../lib/parse/relative-date';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const DAY = 86400 * 1000;

/** [lang, text, unit, amount] */
const CASES: [string, string, string, number][] = [
  ['en', '3 weeks ago', 'week', 3],
  ['en', '14 hours ago', 'hour', 14],
  ['en', 'Streamed 2 days ago', 'day', 2],
  ['en-GB', '13 days ago', 'day', 13],
  ['en', '1 year ago', 'year', 1],
  ['es', 'hace 2 días', 'day', 2],
  ['es', 'Hace 16 horas', 'hour', 16],
  ['es', 'Hace 1 mes', 'month', 1],
  ['pt-BR', 'há 3 semanas', 'week', 3],
  ['fr-FR', 'il y a 3 semaines', 'week', 3],
  ['fr', 'il y a 2 ans', 'year', 2],
  ['de', 'vor 2 Wochen', 'week', 2],
  ['de', 'vor 3 Tagen', 'day', 3],
  ['it', '5 ore fa', 'hour', 5],
  ['it', '2 anni fa', 'year', 2],
  ['tr', '3 hafta önce', 'week', 3],
  ['tr', '1 ay önce', 'month', 1],
  ['ru', '3 недели назад', 'week', 3],
  ['ru', '5 лет назад', 'year', 5],
  ['uk', '2 тижні тому', 'week', 2],
  ['az', '3 həftə əvvəl', 'week', 3],
  ['pl', '5 miesięcy temu', 'month', 5],
  ['nl', '3 weken geleden', 'week', 3],
  ['id', '2 hari yang lalu', 'day', 2],
  ['hi', '3 सप्ताह पहले', 'week', 3],
  ['ja', '3 日前', 'day', 3],
  ['ja', '1 か月前', 'month', 1],
  ['ko', '2주 전', 'week', 2],
  ['zh-CN', '5分钟前', 'minute', 5],
  ['zh-TW', '1個月前', 'month', 1],
];

describe('parseRelativeDate', () => {
  it.each(CASES)('[%s] %j → %s × %d', (lang, text, unit, amount) => {
    const parsed = parseRelativeDate(text, lang, NOW);
    expect(parsed).toMatchObject({ unit, amount });
  });

  it('counts back from the capture time', () => {
    expect(parseRelativeDate('3 days ago', 'en', NOW)!.iso).toBe(new Date(NOW.getTime() - 3 * DAY).toISOString());
    expect(parseRelativeDate('hace 2 días', 'es', NOW)!.iso).toBe(new Date(NOW.getTime() - 2 * DAY).toISOString());
    expect(parseRelativeDate('il y a 3 jours', 'fr', NOW.toISOString())).toMatchObject({
      iso: new Date(NOW.getTime() - 3 * DAY).toISOString(),
      approximate: true,
    });
    expect(parseRelativeDate('3 days ago', 'en', 'not a date')).toBeNull();
  });

  it('gives null for text without a time unit, or a language it does not know', () => {
    expect(parseRelativeDate('Premieres 12/1/26, 9:00 AM', 'en', NOW)).toBeNull();
    expect(parseRelativeDate('1.2M views', 'en', NOW)).toBeNull();
    expect(parseRelativeDate('3 weeks ago', 'xx', NOW)).toBeNull();
    expect(parseRelativeDate('hace 2 días', 'en', NOW)).toBeNull();
    expect(parseRelativeDate('', 'en', NOW)).toBeNull();
    expect(parseRelativeDate(null, 'en', NOW)).toBeNull();
  });
});
