import { describe, expect, it } from 'vitest';
import { extractTikTok } from '../../../lib/platforms/tiktok';
import { extractYouTube } from '../../../lib/platforms/youtube';
import { parseHtml, readPlatformFixture } from '../helpers/platform-fixtures';

const TIKTOK_A = new URL('https://www.tiktok.com/@vetlens_alpha');
const TIKTOK_B = new URL('https://www.tiktok.com/@vetlens_beta');
const YOUTUBE_A = new URL('https://www.youtube.com/@VetlensAlpha');
const YOUTUBE_B = new URL('https://www.youtube.com/@VetlensBeta');

/** The page after an in-page navigation: the first page's head (and its scripts), the second page's body. */
function navigated(first: string, second: string): Document {
  const doc = parseHtml(readPlatformFixture('e2e', first));
  doc.body.innerHTML = parseHtml(readPlatformFixture('e2e', second)).body.innerHTML;
  return doc;
}

function snapshotOf(result: ReturnType<typeof extractTikTok>) {
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.snapshot;
}

describe('e2e pages: TikTok', () => {
  it('reads profile A', () => {
    const snapshot = snapshotOf(extractTikTok(parseHtml(readPlatformFixture('e2e', 'tiktok-profile-a.html')), TIKTOK_A));
    expect(snapshot).toMatchObject({
      handle: 'vetlens_alpha',
      followers: 1200000,
      following: 87,
      totalLikes: 34500000,
      verified: true,
      precision: { followers: 'rounded' },
    });
    expect(snapshot.posts.map((p) => p.views)).toEqual([1100000, 845200, 2300000]);
  });

  it('reads profile B', () => {
    const snapshot = snapshotOf(extractTikTok(parseHtml(readPlatformFixture('e2e', 'tiktok-profile-b.html')), TIKTOK_B));
    expect(snapshot).toMatchObject({
      handle: 'vetlens_beta',
      followers: 45600,
      following: 312,
      totalLikes: 1100000,
      verified: false,
      links: ['https://youtube.com/@VetlensBeta'],
    });
    expect(snapshot.posts.map((p) => p.views)).toEqual([12300, 8765]);
  });

  it('after navigating from A to B reads B; with the URL still on A while B renders, reads nothing', () => {
    const doc = navigated('tiktok-profile-a.html', 'tiktok-profile-b.html');
    expect(snapshotOf(extractTikTok(doc, TIKTOK_B, { embeddedIsStale: true })).followers).toBe(45600);
    expect(extractTikTok(doc, TIKTOK_A, { embeddedIsStale: true })).toMatchObject({ ok: false });
  });
});

describe('e2e pages: TikTok videos of creator B', () => {
  it.each([
    ['tiktok-video-b1.html', '7400000000000000101', { likes: 1480, comments: 37, saves: 52, shares: 21 }],
    ['tiktok-video-b2.html', '7400000000000000102', { likes: 702, comments: 19, saves: 30, shares: 9 }],
  ])('reads %s as one post of @vetlens_beta, without views or followers', (file, id, counts) => {
    const url = new URL(`https://www.tiktok.com/@vetlens_beta/video/${id}`);
    const snapshot = snapshotOf(extractTikTok(parseHtml(readPlatformFixture('e2e', file)), url));
    expect(snapshot).toMatchObject({ handle: 'vetlens_beta', pageKind: 'post', followers: null });
    expect(snapshot.posts).toHaveLength(1);
    expect(snapshot.posts[0]).toMatchObject({ id, views: null, ...counts });
  });
});

describe('e2e pages: YouTube', () => {
  it('reads channel A from its embedded data', () => {
    const snapshot = snapshotOf(extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html')), YOUTUBE_A));
    expect(snapshot).toMatchObject({ handle: 'VetlensAlpha', followers: 1230000, postCount: 214, verified: true, sources: ['embedded-json'] });
    expect(snapshot.posts[0]).toMatchObject({ id: 'alphaVideo1', views: 1204311 });
  });

  it('reads channel A from the rendered page alone', () => {
    const snapshot = snapshotOf(extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html')), YOUTUBE_A, { embeddedIsStale: true }));
    expect(snapshot).toMatchObject({ handle: 'VetlensAlpha', followers: 1230000, postCount: 214, verified: true, sources: ['dom'] });
    expect(snapshot.posts.map((p) => p.views)).toEqual([1200000, 845000, 23456]);
  });

  it('reads channel B from the rendered page', () => {
    const snapshot = snapshotOf(
      extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-channel-b.html')), YOUTUBE_B, { capturedAt: '2026-06-01T00:00:00.000Z' }),
    );
    expect(snapshot).toMatchObject({ handle: 'VetlensBeta', followers: 45600, postCount: 37, sources: ['dom'] });
    expect(snapshot.posts).toMatchObject([
      { id: 'betaVideo01', views: 12000, publishedAt: '2026-05-29T00:00:00.000Z' },
      { id: 'betaVideo02', views: 987 },
    ]);
  });

  it("after navigating from A to B never reads A's ytInitialData, flagged stale or not", () => {
    const doc = navigated('youtube-channel-a.html', 'youtube-channel-b.html');
    for (const embeddedIsStale of [true, false]) {
      const snapshot = snapshotOf(extractYouTube(doc, YOUTUBE_B, { embeddedIsStale }));
      expect(snapshot.followers).toBe(45600);
      expect(snapshot.posts.some((p) => p.id.startsWith('alpha'))).toBe(false);
    }
  });

  it('while the URL says B but the page still shows A, reads nothing rather than A', () => {
    const doc = parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html'));
    expect(extractYouTube(doc, YOUTUBE_B, { embeddedIsStale: true })).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('e2e pages: a reused YouTube header on a /channel/ URL', () => {
  it("reads the header only when the page's data ties its @handle to the channel in the URL", () => {
    const doc = parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html'));
    const alphaById = new URL('https://www.youtube.com/channel/UCvetlensAlpha000000001');
    const otherById = new URL('https://www.youtube.com/channel/UCsomebodyElse000000001');
    expect(snapshotOf(extractYouTube(doc, alphaById, { embeddedIsStale: true })).followers).toBe(1230000);
    expect(extractYouTube(doc, otherById, { embeddedIsStale: true })).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-channel-b.html')), otherById)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('e2e pages: two YouTube watch pages of channel A', () => {
  const WATCH_A1 = new URL('https://www.youtube.com/watch?v=alphaVideo1');
  const WATCH_A2 = new URL('https://www.youtube.com/watch?v=alphaVideo2');

  it('reads each as a post of channel A, from its embedded data and from its rendered page alone', () => {
    for (const embeddedIsStale of [false, true]) {
      const a1 = snapshotOf(extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-watch-a1.html')), WATCH_A1, { embeddedIsStale }));
      expect(a1).toMatchObject({ pageKind: 'post', handle: 'VetlensAlpha', followers: 1230000, verified: true });
      expect(a1.posts).toMatchObject([{ id: 'alphaVideo1', views: 1204311, likes: 48213, comments: 1204 }]);
      const a2 = snapshotOf(extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-watch-a2.html')), WATCH_A2, { embeddedIsStale }));
      expect(a2).toMatchObject({ pageKind: 'post', handle: 'VetlensAlpha', followers: 1230000 });
      expect(a2.posts).toMatchObject([{ id: 'alphaVideo2', views: 845120, likes: 21034, comments: embeddedIsStale ? null : 612 }]);
    }
  });

  it('after navigating from the channel to a video reads the video, not the channel', () => {
    const doc = navigated('youtube-channel-a.html', 'youtube-watch-a1.html');
    const snapshot = snapshotOf(extractYouTube(doc, WATCH_A1, { embeddedIsStale: true }));
    expect(snapshot.pageKind).toBe('post');
    expect(snapshot.posts.map((p) => p.id)).toEqual(['alphaVideo1']);
  });
});

describe('e2e pages: two TikTok video pages of creator A', () => {
  const VIDEO_A1 = new URL('https://www.tiktok.com/@vetlens_alpha/video/7400000000000000001');
  const VIDEO_A2 = new URL('https://www.tiktok.com/@vetlens_alpha/video/7400000000000000002');

  it("reads the first video from its embedded data, exact where statsV2 gives it, and the creator's counts", () => {
    const snapshot = snapshotOf(extractTikTok(parseHtml(readPlatformFixture('e2e', 'tiktok-video-a1.html')), VIDEO_A1));
    expect(snapshot).toMatchObject({ pageKind: 'post', handle: 'vetlens_alpha', followers: 1204377, verified: true });
    expect(snapshot.posts).toMatchObject([
      { id: '7400000000000000001', likes: 98213, comments: 1204, shares: 2156, saves: 3311, views: 1104321, publishedAt: '2024-08-06T12:19:23.000Z' },
    ]);
  });

  it("after navigating to the second video reads its rendered counts, dated by its id, never the feed's other creator", () => {
    const doc = navigated('tiktok-video-a1.html', 'tiktok-video-a2.html');
    const snapshot = snapshotOf(extractTikTok(doc, VIDEO_A2, { embeddedIsStale: true }));
    expect(snapshot).toMatchObject({ pageKind: 'post', handle: 'vetlens_alpha', sources: ['dom'] });
    expect(snapshot.posts).toMatchObject([
      {
        id: '7400000000000000002',
        likes: 41700,
        comments: 387,
        shares: 615,
        saves: 902,
        views: null,
        rounded: ['likes'],
        publishedAt: '2024-08-06T12:19:23.000Z',
      },
    ]);
    expect(extractTikTok(doc, VIDEO_A1, { embeddedIsStale: true })).toMatchObject({ ok: false });
  });

  it("with this video's own block gone, never reads the one left in the feed, which is another creator's", () => {
    const doc = parseHtml(readPlatformFixture('e2e', 'tiktok-video-a2.html'));
    doc.querySelector('#one-column-item-0')!.remove();
    expect(doc.querySelectorAll('[data-e2e="like-count"]')).toHaveLength(1);
    expect(extractTikTok(doc, VIDEO_A2, { embeddedIsStale: true })).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
