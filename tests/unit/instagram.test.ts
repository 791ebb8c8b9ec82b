import { describe, expect, it } from 'vitest';
import { extractInstagramProfile, instagram, routeInstagramUrl } from '../../lib/platforms/instagram';
import { ProfileSnapshotSchema } from '../../lib/snapshot';
import { expectedCases, loadDocument, observedFrom, readFixture } from './helpers/fixtures';

const CAPTURED_AT = '2024-12-31T12:00:00.000Z';

interface ExpectedCase {
  url: string;
  capturedAt?: string;
  page: string | null;
  observed: string[];
  expect: Record<string, unknown>;
  postCount?: number;
  post?: Record<string, unknown> & { id: string };
}

describe('Instagram extractor against real captures', () => {
  const cases = [...expectedCases('instagram'), ...expectedCases('instagram/built').map((f) => `built/${f}`)];
  it('has a case for every capture and built page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(11);
  });
  for (const file of cases) {
    it(`reads ${file.replace('.expected.json', '')}`, () => {
      const expected = JSON.parse(readFixture('instagram', file)) as ExpectedCase;
      const doc = loadDocument(expected.page ? readFixture('instagram', expected.page) : '<html lang="en"><body><main></main></body></html>');
      const result = extractInstagramProfile(doc, new URL(expected.url), { observed: observedFrom('instagram', expected.observed), capturedAt: expected.capturedAt ?? CAPTURED_AT });
      expect(result).toMatchObject(expected.expect);
      if (!result.ok) return;
      expect(ProfileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
      if (expected.postCount !== undefined) expect(result.snapshot.posts).toHaveLength(expected.postCount);
      if (expected.post) expect(result.snapshot.posts.find((p) => p.id === expected.post!.id)).toMatchObject(expected.post);
    });
  }

  it('reads the timeline posts with likes, comments, captions, hashtags and dates', () => {
    const doc = loadDocument('<html><body></body></html>');
    const observed = observedFrom('instagram', ['ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json', 'ig_user_timeline_graphql_anasaiaofficial_2024-03_crawlinsta.json']);
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

  it('never mixes in another creator\'s numbers from a stale response', () => {
    const doc = loadDocument('<html><body></body></html>');
    const observed = observedFrom('instagram', ['ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json']);
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/anasaiaofficial/'), { observed });
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('ignores stale meta tags that name another creator', () => {
    const doc = loadDocument(readFixture('instagram', 'ig_profile_pluto__travel_2024-12_raw_metascraper.html'));
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/someone_else/'));
    expect(result.ok).toBe(false);
  });
});

describe('Instagram rendered DOM without embedded JSON', () => {
  function renderedWithoutJson(): Document {
    const doc = loadDocument(readFixture('instagram', 'built/rendered-profile-b.html'));
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
      sources: ['dom', 'meta'],
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

  it('keeps hidden likes as hidden, not zero', () => {
    const result = extractInstagramProfile(loadDocument(readFixture('instagram', 'built/hidden-likes.html')), new URL('https://www.instagram.com/quiet.creator/'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.likesHidden).toBe(true);
    expect(result.snapshot.posts.every((p) => p.likes === null)).toBe(true);
  });
});

describe('Instagram routes', () => {
  it.each([
    ['https://www.instagram.com/nasa/', { kind: 'profile', handle: 'nasa' }],
    ['https://www.instagram.com/nasa/reels/', { kind: 'profile', handle: 'nasa' }],
    ['https://www.instagram.com/p/CPeC-Eenc8l/', { kind: 'post', code: 'CPeC-Eenc8l', handle: null }],
    ['https://www.instagram.com/nasa/p/CPeC-Eenc8l/', { kind: 'post', code: 'CPeC-Eenc8l', handle: 'nasa' }],
    ['https://www.instagram.com/accounts/login/?next=%2Fnasa%2F', { kind: 'login' }],
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
