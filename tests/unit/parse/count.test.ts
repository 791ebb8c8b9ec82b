import { describe, expect, it } from 'vitest';
import { COUNT_UNIT_LANGUAGES, knowsCountUnits, parseCount, preferFuller, splitCountText } from '../../../lib/parse/count';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** [page lang, text as the site prints it, expected value or null, exact?] */
const CASES: [string, string, number | null, boolean?][] = [
  // English, including en-GB lower case and the long accessibility forms.
  ['en', '2,362', 2362, true],
  ['en', '2,362 Followers', 2362, true],
  ['en', '783.4K', 783400, false],
  ['en', '3.9M', 3900000, false],
  ['en', '22.1M subscribers', 22100000, false],
  ['en', '3.3K videos', 3300, false],
  ['en-GB', '25m subscribers', 25000000, false],
  ['en-GB', '4.32m subscribers', 4320000, false],
  ['en-GB', '8.84k subscribers', 8840, false],
  ['en', '1.38M', 1380000, false],
  ['en', '19 million subscribers', 19000000, false],
  ['en', '8.84 thousand subscribers', 8840, false],
  ['en', '1.2B views', 1200000000, false],
  ['en', '1.2bn', 1200000000, false],
  ['en', '7,077,417 views', 7077417, true],
  ['en', '957 views', 957, true],
  ['en', '0', 0, true],
  ['en', '1.234', null],
  ['en', '10 mil views', null],
  ['en', '12 bin', null],
  ['en', 'No views', null],
  ['en', '', null],
  ['en', '1,23', null],
  ['en-IN', '12,34,567', 1234567, true],
  ['en-IN', '1.2L subscribers', 120000, false],
  ['en-IN', '12Cr', 120000000, false],
  ['en', '12,34,567', null],
  ['en', '1.2345K', null],
  // Spanish: "mil" is a thousand, "mil M" a billion, NBSP before the unit.
  ['es', `4,69${NBSP}M de suscriptores`, 4690000, false],
  ['es', '4,69 millones de suscriptores', 4690000, false],
  ['es', `6,8${NBSP}K vídeos`, 6800, false],
  ['es', '229 mil', 229000, false],
  ['es', '10 mil visualizaciones', 10000, false],
  ['es', '127.696 visualizaciones', 127696, true],
  ['es', '10.319 visualizaciones', 10319, true],
  ['es', `127${NBSP}K visualizaciones`, 127000, false],
  ['es', '1,2 mil M de visualizaciones', 1200000000, false],
  ['es', '1,2 mil millones', 1200000000, false],
  ['es-419', '1.2 M de suscriptores', 1200000, false],
  ['es-419', '1,234 vistas', 1234, true],
  ['es-ES', '1,234', null],
  // Portuguese.
  ['pt-BR', '1,2 mi de inscritos', 1200000, false],
  ['pt-BR', '12 mil visualizações', 12000, false],
  ['pt-BR', '3,4 bi', 3400000000, false],
  ['pt-BR', '1.234 inscritos', 1234, true],
  ['pt-PT', `1,2${NBSP}M de subscritores`, 1200000, false],
  ['pt', '2 milhões de visualizações', 2000000, false],
  // French: narrow no-break space groups thousands, "Md" is a billion.
  ['fr-FR', `1,66${NBSP}M d’abonnés`, 1660000, false],
  ['fr', '1,66 million d’abonnés', 1660000, false],
  ['fr', `3,4${NBSP}k vidéos`, 3400, false],
  ['fr', `12${NNBSP}345 vues`, 12345, true],
  ['fr', `1${NBSP}234${NBSP}567 vues`, 1234567, true],
  ['fr', '2,1 Md de vues', 2100000000, false],
  ['fr', '1.234 vues', null],
  // German.
  ['de', '4,69 Mio. Abonnenten', 4690000, false],
  ['de', '12.345 Aufrufe', 12345, true],
  ['de', '1,2 Tsd. Aufrufe', 1200, false],
  ['de', '2,5 Mrd. Aufrufe', 2500000000, false],
  ['de', '3,2 Millionen Abonnenten', 3200000, false],
  ['de', '1,234', null],
  ['de-CH', "1'234 Aufrufe", 1234, true],
  ['de-CH', '1.2 Mio. Abonnenten', 1200000, false],
  // Italian.
  ['it', '1,2 Mln di iscritti', 1200000, false],
  ['it', '12.345 visualizzazioni', 12345, true],
  ['it', '3,4K visualizzazioni', 3400, false],
  ['it', '1,5 Mld', 1500000000, false],
  ['it', '12 mila visualizzazioni', 12000, false],
  // Turkish: "B" is bin (thousand).
  ['tr', '1,2 Mn abone', 1200000, false],
  ['tr', '12 B görüntüleme', 12000, false],
  ['tr', '3,4 Mr', 3400000000, false],
  ['tr', '12.345 görüntüleme', 12345, true],
  // Vietnamese, as YouTube printed it in ytdl-core's vi-VN watch page (2022): "N" nghìn, "Tr" triệu.
  ['vi-VN', '11.579.654 lượt xem', 11579654, true],
  ['vi-VN', '11 Tr lượt xem', 11000000, false],
  ['vi-VN', '34,2 N người đăng ký', 34200, false],
  ['vi-VN', '34,2 nghìn người đăng ký', 34200, false],
  ['vi-VN', 'và 50.664 người khác thích video này', 50664, true],
  ['vi-VN', '50 N', 50000, false],
  // Russian and Ukrainian.
  ['ru', '1,2 тыс. подписчиков', 1200, false],
  ['ru', '12 млн подписчиков', 12000000, false],
  ['ru', `12${NBSP}345 просмотров`, 12345, true],
  ['ru', '2,3 млрд просмотров', 2300000000, false],
  ['uk', '1,2 тис. підписників', 1200, false],
  ['uk', '3,4 млн переглядів', 3400000, false],
  ['uk', '5 мільйонів переглядів', 5000000, false],
  // Azerbaijani (believed from CLDR, not seen in a capture).
  ['az', '1,2 min abunəçi', 1200, false],
  ['az', '3,4 mln baxış', 3400000, false],
  ['az', '12.345 baxış', 12345, true],
  ['az', '2 mlrd', 2000000000, false],
  // Polish.
  ['pl', '1,2 tys. subskrybentów', 1200, false],
  ['pl', '3,4 mln wyświetleń', 3400000, false],
  ['pl', `12${NBSP}345 wyświetleń`, 12345, true],
  ['pl', '1,1 mld', 1100000000, false],
  // Dutch.
  ['nl', '1,2 mln. abonnees', 1200000, false],
  ['nl', '12K weergaven', 12000, false],
  ['nl', '12.345 weergaven', 12345, true],
  ['nl', '2 mld. weergaven', 2000000000, false],
  // Indonesian: "M" is miliar (a billion).
  ['id', '1,2 jt subscriber', 1200000, false],
  ['id', '12 rb x ditonton', 12000, false],
  ['id', '1,5 M x ditonton', 1500000000, false],
  ['id', '12.345 x ditonton', 12345, true],
  // Hindi: lakh and crore, with and without the nukta.
  ['hi', '1.2 लाख सब्सक्राइबर', 120000, false],
  ['hi', '12 हज़ार व्यूज़', 12000, false],
  ['hi', '12 हजार व्यूज़', 12000, false],
  ['hi', '1.5 क॰ सब्सक्राइबर', 15000000, false],
  ['hi', '12,34,567 व्यूज़', 1234567, true],
  ['hi', '१२ लाख', 1200000, false],
  // Japanese, Korean, Chinese: 万/만 is ten thousand, 億/억 a hundred million.
  ['ja', 'チャンネル登録者数 123万人', 1230000, false],
  ['ja', '1.2万 回視聴', 12000, false],
  ['ja', '3.4億 回視聴', 340000000, false],
  ['ja', '3,456 回視聴', 3456, true],
  ['ko', '구독자 12.3만명', 123000, false],
  ['ko', '조회수 1.2천회', 1200, false],
  ['ko', '조회수 3.4억회', 340000000, false],
  ['ko', '조회수 1,234회', 1234, true],
  ['zh-CN', '123万位订阅者', 1230000, false],
  ['zh-CN', '订阅者123万', 1230000, false],
  ['zh-TW', '1.2萬 位訂閱者', 12000, false],
  ['zh-Hant-TW', '3.4億次觀看', 340000000, false],
  ['zh-CN', '1.2亿次观看', 120000000, false],
  ['en', '1.2万', null],
  // "mil" is a million in Czech and Romanian: the page's lang decides.
  ['cs', '1,2 mil. odběratelů', 1200000, false],
  ['ro', '3 mil. de abonați', 3000000, false],
  // Slovak, Croatian and Swedish, in the unit table's forms (not yet seen in a capture).
  ['sk', '1,2 tis. odberateľov', 1200, false],
  ['sk', '3 mil. zhliadnutí', 3000000, false],
  ['hr', '1,2 tis. pretplatnika', 1200, false],
  ['hr', '2 mlr. pregleda', 2000000000, false],
  ['sv', '1,2 tn prenumeranter', 1200, false],
  ['sv', '3,4 mn visningar', 3400000, false],
  ['sv', `12${NBSP}345 visningar`, 12345, true],
  ['es', '3 mil', 3000, false],
  ['und', '3 mil', null],
  ['xx', '1,234', null],
  ['xx', '4,69', null],
  ['en', '99+', 99, false],
  // Arabic and Persian: their own digits and separators (٬ groups, ٫ is the decimal sign), words
  // for thousand and million, and direction marks around the number on right-to-left pages.
  ['ar', '١٢٬٣٤٥', 12345, true],
  ['ar', '١٢٫٣ ألف متابع', 12300, false],
  ['ar', '\u200f١٫٢ مليون\u200f', 1200000, false],
  ['ar', '12,345 متابع', 12345, true],
  ['ar', '٣ مليار', 3000000000, false],
  ['fa', '۱۲٬۳۴۵', 12345, true],
  ['fa', '۱۲٫۳ هزار دنبال‌کننده', 12300, false],
  ['fa', '۱٫۵ میلیون', 1500000, false],
  ['en', '١٢٫٣ ألف', null],
];

describe('parseCount: abbreviated, localized counts', () => {
  it('reads a rounded count in every language whose units it knows', () => {
    // The unit table is the parser's own; a language added to it without a case here fails.
    const rounded = new Set(CASES.filter(([, , value, exact]) => value !== null && exact === false).map(([lang]) => lang.split('-')[0]));
    expect(COUNT_UNIT_LANGUAGES.length).toBeGreaterThan(0);
    expect(COUNT_UNIT_LANGUAGES.filter((lang) => !rounded.has(lang))).toEqual([]);
  });

  it.each(CASES)('[%s] %j → %s', (lang, text, value, exact) => {
    const parsed = parseCount(text, lang);
    if (value === null) expect(parsed).toBeNull();
    else expect(parsed).toEqual({ value, exact: exact ?? true });
  });

  it('reads null and undefined as nothing', () => {
    expect(parseCount(null)).toBeNull();
    expect(parseCount(undefined)).toBeNull();
  });

  it('defaults to English', () => {
    expect(parseCount('1.2K')).toEqual({ value: 1200, exact: false });
  });
});

describe('splitCountText: one count and its words', () => {
  it.each([
    ['ko', '팔로워 944', 944, true, '팔로워'],
    ['ko', '게시물 58개', 58, true, '게시물 개'],
    ['en', '187.4K followers', 187400, false, 'followers'],
    ['ru', 'Подписчики: 1,2 млн', 1200000, false, 'подписчики'],
    ['ar', 'متابعون ١٢٫٣ ألف', 12300, false, 'متابعون'],
    ['tr', '48,3 B takipçi', 48300, false, 'takipçi'],
  ] as const)('[%s] %j', (lang, text, value, exact, label) => {
    expect(splitCountText(text, lang)).toEqual({ count: { value, exact }, label });
  });

  it('gives nothing for a text with two numbers or none', () => {
    expect(splitCountText('5월 3일', 'ko')).toBeNull();
    expect(splitCountText('12 posts 3 followers', 'en')).toBeNull();
    expect(splitCountText('followers', 'en')).toBeNull();
  });

  it("reads the English digit form with the page's units where its own cannot", () => {
    expect(splitCountText('8,579 публикаций', 'ru')).toBeNull();
    expect(splitCountText('8,579 публикаций', 'ru', 'page-or-english')?.count).toEqual({ value: 8579, exact: true });
    expect(splitCountText('476.3 mil seguidores', 'pt', 'page-or-english')?.count).toEqual({ value: 476300, exact: false });
    // The page's own form still wins where it reads: "1.432" is 1432 in German.
    expect(splitCountText('1.432 Abonnenten', 'de', 'page-or-english')?.count).toEqual({ value: 1432, exact: true });
  });
});

describe('preferFuller', () => {
  it('prefers an exact reading, then the one with more significant digits', () => {
    const rounded = parseCount('1.65M', 'en');
    const fuller = parseCount('1.654 million', 'en');
    const exact = parseCount('1,654,321', 'en');
    expect(preferFuller(rounded, fuller)).toEqual(fuller);
    expect(preferFuller(fuller, exact)).toEqual(exact);
    expect(preferFuller(null, rounded)).toEqual(rounded);
    expect(preferFuller(rounded, null)).toEqual(rounded);
  });
});

describe('knowsCountUnits', () => {
  it('knows the languages of the unit table, by their primary tag, and no others', () => {
    for (const lang of ['en', 'en-GB', 'es-ES', 'vi-VN', 'az', 'pt_BR']) expect(knowsCountUnits(lang), lang).toBe(true);
    for (const lang of ['th', 'sw', '', 'xx-YY']) expect(knowsCountUnits(lang), lang).toBe(false);
  });
});
