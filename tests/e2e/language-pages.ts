import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/**
 * Pages in five languages for tests/e2e/languages.spec.ts and tests/unit/platforms/five-languages.test.ts,
 * built from saved pages with their `lang` and count texts changed as each site writes them in that
 * language (tests/fixtures/e2e/README.md, "Pages in five languages").
 */

export interface Language {
  lang: string;
  /** 15,318 and 1,204,311 with the language's group separator. */
  group: (value: number) => string;
  tiktokFollowers: string;
  views: string;
  date: string;
  likeLabel: string;
  comments: string;
}

const grouped = (separator: string) => (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

export const LANGUAGES: Language[] = [
  {
    lang: 'az',
    group: grouped('.'),
    tiktokFollowers: 'İzləyici',
    views: 'baxış',
    date: '18 may 2026',
    likeLabel: 'Bu videonu siz və digər 48.213 nəfər bəyənir',
    comments: 'şərh',
  },
  {
    lang: 'ru',
    group: grouped('\u00a0'),
    tiktokFollowers: 'Подписчики',
    views: 'просмотров',
    date: '18 мая 2026 г.',
    likeLabel: 'Нравится этот видеоролик и ещё 48\u00a0213 пользователям',
    comments: 'комментария',
  },
  {
    lang: 'tr',
    group: grouped('.'),
    tiktokFollowers: 'Takipçi',
    views: 'görüntüleme',
    date: '18 May 2026',
    likeLabel: 'Bu videoyu 48.213 kişiyle birlikte beğenin',
    comments: 'Yorum',
  },
  {
    lang: 'de',
    group: grouped('.'),
    tiktokFollowers: 'Follower',
    views: 'Aufrufe',
    date: '18.05.2026',
    likeLabel: '„Mag ich“ für dieses Video zusammen mit 48.213 anderen Nutzern',
    comments: 'Kommentare',
  },
  {
    lang: 'pt',
    group: grouped('.'),
    tiktokFollowers: 'Seguidores',
    views: 'visualizações',
    date: '18 de mai. de 2026',
    likeLabel: 'Marque este vídeo como &quot;Gostei&quot; com outras 48.213 pessoas',
    comments: 'comentários',
  },
];

/** Instagram's built 2026 profiles: the address and the exact followers each header carries. */
export const INSTAGRAM: Record<string, { url: string; followers: number }> = {
  az: { url: 'https://www.instagram.com/aysel.makeup/', followers: 15318 },
  ru: { url: 'https://www.instagram.com/marina.travel/', followers: 1_234_567 },
  tr: { url: 'https://www.instagram.com/ece.mutfak/', followers: 48312 },
  de: { url: 'https://www.instagram.com/jonas.baut/', followers: 1432 },
  pt: { url: 'https://www.instagram.com/bia.receitas/', followers: 476_318 },
};

export const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const withLang = (html: string, lang: string) => html.replace(/<html lang="en"/, `<html lang="${lang}"`);

export function tiktokProfile(language: Language): string {
  const html = withLang(fixture('e2e/tiktok-profile-a.html'), language.lang);
  return html
    .replace('<strong title="Followers" data-e2e="followers-count">1.2M', `<strong title="${language.group(15318)}" data-e2e="followers-count">15.3K`)
    .replace('<span data-e2e="followers">Followers', `<span data-e2e="followers">${language.tiktokFollowers}`);
}

export function tiktokVideo(language: Language): string {
  return withLang(fixture('e2e/tiktok-video-b1.html'), language.lang).replace(
    '<strong data-e2e="like-count">1,480',
    `<strong data-e2e="like-count">${language.group(1480)}`,
  );
}

export function youtubeWatch(language: Language): string {
  return withLang(fixture('e2e/youtube-watch-a1.html'), language.lang)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace('1,204,311 views • May 18, 2026', `${language.group(1_204_311)} ${language.views} • ${language.date}`)
    .replace('aria-label="like this video along with 48,213 other people"', `aria-label="${language.likeLabel}"`)
    .replace('<span>1,204</span><span> Comments</span>', `<span>${language.group(1204)}</span><span> ${language.comments}</span>`);
}
