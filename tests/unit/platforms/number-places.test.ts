import { describe, expect, it } from 'vitest';
import { extractInstagramProfile } from '../../../lib/platforms/instagram';
import { extractYouTube } from '../../../lib/platforms/youtube';
import { withCredibleViews } from '../../../lib/platforms/post-views';
import type { Post } from '../../../lib/snapshot';
import { parseHtml, readPlatformFixture } from '../helpers/platform-fixtures';
import { makePost } from '../helpers/snapshots';

/** Issue 18 item 2: a number comes from the place that carries it. */

const post = (counts: Partial<Post>): Post => makePost({ id: 'p1', ...counts });

describe('views fewer than likes', () => {
  it('sets the views aside, with the reason, when likes outnumber them', () => {
    expect(withCredibleViews(post({ likes: 510, comments: 3, views: 1 }))).toMatchObject({
      likes: 510,
      comments: 3,
      views: null,
      viewsSetAside: 'below-likes',
    });
  });

  it('keeps views at or above the likes', () => {
    expect(withCredibleViews(post({ likes: 510, views: 510 }))).toEqual(post({ likes: 510, views: 510 }));
    expect(withCredibleViews(post({ likes: 510, views: 9000 }))).toEqual(post({ likes: 510, views: 9000 }));
  });

  it('compares rounded counts by the numbers they can stand for', () => {
    // "1K views" can be 1,049 (cut) and the likes 1,020 exact: fair.
    expect(withCredibleViews(post({ likes: 1020, views: 1000, rounded: ['views'] })).views).toBe(1000);
    // "1.2K likes" is at least 1,150: more than 900 views.
    expect(withCredibleViews(post({ likes: 1200, views: 900, rounded: ['likes'] }))).toMatchObject({
      views: null,
      rounded: ['likes'],
      viewsSetAside: 'below-likes',
    });
    // The views' rounded mark goes with them.
    expect(withCredibleViews(post({ likes: 5000, views: 1000, rounded: ['views'] }))).toMatchObject({ views: null, viewsSetAside: 'below-likes' });
    expect(withCredibleViews(post({ likes: 5000, views: 1000, rounded: ['views'] })).rounded).toBeUndefined();
  });
});

describe('Instagram: views only from a view count', () => {
  it('never reads the reply link "View all 1 replies" as views (not even to set them aside)', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built', 'reel-replies-en.html'));
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/reel/DJr8vQ2sLm4/'), { capturedAt: '2026-03-01T12:00:00.000Z' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts[0]).toMatchObject({ likes: 510, comments: 3, views: null });
    expect(result.snapshot.posts[0]!.viewsSetAside).toBeUndefined();
  });
});

describe('YouTube channel tiles: a stream on air has no views', () => {
  const tile = (id: string, viewCountText: unknown, extra: Record<string, unknown> = {}) => ({
    videoRenderer: { videoId: id, title: { runs: [{ text: id }] }, viewCountText, ...extra },
  });
  it('reads neither "18 watching" without a LIVE badge nor a tile whose thumbnail says LIVE', () => {
    const body = {
      header: { c4TabbedHeaderRenderer: { channelId: 'UClive000000000000000002', title: 'Streams', channelHandleText: { runs: [{ text: '@streams' }] } } },
      contents: {
        items: [
          tile('onAir000001', { runs: [{ text: '18' }, { text: ' watching' }] }),
          tile(
            'onAir000002',
            { simpleText: '1,204 views' },
            { thumbnailOverlays: [{ thumbnailOverlayTimeStatusRenderer: { style: 'LIVE', text: { simpleText: 'LIVE' } } }] },
          ),
          tile('replay00003', { simpleText: '3,400 views' }),
        ],
      },
    };
    const result = extractYouTube(parseHtml('<html lang="en"><body></body></html>'), new URL('https://www.youtube.com/@streams/streams'), {
      observed: [{ url: 'https://www.youtube.com/youtubei/v1/browse', body, at: 1 }],
      capturedAt: '2026-06-01T00:00:00.000Z',
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts.map((p) => [p.id, p.views])).toEqual([
      ['onAir000001', null],
      ['onAir000002', null],
      ['replay00003', 3400],
    ]);
  });
});

describe('YouTube watch page: "watching" in the description factoids', () => {
  it('marks the stream live and reads no views from its "18 watching now" factoid', () => {
    const next = {
      currentVideoEndpoint: { watchEndpoint: { videoId: 'onAirVideo2' } },
      engagementPanels: [
        {
          engagementPanelSectionListRenderer: {
            content: {
              structuredDescriptionContentRenderer: {
                items: [
                  {
                    videoDescriptionHeaderRenderer: {
                      title: { runs: [{ text: 'Harbour at night' }] },
                      channel: { simpleText: 'Lantern Walks' },
                      channelNavigationEndpoint: { browseEndpoint: { browseId: 'UClanternWalks00000000001', canonicalBaseUrl: '/@LanternWalks' } },
                      factoid: [
                        { factoidRenderer: { value: { simpleText: '9' }, label: { simpleText: 'Likes' } } },
                        { factoidRenderer: { value: { simpleText: '18' }, label: { simpleText: 'watching now' } } },
                        { factoidRenderer: { value: { simpleText: 'Started streaming' }, label: { simpleText: '42 minutes ago' } } },
                      ],
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    };
    const result = extractYouTube(parseHtml('<html lang="en"><body></body></html>'), new URL('https://www.youtube.com/watch?v=onAirVideo2'), {
      observed: [{ url: 'https://www.youtube.com/youtubei/v1/next', at: 1, body: next }],
      capturedAt: '2026-06-01T00:00:00.000Z',
      embeddedIsStale: true,
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts[0]).toMatchObject({ id: 'onAirVideo2', views: null, likes: 9, viewsSetAside: 'live' });
  });
});

describe('Instagram: a logged-in grid without counts takes them from the page’s own timeline response', () => {
  it('fills the tiles’ likes and comments from the GraphQL timeline the page fetched', () => {
    const doc = parseHtml(readPlatformFixture('instagram', 'built', 'profile-2025-12-en.html'));
    const node = (code: string, likes: number, comments: number) => ({
      node: {
        code,
        pk: `9${likes}`,
        taken_at: 1769000000,
        media_type: 1,
        like_count: likes,
        comment_count: comments,
        user: { username: 'cosmo.news', pk: '528817151' },
      },
    });
    const body = {
      data: {
        xdt_api__v1__feed__user_timeline_graphql_connection: {
          edges: [node('CEN01xQ7z', 40210, 388), node('CEN02xQ4z', 35877, 290)],
          page_info: { has_next_page: true },
        },
      },
    };
    const result = extractInstagramProfile(doc, new URL('https://www.instagram.com/cosmo.news/'), {
      observed: [{ url: 'https://www.instagram.com/graphql/query', body, at: 1 }],
      capturedAt: '2026-03-01T12:00:00.000Z',
    });
    if (!result.ok) throw new Error(result.detail);
    const byId = new Map(result.snapshot.posts.map((p) => [p.id, p]));
    expect(byId.get('CEN01xQ7z')).toMatchObject({ likes: 40210, comments: 388 });
    expect(byId.get('CEN02xQ4z')).toMatchObject({ likes: 35877, comments: 290 });
    expect(byId.get('CEN00xQ0z')).toMatchObject({ likes: null, pinned: true });
    expect(result.snapshot.sources).toEqual(['observed-json', 'dom']);
  });
});
