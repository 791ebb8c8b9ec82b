import { describe, expect, it } from 'vitest';
import { extractTikTok, looksRounded, tiktokIdDate } from '../../../../lib/platforms/tiktok';
import { scriptJson, walkJson } from '../../../../lib/platforms/json';
import { observedFixture, parseHtml, readPlatformFixture } from '../../helpers/platform-fixtures';

/** TikTok's JSON (lib/platforms/tiktok/json.ts, embedded.ts, observed.ts, video-id.ts). */

const ILLOJUAN = 'tt_profile_illojuan_2025-12_rendered_metascraper.html';

describe('TikTok: observed responses', () => {
  it('adds likes, comments, shares, saves and dates from the item_list the page fetched, exact where statsV2 gives them', () => {
    const doc = parseHtml(readPlatformFixture('tiktok', ILLOJUAN));
    const result = extractTikTok(doc, new URL('https://www.tiktok.com/@illojuan'), { observed: observedFixture('tiktok', 'built/observed-illojuan.json') });
    if (!result.ok) throw new Error(result.detail);
    const posts = result.snapshot.posts;
    // Two items from the response plus the 16 tiles it does not cover; the other creator's item is dropped.
    expect(posts).toHaveLength(18);
    expect(posts.some((p) => p.id === '7000000000000000001')).toBe(false);
    const first = posts.find((p) => p.id === '7571863205253778710')!;
    expect(first).toMatchObject({ likes: 25513, comments: 146, shares: 2156, saves: 1311, views: 192148, pinned: true, hashtags: ['burgerking'] });
    expect(first.rounded).toBeUndefined();
    const second = posts.find((p) => p.id === '7437176835944795424')!;
    expect(second).toMatchObject({ likes: 210000, views: 1900000, publishedAt: new Date(1731600000 * 1000).toISOString() });
    expect(second.rounded).toEqual(['likes', 'views']);
    expect(result.snapshot.sources).toEqual(['embedded-json', 'observed-json', 'dom']);
    // The other creator's user/detail response never lends its numbers.
    expect(result.snapshot.followers).toBe(783427);
  });

  it("after an in-page navigation reads the fresh user/detail response, never the first page's JSON", () => {
    // The document still holds @illojuan's embedded JSON and header; the URL is now @creator_b.
    const doc = parseHtml(readPlatformFixture('tiktok', ILLOJUAN));
    const url = new URL('https://www.tiktok.com/@creator_b');
    const result = extractTikTok(doc, url, { observed: observedFixture('tiktok', 'built/observed-user-detail-b.json'), embeddedIsStale: true });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot).toMatchObject({
      handle: 'creator_b',
      displayName: 'Creator B',
      followers: 12345,
      following: 45,
      totalLikes: 678912,
      postCount: 31,
      links: ['https://instagram.com/creator_b'],
      sources: ['observed-json'],
    });
    expect(result.snapshot.posts).toHaveLength(0);
  });
});

describe('TikTok: stale pages and pages without a profile', () => {
  it("never shows creator A's embedded numbers on creator B's URL", () => {
    const doc = parseHtml(readPlatformFixture('tiktok', ILLOJUAN));
    const result = extractTikTok(doc, new URL('https://www.tiktok.com/@someone_else'));
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('records a count as rounded only when it could be an abbreviation', () => {
    expect(looksRounded(783400)).toBe(true);
    expect(looksRounded(783427)).toBe(false);
    expect(looksRounded(2156)).toBe(false);
    expect(looksRounded(999)).toBe(false);
    expect(looksRounded(3900000)).toBe(true);
  });
});

describe('TikTok: one post seen twice', () => {
  it('keeps the exact count over a later rounded one, and the later value otherwise', () => {
    const item = (stats: Record<string, unknown>, statsV2?: Record<string, unknown>) => ({
      id: '7300000000000000001',
      author: { uniqueId: 'vetlens_alpha' },
      createTime: 1700000000,
      desc: 'x',
      stats,
      statsV2,
    });
    const observed = [
      {
        url: 'https://www.tiktok.com/api/post/item_list/?cursor=0',
        at: 1,
        body: { itemList: [item({ diggCount: 12300, commentCount: 40 }, { diggCount: '12345', commentCount: '40' })] },
      },
      {
        url: 'https://www.tiktok.com/api/item/detail/?itemId=7300000000000000001',
        at: 2,
        body: { itemInfo: { itemStruct: item({ diggCount: 12300, commentCount: 41, playCount: 99000 }) } },
      },
    ];
    const result = extractTikTok(parseHtml(readPlatformFixture('e2e', 'tiktok-profile-a.html')), new URL('https://www.tiktok.com/@vetlens_alpha'), {
      observed,
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts.find((p) => p.id === '7300000000000000001')).toMatchObject({ likes: 12345, comments: 41, views: 99000, rounded: ['views'] });
  });
});

describe('TikTok: a video id carries its creation time', () => {
  it("gives the upload time, seconds to minutes before the item's own createTime, in every real capture that has both", () => {
    const pairs: [string, number][] = [];
    for (const file of [
      'tt_video_2025-12_rendered_metascraper.html',
      'tt_video_tiktok_2020-03_NEXT_DATA_videoData_tiktok-scraper.html',
      'tt_video_tiktok_2020-10_NEXT_DATA_itemStruct_tiktok-scraper.html',
      'tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html',
    ]) {
      const doc = parseHtml(readPlatformFixture('tiktok', file));
      for (const id of ['__UNIVERSAL_DATA_FOR_REHYDRATION__', '__NEXT_DATA__'])
        walkJson(scriptJson(doc, id), (node) => {
          const itemId = typeof node.id === 'string' ? node.id : null;
          const created = Number(node.createTime);
          if (itemId && /^\d{18,20}$/.test(itemId) && created > 0) pairs.push([itemId, created]);
        });
    }
    expect(pairs.length).toBeGreaterThanOrEqual(6);
    for (const [id, createTime] of pairs) {
      const lead = createTime * 1000 - Date.parse(tiktokIdDate(id)!);
      expect(lead, id).toBeGreaterThanOrEqual(0);
      expect(lead, id).toBeLessThanOrEqual(10 * 60 * 1000);
    }
  });

  it("reads nothing from ids that are not TikTok's 64-bit ids, or that would be in the future", () => {
    expect(tiktokIdDate('7571863205253778710')).toBe('2025-11-12T15:36:23.000Z');
    expect(tiktokIdDate('12345')).toBeNull();
    expect(tiktokIdDate('7000000000000000001x')).toBeNull();
    expect(tiktokIdDate('99999999999999999999')).toBeNull();
    expect(tiktokIdDate('1000000000000000000')).toBeNull();
    expect(tiktokIdDate('7571863205253778710', new Date('2025-01-01T00:00:00Z'))).toBeNull();
  });
});
