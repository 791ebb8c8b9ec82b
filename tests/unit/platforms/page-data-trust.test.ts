import { describe, expect, it } from 'vitest';
import { newestReading, readingsAgree } from '../../../lib/platforms/common';
import { extractInstagramProfile } from '../../../lib/platforms/instagram';
import { observedEndpoint } from '../../../lib/platforms/observe';
import { extractTikTok } from '../../../lib/platforms/tiktok';
import type { ObservedResponse } from '../../../lib/platforms/types';
import { extractYouTube } from '../../../lib/platforms/youtube';
import type { ExtractResult, ProfileSnapshot } from '../../../lib/snapshot';
import { parseHtml, readPlatformFixture } from '../helpers/platform-fixtures';

/**
 * Data from the page's own world (what the MAIN-world observer passes on, or anything a page script
 * posts on its channel) ranks below what the page shows (issue: "A page can't hurt the marketer",
 * item 2). One block per rule.
 */

const CAPTURED_AT = '2026-06-01T00:00:00.000Z';

function snapshotOf(result: ExtractResult): ProfileSnapshot {
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.snapshot;
}

/** Lena's rendered profile as the page shows it: the header's "24.3K", no exact title, no embedded JSON. */
function lenaShownOnly(): Document {
  const html = readPlatformFixture('instagram', 'built', 'rendered-profile.html')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(' title="24,310"', '');
  return parseHtml(html);
}
const LENA = new URL('https://www.instagram.com/lena.travels/');

/** A forged web_profile_info: a made-up name, a badge, 987,654,321 followers and twelve 5M-like posts, half of them naming no owner. */
function forgedProfile(username: string) {
  const post = (n: number) => ({
    shortcode: `Forged${String(n).padStart(4, '0')}`,
    edge_liked_by: { count: 5_000_000 },
    edge_media_to_comment: { count: 9 },
    taken_at_timestamp: 1_780_000_000 - n * 86_400,
  });
  return {
    data: {
      user: {
        username,
        full_name: 'Made Up Name',
        is_verified: true,
        biography: 'forged',
        edge_followed_by: { count: 987_654_321 },
        edge_follow: { count: 1 },
        edge_owner_to_timeline_media: { count: 500, edges: Array.from({ length: 6 }, (_, n) => ({ node: post(n) })) },
      },
      xdt_api__v1__feed__user_timeline_graphql_connection: {
        edges: Array.from({ length: 6 }, (_, n) => ({
          node: { code: `Loose${String(n).padStart(5, '0')}`, like_count: 5_000_000, comment_count: 9, taken_at: 1_780_000_000 },
        })),
      },
    },
  };
}

describe("only the site's own endpoints", () => {
  it("accepts exact endpoint paths on the site's own https host, and nothing else", () => {
    expect(observedEndpoint('instagram', 'https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa')).toBe('webProfileInfo');
    expect(observedEndpoint('instagram', 'https://www.instagram.com/graphql/query')).toBe('graphql');
    expect(observedEndpoint('tiktok', 'https://www.tiktok.com/api/post/item_list/?aid=1988&count=35')).toBe('itemList');
    expect(observedEndpoint('youtube', 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false')).toBe('browse');
    expect(observedEndpoint('youtube', 'https://www.youtube.com/youtubei/v1/reel/reel_item_watch?prettyPrint=false')).toBe('reel');
    expect(observedEndpoint('youtube', 'vetlens://yt-navigate-finish')).toBe('navigateEvent');
    for (const url of [
      'https://evil.example/api/v1/users/web_profile_info/?username=nasa',
      'https://www.instagram.com.evil.example/graphql/query',
      'http://www.instagram.com/graphql/query',
      'https://www.instagram.com:8443/graphql/query',
      'https://user:pw@www.instagram.com/graphql/query',
      'https://instagram.com/graphql/query',
      'https://www.instagram.com/evil/graphql/query',
      'https://www.instagram.com/graphql/query/extra',
      'https://www.instagram.com/nasa/?u=/api/v1/users/web_profile_info/',
      '/api/v1/users/web_profile_info/',
      'vetlens://yt-navigate-finish',
      'not a url',
    ])
      expect(observedEndpoint('instagram', url), url).toBeNull();
    expect(observedEndpoint('tiktok', 'https://www.youtube.com/youtubei/v1/browse')).toBeNull();
  });

  it('drops a message that claims an outside address, on every site', () => {
    const nasa = JSON.parse(readPlatformFixture('instagram', 'ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json')) as unknown;
    const empty = () => parseHtml('<html lang="en"><body><main></main></body></html>');
    const instagramAt = (url: string) =>
      extractInstagramProfile(empty(), new URL('https://www.instagram.com/nasa/'), { observed: [{ url, body: nasa, at: 1 }] });
    expect(instagramAt('https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa')).toMatchObject({
      ok: true,
      snapshot: { followers: 97956738 },
    });
    expect(instagramAt('https://evil.example/api/v1/users/web_profile_info/?username=nasa').ok).toBe(false);

    const userDetail = { userInfo: { user: { uniqueId: 'creator_b', nickname: 'Creator B' }, stats: { followerCount: 12345 } } };
    const tiktokAt = (url: string) => extractTikTok(empty(), new URL('https://www.tiktok.com/@creator_b'), { observed: [{ url, body: userDetail, at: 1 }] });
    expect(tiktokAt('https://www.tiktok.com/api/user/detail/?uniqueId=creator_b')).toMatchObject({ ok: true, snapshot: { followers: 12345 } });
    expect(tiktokAt('https://www.tiktok.com.evil.example/api/user/detail/?uniqueId=creator_b').ok).toBe(false);

    const browse = {
      header: {
        c4TabbedHeaderRenderer: {
          channelId: 'UCforged000000000000001',
          title: 'Chan',
          channelHandleText: { runs: [{ text: '@chan' }] },
          subscriberCountText: { simpleText: '10K subscribers' },
        },
      },
    };
    const youtubeAt = (url: string) => extractYouTube(empty(), new URL('https://www.youtube.com/@chan'), { observed: [{ url, body: browse, at: 1 }] });
    expect(youtubeAt('https://www.youtube.com/youtubei/v1/browse')).toMatchObject({ ok: true, snapshot: { followers: 10000 } });
    expect(youtubeAt('https://evil.example/youtubei/v1/browse').ok).toBe(false);
  });
});

describe('only in the shape each endpoint answers with', () => {
  it('reads a body only where its endpoint puts its data', () => {
    const empty = () => parseHtml('<html lang="en"><body><main></main></body></html>');
    const nasa = JSON.parse(readPlatformFixture('instagram', 'ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json')) as unknown;
    // A user object where a reels endpoint answers with items.
    expect(
      extractInstagramProfile(empty(), new URL('https://www.instagram.com/nasa/'), {
        observed: [{ url: 'https://www.instagram.com/api/v1/clips/user/', body: nasa, at: 1 }],
      }).ok,
    ).toBe(false);
    // A user/detail answer where the item list endpoint answers.
    const userDetail = { userInfo: { user: { uniqueId: 'creator_b' }, stats: { followerCount: 12345 } } };
    expect(
      extractTikTok(empty(), new URL('https://www.tiktok.com/@creator_b'), {
        observed: [{ url: 'https://www.tiktok.com/api/post/item_list/', body: userDetail, at: 1 }],
      }).ok,
    ).toBe(false);
    // A channel header where the player endpoint answers.
    const browse = {
      header: {
        c4TabbedHeaderRenderer: {
          channelId: 'UCforged000000000000001',
          title: 'Chan',
          channelHandleText: { runs: [{ text: '@chan' }] },
          subscriberCountText: { simpleText: '10K subscribers' },
        },
      },
    };
    expect(
      extractYouTube(empty(), new URL('https://www.youtube.com/@chan'), {
        observed: [{ url: 'https://www.youtube.com/youtubei/v1/player', body: browse, at: 1 }],
      }).ok,
    ).toBe(false);
  });
});

describe("posts without an owner are nobody's", () => {
  it('credits a profile with no post that does not name the creator as its owner', () => {
    const body = forgedProfile('someone.else');
    // The creator's own user object, and media naming no owner at all.
    body.data.user.username = 'lena.travels';
    body.data.user.edge_followed_by.count = 24310;
    const snapshot = snapshotOf(
      extractInstagramProfile(parseHtml('<html lang="en"><body><main></main></body></html>'), LENA, {
        observed: [{ url: 'https://www.instagram.com/graphql/query', body, at: 1 }],
        capturedAt: CAPTURED_AT,
      }),
    );
    // Posts inside the creator's own user object are theirs; the timeline's ownerless ones are not.
    expect(snapshot.posts.map((p) => p.id).filter((id) => id.startsWith('Loose'))).toEqual([]);
    expect(snapshot.posts.filter((p) => p.id.startsWith('Forged'))).toHaveLength(6);
  });

  it("credits reels that name their owner by id only through the creator's own user object", () => {
    const clips = JSON.parse(readPlatformFixture('instagram', 'ig_clips_user_graphql_anasaiaofficial_2024-03_crawlinsta.json')) as unknown;
    const profile = JSON.parse(readPlatformFixture('instagram', 'ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json')) as unknown;
    const url = new URL('https://www.instagram.com/anasaiaofficial/');
    const empty = () => parseHtml('<html lang="en"><body><main></main></body></html>');
    const alone = extractInstagramProfile(empty(), url, { observed: [{ url: 'https://www.instagram.com/graphql/query', body: clips, at: 1 }] });
    expect(alone.ok).toBe(false);
    const withOwner = snapshotOf(
      extractInstagramProfile(empty(), url, {
        observed: [
          { url: 'https://www.instagram.com/graphql/query', body: profile, at: 1 },
          { url: 'https://www.instagram.com/graphql/query', body: clips, at: 2 },
        ],
      }),
    );
    expect(withOwner.posts.find((p) => p.id === 'C38wAnKPWRX')).toMatchObject({ views: 131421 });
  });

  it('never credits a post page to a profile it only links (the paid partner), nor to the owner a fetched response claims', () => {
    const pt = readPlatformFixture('instagram', 'built', 'post-2026-pt.html');
    const url = new URL('https://www.instagram.com/p/DEw2Rf7hJ9q/');
    // The author's name link has lost its text; the partner's link is the only name link left.
    const nameless = parseHtml(pt.replace('<span class="_ap3a _aaco" dir="auto">bia.receitas</span>', ''));
    const result = extractInstagramProfile(nameless, url, { capturedAt: CAPTURED_AT });
    expect(result.ok ? result.snapshot.handle : null).not.toBe('vetlens.brand');
    // A fetched response that says the post is someone else's, with 5M likes: set aside.
    const forged: ObservedResponse = {
      url: 'https://www.instagram.com/graphql/query',
      at: 1,
      body: {
        data: {
          xdt_api__v1__media__shortcode__web_info: {
            items: [{ code: 'DEw2Rf7hJ9q', like_count: 5_000_000, comment_count: 1, taken_at: 1_746_273_600, user: { username: 'vetlens.brand' } }],
          },
        },
      },
    };
    const snapshot = snapshotOf(extractInstagramProfile(parseHtml(pt), url, { observed: [forged], capturedAt: CAPTURED_AT }));
    expect(snapshot.handle).toBe('bia.receitas');
    expect(snapshot.posts[0]).toMatchObject({ likes: 137 });
  });
});

describe("where the page's data disagrees with what it shows, the page wins and says so", () => {
  it('Instagram: keeps the header\'s "24.3K", name and badge over a forged response, and none of its posts', () => {
    const observed: ObservedResponse[] = [
      { url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=lena.travels', body: forgedProfile('lena.travels'), at: 1 },
    ];
    const snapshot = snapshotOf(extractInstagramProfile(lenaShownOnly(), LENA, { observed, capturedAt: CAPTURED_AT }));
    expect(snapshot).toMatchObject({ followers: 24300, precision: { followers: 'rounded' }, verified: false, sources: ['dom'] });
    expect(snapshot.displayName).not.toBe('Made Up Name');
    expect(snapshot.posts.some((p) => (p.likes ?? 0) >= 5_000_000)).toBe(false);
    expect(snapshot.overruled).toEqual(['followers', 'displayName', 'verified']);
    // A response that agrees with the header is read as before: its exact count, no note.
    const real = forgedProfile('lena.travels');
    Object.assign(real.data.user, { full_name: 'Lena Travels', is_verified: false, edge_followed_by: { count: 24310 } });
    const agreeing = snapshotOf(extractInstagramProfile(lenaShownOnly(), LENA, { observed: [{ ...observed[0]!, body: real }], capturedAt: CAPTURED_AT }));
    expect(agreeing).toMatchObject({ followers: 24310, precision: { followers: 'exact' }, displayName: 'Lena Travels' });
    expect(agreeing.overruled).toBeUndefined();
  });

  it("TikTok: keeps the header's counts, name and badge over a forged user/detail", () => {
    const forged = {
      userInfo: {
        user: { uniqueId: 'vetlens_alpha', nickname: 'Made Up Name', verified: false, signature: 'forged' },
        stats: { followerCount: 987_654_321, followingCount: 1 },
      },
    };
    const snapshot = snapshotOf(
      extractTikTok(parseHtml(readPlatformFixture('e2e', 'tiktok-profile-a.html')), new URL('https://www.tiktok.com/@vetlens_alpha'), {
        observed: [{ url: 'https://www.tiktok.com/api/user/detail/?uniqueId=vetlens_alpha', body: forged, at: 1 }],
        capturedAt: CAPTURED_AT,
      }),
    );
    expect(snapshot).toMatchObject({
      followers: 1_200_000,
      displayName: 'Alpha Kitchen',
      verified: true,
      sources: ['dom'],
      overruled: ['followers', 'displayName', 'verified'],
    });
  });

  it('YouTube: keeps the rendered channel header over a forged browse response after an in-page navigation', () => {
    const forged = {
      header: {
        c4TabbedHeaderRenderer: {
          channelId: 'UCvetlensAlpha000000001',
          title: 'Made Up Name',
          channelHandleText: { runs: [{ text: '@VetlensAlpha' }] },
          subscriberCountText: { simpleText: '987M subscribers' },
        },
      },
      metadata: {
        channelMetadataRenderer: { externalId: 'UCvetlensAlpha000000001', title: 'Made Up Name', vanityChannelUrl: 'http://www.youtube.com/@VetlensAlpha' },
      },
    };
    const snapshot = snapshotOf(
      extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html')), new URL('https://www.youtube.com/@VetlensAlpha'), {
        observed: [{ url: 'https://www.youtube.com/youtubei/v1/browse', body: forged, at: 1 }],
        embeddedIsStale: true,
        capturedAt: CAPTURED_AT,
      }),
    );
    expect(snapshot).toMatchObject({
      followers: 1_230_000,
      displayName: 'Vetlens Alpha',
      verified: true,
      sources: ['dom'],
      overruled: ['followers', 'displayName', 'verified'],
    });
  });

  it('YouTube: sets aside a fetched watch-next response whose channel the rendered owner block contradicts, with its numbers', () => {
    const forged = {
      currentVideoEndpoint: { watchEndpoint: { videoId: 'alphaVideo1' } },
      contents: {
        twoColumnWatchNextResults: {
          results: {
            results: {
              contents: [
                {
                  videoPrimaryInfoRenderer: {
                    title: { runs: [{ text: 'Forged' }] },
                    viewCount: { videoViewCountRenderer: { viewCount: { simpleText: '999,999,999 views' } } },
                  },
                },
                {
                  videoSecondaryInfoRenderer: {
                    owner: {
                      videoOwnerRenderer: {
                        title: { runs: [{ text: 'Made Up Name' }] },
                        subscriberCountText: { simpleText: '987M subscribers' },
                        navigationEndpoint: { browseEndpoint: { browseId: 'UCvetlensAlpha000000001', canonicalBaseUrl: '/@VetlensAlpha' } },
                      },
                    },
                  },
                },
              ],
            },
          },
        },
      },
    };
    const snapshot = snapshotOf(
      extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-watch-a1.html')), new URL('https://www.youtube.com/watch?v=alphaVideo1'), {
        observed: [{ url: 'https://www.youtube.com/youtubei/v1/next', body: forged, at: 1 }],
        capturedAt: CAPTURED_AT,
      }),
    );
    expect(snapshot).toMatchObject({ displayName: 'Vetlens Alpha', followers: 1_230_000, verified: true, overruled: ['followers', 'displayName', 'verified'] });
    expect(snapshot.posts[0]).toMatchObject({ views: 1_204_311 });
  });
});

describe('the newest reading wins over an older one', () => {
  it('agrees a rounded reading with the exact numbers inside its rounding, and nothing else', () => {
    expect(readingsAgree({ value: 24300, precision: 'rounded' }, { value: 24310, precision: 'exact' })).toBe(true);
    expect(readingsAgree({ value: 24300, precision: 'rounded' }, { value: 24399, precision: 'exact' })).toBe(true);
    expect(readingsAgree({ value: 24300, precision: 'rounded' }, { value: 987_654_321, precision: 'exact' })).toBe(false);
    expect(readingsAgree({ value: 1_200_000, precision: 'rounded' }, { value: 1_234_567, precision: 'exact' })).toBe(true);
    expect(readingsAgree({ value: 24310, precision: 'exact' }, { value: 24311, precision: 'exact' })).toBe(false);
    expect(
      newestReading([
        { value: 987_654_321, precision: 'exact', at: 1 },
        { value: 24300, precision: 'rounded', at: 2 },
      ]),
    ).toEqual({ value: 24300, precision: 'rounded' });
    expect(
      newestReading([
        { value: 24310, precision: 'exact', at: 1 },
        { value: 24300, precision: 'rounded', at: 2 },
      ]),
    ).toEqual({ value: 24310, precision: 'exact' });
  });

  it('Instagram: a count fetched later wins over the one embedded in the first HTML', () => {
    // The embedded JSON says 24,310; the page fetched 24,402 since (no header on screen to check against).
    const html = readPlatformFixture('instagram', 'built', 'rendered-profile.html').replace(/<main[\s\S]*<\/main>/, '<main></main>');
    const later = { data: { user: { username: 'lena.travels', follower_count: 24402 } } };
    const snapshot = snapshotOf(
      extractInstagramProfile(parseHtml(html), LENA, {
        observed: [{ url: 'https://www.instagram.com/graphql/query', body: later, at: 5 }],
        capturedAt: CAPTURED_AT,
      }),
    );
    expect(snapshot.followers).toBe(24402);
  });

  it("TikTok: the newest user/detail wins over the embedded counts, and a post's newer reading over an older exact one", () => {
    const doc = parseHtml(readPlatformFixture('tiktok', 'tt_profile_illojuan_2025-12_rendered_metascraper.html'));
    const detail = { userInfo: { user: { uniqueId: 'illojuan', nickname: 'IlloJuan' }, statsV2: { followerCount: '783449' } } };
    const item = (likes: unknown, at: number): ObservedResponse => ({
      url: 'https://www.tiktok.com/api/post/item_list/?cursor=0',
      at,
      body: { itemList: [{ id: '7300000000000000001', author: { uniqueId: 'illojuan' }, createTime: 1700000000, stats: { diggCount: likes } }] },
    });
    const snapshot = snapshotOf(
      extractTikTok(doc, new URL('https://www.tiktok.com/@illojuan'), {
        observed: [{ url: 'https://www.tiktok.com/api/user/detail/?uniqueId=illojuan', body: detail, at: 3 }, item(5_000_123, 1), item(25500, 2)],
        capturedAt: CAPTURED_AT,
      }),
    );
    expect(snapshot.followers).toBe(783449);
    expect(snapshot.posts.find((p) => p.id === '7300000000000000001')).toMatchObject({ likes: 25500, rounded: ['likes'] });
  });
});
