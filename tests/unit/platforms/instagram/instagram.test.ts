import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInstagramProfile, instagram, routeInstagramUrl } from '../../../../lib/platforms/instagram';
import { readPostMeta, readProfileMeta } from '../../../../lib/platforms/instagram/meta';
import { classifyLabel, PROFILE_LABELS } from '../../../../lib/platforms/instagram/words';
import type { ObservedResponse } from '../../../../lib/platforms/types';
import { ProfileSnapshotSchema, type ExtractResult } from '../../../../lib/snapshot';
import { FIXTURE_ROOT, parseHtml, readPlatformFixture } from '../../helpers/platform-fixtures';

const CAPTURED_AT = '2024-12-31T12:00:00.000Z';

interface ExpectedCase {
  url: string;
  capturedAt?: string;
  page: string | null;
  observed: string[];
  embeddedIsStale?: boolean;
  expect: Record<string, unknown>;
  postCount?: number;
  posts?: (Record<string, unknown> & { id: string })[];
}

/** Raw bodies the page's scripts fetched (crawlinsta's captures), as the observer hands them over. */
function observedBodies(files: string[]): ObservedResponse[] {
  return files.map((file, i) => ({
    url: `https://www.instagram.com/graphql/query/#${file}`,
    body: JSON.parse(readPlatformFixture('instagram', file)) as unknown,
    at: i,
  }));
}

function runCase(file: string): { expected: ExpectedCase; result: ExtractResult } {
  const expected = JSON.parse(readPlatformFixture('instagram', file)) as ExpectedCase;
  const doc = parseHtml(expected.page ? readPlatformFixture('instagram', expected.page) : '<html lang="en"><body><main></main></body></html>');
  const result = extractInstagramProfile(doc, new URL(expected.url), {
    observed: observedBodies(expected.observed),
    capturedAt: expected.capturedAt ?? CAPTURED_AT,
    embeddedIsStale: expected.embeddedIsStale ?? false,
  });
  return { expected, result };
}

const expectedIn = (dir: string) =>
  readdirSync(join(FIXTURE_ROOT, dir))
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
const CASES = [...expectedIn('instagram'), ...expectedIn('instagram/built').map((f) => `built/${f}`)];

describe('Instagram extractor against real captures and built pages', () => {
  it('has an expected-numbers case for every saved page and response', () => {
    const captures = [
      ...readdirSync(join(FIXTURE_ROOT, 'instagram')).filter((f) => /\.(html|json)$/.test(f) && !f.endsWith('.expected.json')),
      ...readdirSync(join(FIXTURE_ROOT, 'instagram/built'))
        .filter((f) => /\.(html|json)$/.test(f) && !f.endsWith('.expected.json'))
        .map((f) => `built/${f}`),
    ];
    const used = new Set(
      CASES.flatMap((file) => {
        const expected = JSON.parse(readPlatformFixture('instagram', file)) as ExpectedCase;
        return [expected.page, ...expected.observed].filter((name): name is string => !!name);
      }),
    );
    expect(captures.filter((capture) => !used.has(capture))).toEqual([]);
    expect(captures.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of CASES) {
    it(`reads ${file.replace('.expected.json', '')}`, () => {
      const { expected, result } = runCase(file);
      expect(result).toMatchObject(expected.expect);
      if (!result.ok) return;
      expect(ProfileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
      if (expected.postCount !== undefined) expect(result.snapshot.posts).toHaveLength(expected.postCount);
      for (const post of expected.posts ?? []) expect(result.snapshot.posts.find((p) => p.id === post.id)).toMatchObject(post);
    });
  }

  it('reads the timeline posts with likes, comments, captions, hashtags and dates', () => {
    const doc = parseHtml('<html><body></body></html>');
    const observed = observedBodies([
      'ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json',
      'ig_user_timeline_graphql_anasaiaofficial_2024-03_crawlinsta.json',
    ]);
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/anasaiaofficial/'), { observed, capturedAt: CAPTURED_AT });
    if (!result.ok) throw new Error(result.detail);
    const posts = result.snapshot.posts;
    expect(posts).toHaveLength(12);
    expect(posts.every((p) => p.likes !== null && p.comments !== null && p.publishedAt !== null)).toBe(true);
    const pinned = posts.find((p) => p.id === 'CygtX9ivC0U')!;
    expect(pinned.pinned).toBe(true);
    expect(pinned.publishedAt).toBe(new Date(1697569769 * 1000).toISOString());
    expect(pinned.hashtags).toContain('pelirroja');
  });

  it("never mixes in another creator's numbers from a stale response", () => {
    const observed = observedBodies(['ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json']);
    const result = extractInstagramProfile(parseHtml('<html><body></body></html>'), new URL('https://www.instagram.com/anasaiaofficial/'), { observed });
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('ignores stale meta tags that name another creator', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'ig_profile_pluto__travel_2024-12_raw_metascraper.html'));
    expect(extractInstagramProfile(doc, new URL('https://www.instagram.com/someone_else/')).ok).toBe(false);
  });
});

describe('Instagram rendered DOM without embedded JSON', () => {
  function renderedWithoutJson(): Document {
    const doc = parseHtml(readPlatformFixture('instagram', 'built/rendered-profile-b.html'));
    doc.querySelector('script[type="application/json"]')!.remove();
    return doc;
  }

  it('reads the exact follower count from span[title], the header, the bio and the badge', () => {
    const result = extractInstagramProfile(renderedWithoutJson(), new URL('https://www.instagram.com/arif.shoots/'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot).toMatchObject({
      followers: 187400,
      following: 402,
      postCount: 913,
      verified: true,
      bio: 'Photographer · Baku · prints in bio',
      precision: { followers: 'exact' },
      // The header is on the page: the meta tags (rounded, maybe older) are not used.
      sources: ['dom'],
    });
    // Grid tiles give captions but no counts: the counts stay null, never 0.
    expect(result.snapshot.posts).toHaveLength(12);
    expect(result.snapshot.posts.every((p) => p.likes === null && p.comments === null)).toBe(true);
  });

  it('records a rounded count as rounded', () => {
    const doc = renderedWithoutJson();
    doc.querySelector('a[href$="/followers/"] span[title]')!.removeAttribute('title');
    doc.querySelector('meta[property="og:description"]')!.remove();
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/arif.shoots/'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.followers).toBe(187400);
    expect(result.snapshot.precision.followers).toBe('rounded');
  });

  it('ignores a title that does not agree with the count it sits in', () => {
    const doc = renderedWithoutJson();
    doc.querySelector('a[href$="/followers/"] span[title]')!.setAttribute('title', '9,999,999');
    doc.querySelector('meta[property="og:description"]')!.remove();
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/arif.shoots/'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot).toMatchObject({ followers: 187400, precision: { followers: 'rounded' } });
  });

  it('keeps hidden likes as hidden, not zero', () => {
    const result = extractInstagramProfile(
      parseHtml(readPlatformFixture('instagram', 'built/hidden-likes.html')),
      new URL('https://www.instagram.com/quiet.creator/'),
    );
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.likesHidden).toBe(true);
    expect(result.snapshot.posts.every((p) => p.likes === null)).toBe(true);
  });
});

describe('Instagram in any interface language', () => {
  const KO = 'https://www.instagram.com/haneul.studio/';

  it('takes the header over a stale og:description (944 in the header, 862 in the meta tag)', () => {
    const result = extractInstagramProfile(parseHtml(readPlatformFixture('instagram', 'built/profile-2026-ko.html')), new URL(KO));
    expect(result).toMatchObject({ ok: true, snapshot: { followers: 944, precision: { followers: 'exact' } } });
  });

  it('falls back to the og:description, marked rounded, when the header has not rendered', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built/profile-2026-ko.html'));
    doc.querySelector('header')!.remove();
    const result = extractInstagramProfile(doc, new URL(KO));
    expect(result).toMatchObject({
      ok: true,
      snapshot: {
        followers: 862,
        following: 106,
        postCount: 58,
        precision: { followers: 'rounded', following: 'rounded', postCount: 'rounded' },
        sources: ['meta'],
      },
    });
  });

  it('reads the header by position when its words are unknown, and not at all when a known word contradicts the position', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built/profile-2026-ko.html'));
    doc.querySelector('meta[property="og:description"]')!.remove();
    const spans = Array.from(doc.querySelectorAll('header span[dir="auto"]')).filter((s) => /\d/.test(s.textContent ?? ''));
    for (const span of spans) span.firstChild!.textContent = 'ẋẏẑ ';
    const byPosition = extractInstagramProfile(doc, new URL(KO));
    expect(byPosition).toMatchObject({ ok: true, snapshot: { postCount: 58, followers: 944, following: 106 } });
    spans[0]!.firstChild!.textContent = 'followers ';
    const contradicted = extractInstagramProfile(doc, new URL(KO));
    expect(contradicted).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('never reads the header of another creator left on screen by an in-page navigation', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built/profile-2026-ko.html'));
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/someone.else/'));
    expect(result.ok).toBe(false);
  });

  // Sentences seen on real pages (en, fr, de, tr, pt, id, ko, ru: see lib/platforms/instagram/words.ts);
  // the others follow Meta's translations of the same template.
  it.each([
    ['en', 'pluto', '2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto)', [2362, 136, 224]],
    [
      'fr',
      'example_user',
      '399 followers, 512 suivis, 174 publications - Voir les photos et vidéos Instagram de Example User (@example_user)',
      [399, 512, 174],
    ],
    [
      'fr',
      'lefigarovoyages',
      '7283 abonnés, 919 abonnement, 1162 publications - Découvrez les photos et vidéos Instagram de Figaro Voyage (@lefigarovoyages)',
      [7283, 919, 1162],
    ],
    ['de', 'homegate.ch', '1,432 Abonnenten, 268 folgen, 468 Beiträge - Sieh dir Instagram-Fotos und -Videos von @homegate.ch an', [1432, 268, 468]],
    ['de', 'jonas', '1.432 Abonnenten, 268 folgen, 468 Beiträge - Sieh dir Instagram-Fotos und -Videos von Jonas (@jonas) an', [1432, 268, 468]],
    ['tr', 'ozcan', "185 Takipçi, 690 Takip Edilen, 2 Gönderi - @ozcan'in Instagram fotoğraflarını ve videolarını gör", [185, 690, 2]],
    [
      'pt-BR',
      'maquiagem.br_',
      '476.3 mil seguidores, 123 seguindo, 1057 publicações - Veja as fotos e vídeos do Instagram de Maquiagem BR (@maquiagem.br_)',
      [476300, 123, 1057],
    ],
    ['pt-BR', 'ana.x', '12,3 mil seguidores, 540 seguindo, 688 publicações - Veja as fotos e vídeos do Instagram de Ana (@ana.x)', [12300, 540, 688]],
    ['es', 'lucia', '25 mil seguidores, 890 seguidos, 312 publicaciones - Ver fotos y videos de Instagram de Lucía (@lucia)', [25000, 890, 312]],
    ['id', 'nike', '255 jt Pengikut, 147 Mengikuti, 1.019 Postingan - Lihat foto dan video Instagram dari Nike (@nike)', [255000000, 147, 1019]],
    ['ko', 'loorbit0', '팔로워 12명, 팔로잉 3명, 게시물 4개 - Loorbit(@loorbit0)님의 Instagram 사진 및 동영상 보기', [12, 3, 4]],
    [
      'ru',
      'instagram',
      'Подписчики: 686M, Подписки: 286, Публикации: 8,579 - Смотрите фото и видео от Instagram (@instagram) в Instagram',
      [686000000, 286, 8579],
    ],
    ['ja', 'hana', 'フォロワー2,362人、フォロー中136人、投稿224件 ― Hana (@hana)さんのInstagram写真と動画をチェックしよう', [2362, 136, 224]],
    ['zh-CN', 'hana', '2,362 位粉丝、136 人关注、224 篇帖子 - 查看 Hana (@hana) 的 Instagram 照片和视频', [2362, 136, 224]],
    ['it', 'hana', '2.362 follower, 136 seguiti, 224 post - Guarda foto e video di Instagram da Hana (@hana)', [2362, 136, 224]],
    ['uk', 'hana', '2 362 підписників, 136 стежать, 224 дописів - Переглядайте фото й відео Hana (@hana) в Instagram', [2362, 136, 224]],
    ['pl', 'hana', '2362 obserwujących, 136 obserwowanych, 224 posty - Zobacz zdjęcia i filmy z Instagrama od Hana (@hana)', [2362, 136, 224]],
    ['nl', 'hana', "2.362 volgers, 136 volgend, 224 berichten - Bekijk Instagram-foto's en -video's van Hana (@hana)", [2362, 136, 224]],
    ['hi', 'hana', '2,362 फ़ॉलोअर्स, 136 फ़ॉलोइंग, 224 पोस्ट - Hana (@hana) की Instagram फ़ोटो और वीडियो देखें', [2362, 136, 224]],
    ['ar', 'hana', '٢٬٣٦٢ متابع، ١٣٦ يتابع، ٢٢٤ منشور - شاهد صور ومقاطع فيديو Instagram من Hana (@hana)', [2362, 136, 224]],
    ['fa', 'hana', '۲٬۳۶۲ دنبال‌کننده، ۱۳۶ دنبال‌شونده، ۲۲۴ پست - دیدن عکس‌ها و ویدیوهای اینستاگرام از Hana (@hana)', [2362, 136, 224]],
    ['az', 'hana', '2.362 izləyici, 136 izlənilən, 224 paylaşım - Hana (@hana) Instagram foto və videolarına baxın', [2362, 136, 224]],
  ] as const)('reads the %s og:description template (@%s)', (lang, handle, description, [followers, following, postCount]) => {
    const doc = parseHtml(
      `<html lang="${lang}"><head><meta property="og:description" content="${description.replace(/"/g, '&quot;')}"></head><body></body></html>`,
    );
    const meta = readProfileMeta(doc, handle, lang);
    expect(meta?.counts).toEqual({
      followers: { value: followers, precision: 'rounded' },
      following: { value: following, precision: 'rounded' },
      postCount: { value: postCount, precision: 'rounded' },
    });
  });

  it('places an unknown word by the template order only where the known words agree with it', () => {
    const read = (description: string) =>
      readProfileMeta(parseHtml(`<html><head><meta property="og:description" content="${description}"></head></html>`), 'x', 'en')?.counts;
    expect(read('10 Followers, 20 Qwzx, 30 Posts - (@x)')).toMatchObject({ followers: { value: 10 }, following: { value: 20 }, postCount: { value: 30 } });
    expect(read('10 Qwzx, 20 Followers, 30 Posts - (@x)')).toEqual({
      followers: { value: 20, precision: 'rounded' },
      postCount: { value: 30, precision: 'rounded' },
    });
    expect(read('10 Qwzx, 20 Qwzy, 30 Qwzz - (@x)')).toEqual({});
  });

  it.each([
    ['pt', '137 curtidas, 5 comentários - bia.receitas em 3 de maio de 2025: "Bolo"', 137, 5, 'bia.receitas'],
    ['ru', '12 тыс. отметок «Нравится», 311 комментариев - marina.travel, 12 марта 2025 г.: «Рассвет»', 12000, 311, 'marina.travel'],
    ['ko', '좋아요 1,204개, 댓글 37개 - haneul.studio님, 2025년 5월 3일: "노을"', 1204, 37, 'haneul.studio'],
    ['tr', '2.318 beğenme, 64 yorum - ece.mutfak, 12 Mart 2025: "Sütlaç"', 2318, 64, 'ece.mutfak'],
    ['de', '2.341 „Gefällt mir“-Angaben, 19 Kommentare - jonas.baut am 8. Februar 2025: "Werkbank"', 2341, 19, 'jonas.baut'],
    ['en', '298K likes, 553 comments - willyrex on May 29, 2021: "Sudaderas"', 298000, 553, 'willyrex'],
  ] as const)('reads the %s post description', (lang, description, likes, comments, author) => {
    const doc = parseHtml(
      `<html lang="${lang}"><head><meta property="og:description" content='${description}'><link rel="canonical" href="https://www.instagram.com/p/ABCDE12/"></head></html>`,
    );
    expect(readPostMeta(doc, 'ABCDE12', lang)).toMatchObject({ likes, comments, author });
    // Meta tags of another post (a stale page) are never read for this one.
    expect(readPostMeta(doc, 'OTHER99', lang)).toBeNull();
  });

  it('tells followers from following by the longest word they contain', () => {
    expect(classifyLabel('Takipçi', PROFILE_LABELS)).toBe('followers');
    expect(classifyLabel('Takip Edilen', PROFILE_LABELS)).toBe('following');
    expect(classifyLabel('seguidores', PROFILE_LABELS)).toBe('followers');
    expect(classifyLabel('seguidos', PROFILE_LABELS)).toBe('following');
    expect(classifyLabel('Подписчики', PROFILE_LABELS)).toBe('followers');
    expect(classifyLabel('подписки', PROFILE_LABELS)).toBe('following');
    expect(classifyLabel('팔로우', PROFILE_LABELS)).toBe('following');
    expect(classifyLabel('qwzx', PROFILE_LABELS)).toBeNull();
  });
});

describe('Instagram post and reel pages', () => {
  it('reads likes, comments, the date, the caption and the author from the DOM when the page has no JSON', () => {
    const { result } = runCase('built/post-2026-pt.expected.json');
    expect(result).toMatchObject({ ok: true, snapshot: { handle: 'bia.receitas', sources: ['dom'], posts: [{ likes: 137, comments: 5, sponsored: true }] } });
  });

  it('falls back to the meta tags, marked rounded, when the post has not rendered', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built/post-2026-pt.html'));
    doc.querySelector('main')!.remove();
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/p/DEw2Rf7hJ9q/'));
    expect(result).toMatchObject({
      ok: true,
      snapshot: { handle: 'bia.receitas', sources: ['meta'], posts: [{ likes: 137, comments: 5, rounded: ['likes', 'comments'] }] },
    });
  });

  it("after an in-page navigation reads the post on screen, never the first page's JSON or meta tags", () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built/post-2026-ko.html'));
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/p/ZZZZZ99/'), { embeddedIsStale: true });
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    // The same page at its own address, with its JSON stale: the DOM still gives the exact counts.
    const fromDom = extractInstagramProfile(doc, new URL('https://www.instagram.com/p/DJk3aB7yQ1x/'), { embeddedIsStale: true });
    expect(fromDom).toMatchObject({ ok: true, snapshot: { sources: ['dom'], posts: [{ likes: 1204, comments: 37, sponsored: null }] } });
  });

  it('takes the paid-partnership flag from the JSON where the page has no label', () => {
    const { result } = runCase('built/reel-2026-ko.expected.json');
    expect(result).toMatchObject({ ok: true, snapshot: { posts: [{ sponsored: true, views: 402133 }] } });
    const doc = parseHtml(readPlatformFixture('instagram', 'built/post-2026-ru.html'));
    const plain = extractInstagramProfile(doc, new URL('https://www.instagram.com/p/DHq2Lm8sT0v/'));
    expect(plain).toMatchObject({ ok: true, snapshot: { posts: [{ sponsored: false }] } });
  });

  it("gives the post page the creator's own key, as on the profile page", () => {
    const { result } = runCase('built/reel-2026-de.expected.json');
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.handle).toBe('jonas.baut');
  });
});

describe('Instagram routes', () => {
  it.each([
    ['https://www.instagram.com/nasa/', { kind: 'profile', handle: 'nasa' }],
    ['https://www.instagram.com/nasa/reels/', { kind: 'profile', handle: 'nasa' }],
    ['https://www.instagram.com/p/CPeC-Eenc8l/', { kind: 'post', code: 'CPeC-Eenc8l', handle: null, reel: false }],
    ['https://www.instagram.com/reel/DKa9Zr2yPq4/', { kind: 'post', code: 'DKa9Zr2yPq4', handle: null, reel: true }],
    ['https://www.instagram.com/reels/DKa9Zr2yPq4/', { kind: 'post', code: 'DKa9Zr2yPq4', handle: null, reel: true }],
    ['https://www.instagram.com/nasa/p/CPeC-Eenc8l/', { kind: 'post', code: 'CPeC-Eenc8l', handle: 'nasa', reel: false }],
    ['https://www.instagram.com/accounts/login/?next=%2Fnasa%2F', { kind: 'login' }],
    ['https://www.instagram.com/reels/audio/39043968185201847/', { kind: 'other' }],
    ['https://www.instagram.com/explore/', { kind: 'other' }],
    ['https://www.instagram.com/', { kind: 'other' }],
  ])('%s', (url, route) => {
    expect(routeInstagramUrl(new URL(url))).toEqual(route);
  });

  it('gives a page key only for profiles and posts', () => {
    expect(instagram.pageKey(new URL('https://www.instagram.com/NASA/'))).toBe('nasa');
    expect(instagram.pageKey(new URL('https://www.instagram.com/direct/inbox/'))).toBeNull();
    expect(instagram.pageKey(new URL('https://www.instagram.com/accounts/login/'))).toBe('accounts/login');
  });
});
