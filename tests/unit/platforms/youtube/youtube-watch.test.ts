import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../../lib/cli/vet-core';
import { extractYouTube, findYouTubeOverlayAnchor } from '../../../../lib/platforms/youtube';
import { youtubeWatchPage } from '../../../../lib/platforms/youtube/route';
import { creatorKey, type ExtractResult, type ProfileSnapshot } from '../../../../lib/snapshot';
import { expectedPages, observedFixture, parseHtml, readPlatformFixture, type ExpectedPage } from '../../helpers/platform-fixtures';

const CAPTURED_AT = '2026-06-01T00:00:00.000Z';

function snapshotOf(result: ExtractResult): ProfileSnapshot {
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.snapshot;
}

/** The page after an in-page navigation: the first page's head (its scripts still there), the second page's body. */
function navigated(first: string, second: string): Document {
  const doc = parseHtml(readPlatformFixture(...first.split('/')));
  doc.body.innerHTML = parseHtml(readPlatformFixture(...second.split('/'))).body.innerHTML;
  return doc;
}

const WATCH_CAPTURES = [
  'yt_watch_2lAe1cqCOXo_2021-08_raw_en_pytube.html',
  'yt_watch_5YceQ8YqYMc_2023-05_raw_live-archive_en_pytube.html',
  'yt_watch_CsrfovOPcjk_2022-03_raw_vi_ytdl-core.html',
  'yt_watch_DIsktwOQZuU_2026-01_raw_es_metascraper.html',
  'yt_watch_EAZvxukW8kY_2023-03_rendered_en_metascraper.html',
  'yt_watch_GDRd-BFTYIg_2018-01_raw_watch7_en_metascraper.html',
  'yt_watch_HFlmHY8QFiY_2023-05_raw_en_pytube.html',
  'yt_watch_hwMkbaS_M_c_2018-01_rendered-polymer-dom_es_metascraper.html',
  'yt_watch_hwMkbaS_M_c_2020-05_raw_watch7_es_metascraper.html',
  'yt_watch_hwMkbaS_M_c_2024-01_raw_es_metascraper.html',
  'yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html',
  'yt_watch_rIqCiJKWx9I_2017-04_raw_watch7_de_ytdl-core.html',
];

describe('YouTube watch pages: the real captures', () => {
  it('has an expected-numbers file for every watch capture, and every one is read as a post of its channel', () => {
    const expected = expectedPages('youtube').map((file) => JSON.parse(readPlatformFixture('youtube', file)) as ExpectedPage);
    for (const capture of WATCH_CAPTURES) {
      const cases = expected.filter((page) => page.page === capture);
      expect(cases.length, capture).toBeGreaterThanOrEqual(1);
      for (const page of cases) expect(page.expect, capture).toMatchObject({ ok: true, snapshot: { pageKind: 'post' } });
    }
  });

  // Opens every watch capture, the 4 MB one whole: room for a busy machine.
  it("finds each capture's own address in the saved page, as `npm run vet` does", { timeout: 60_000 }, () => {
    const expected = expectedPages('youtube').map((file) => JSON.parse(readPlatformFixture('youtube', file)) as ExpectedPage);
    for (const capture of WATCH_CAPTURES) {
      const wanted = youtubeWatchPage(new URL(expected.find((page) => page.page === capture)!.url));
      expect(youtubeWatchPage(pageUrl(parseHtml(readPlatformFixture('youtube', capture)))), capture).toEqual(wanted);
    }
  });

  it("never reads a watch capture under another video's address", () => {
    for (const capture of [
      'yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html',
      'yt_watch_2lAe1cqCOXo_2021-08_raw_en_pytube.html',
      'yt_watch_GDRd-BFTYIg_2018-01_raw_watch7_en_metascraper.html',
    ]) {
      const result = extractYouTube(parseHtml(readPlatformFixture('youtube', capture)), new URL('https://www.youtube.com/watch?v=aaaaaaaaaaa'), {
        capturedAt: CAPTURED_AT,
      });
      expect(result, capture).toMatchObject({ ok: false, reason: 'unreadable' });
    }
  });

  it('keeps hidden likes unknown, never zero (a stream archive whose like button says only "I like this")', () => {
    const snapshot = snapshotOf(
      extractYouTube(
        parseHtml(readPlatformFixture('youtube', 'yt_watch_5YceQ8YqYMc_2023-05_raw_live-archive_en_pytube.html')),
        new URL('https://www.youtube.com/watch?v=5YceQ8YqYMc'),
        { capturedAt: CAPTURED_AT },
      ),
    );
    expect(snapshot.posts[0]).toMatchObject({ likes: null, views: 6318998, comments: 7 });
  });
});

describe("YouTube watch pages: the creator is the channel page's creator", () => {
  it('gives a watch page the creator key of its channel page (@handle), and the channel id as platformId', () => {
    const channel = snapshotOf(
      extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html')), new URL('https://www.youtube.com/@VetlensAlpha')),
    );
    for (const [file, id] of [
      ['youtube-watch-a1.html', 'alphaVideo1'],
      ['youtube-watch-a2.html', 'alphaVideo2'],
    ] as const) {
      const watch = snapshotOf(
        extractYouTube(parseHtml(readPlatformFixture('e2e', file)), new URL(`https://www.youtube.com/watch?v=${id}`), { capturedAt: CAPTURED_AT }),
      );
      expect(creatorKey(watch)).toBe(creatorKey(channel));
      expect(creatorKey(watch)).toBe('youtube:vetlensalpha');
      expect(watch.platformId).toBe(channel.platformId);
    }
  });

  it('matches the real ONE Media channel captures of the same era: by handle in 2024, by channel id in 2018 (no handles then)', () => {
    const channel2024 = snapshotOf(
      extractYouTube(
        parseHtml(readPlatformFixture('youtube', 'yt_channel_onemedia_2024-01_raw_es_metascraper.html')),
        new URL('https://www.youtube.com/@OneMedia.'),
        { capturedAt: CAPTURED_AT },
      ),
    );
    const watch2024 = snapshotOf(
      extractYouTube(
        parseHtml(readPlatformFixture('youtube', 'yt_watch_hwMkbaS_M_c_2024-01_raw_es_metascraper.html')),
        new URL('https://www.youtube.com/watch?v=hwMkbaS_M_c'),
        { capturedAt: CAPTURED_AT },
      ),
    );
    expect(creatorKey(watch2024)).toBe(creatorKey(channel2024));
    expect(watch2024.platformId).toBe(channel2024.platformId);

    const channel2018 = snapshotOf(
      extractYouTube(
        parseHtml(readPlatformFixture('youtube', 'yt_channel_onemedia_2018-01_rendered-polymer-dom_es_metascraper.html')),
        new URL('https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'),
        { capturedAt: CAPTURED_AT },
      ),
    );
    const watch2018 = snapshotOf(
      extractYouTube(
        parseHtml(readPlatformFixture('youtube', 'yt_watch_hwMkbaS_M_c_2018-01_rendered-polymer-dom_es_metascraper.html')),
        new URL('https://www.youtube.com/watch?v=hwMkbaS_M_c'),
        { capturedAt: CAPTURED_AT },
      ),
    );
    expect(watch2018.handle).toBeNull();
    expect(creatorKey(watch2018)).toBe(creatorKey(channel2018));
    expect(creatorKey(watch2018)).toBe('youtube:id:UCzcRQ3vRNr6fJ1A9rqFn7QA');
  });

  it('gives a /channel/ page the @handle its data names only in its addresses, so it keys the creator as its watch pages do', () => {
    const watch = snapshotOf(
      extractYouTube(parseHtml(readPlatformFixture('e2e', 'youtube-watch-a1.html')), new URL('https://www.youtube.com/watch?v=alphaVideo1'), {
        capturedAt: CAPTURED_AT,
      }),
    );
    const channelUrl = new URL('https://www.youtube.com/channel/UCvetlensAlpha000000001');
    const header = {
      c4TabbedHeaderRenderer: { channelId: 'UCvetlensAlpha000000001', title: 'Vetlens Alpha', subscriberCountText: { simpleText: '1.23M subscribers' } },
    };
    const meta = { externalId: 'UCvetlensAlpha000000001', title: 'Vetlens Alpha' };
    const bodies = {
      ownerUrls: { header, metadata: { channelMetadataRenderer: { ...meta, ownerUrls: ['http://www.youtube.com/@VetlensAlpha'] } } },
      headerLink: {
        header: {
          c4TabbedHeaderRenderer: { ...header.c4TabbedHeaderRenderer, navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@VetlensAlpha' } } },
        },
        metadata: { channelMetadataRenderer: meta },
      },
      canonical: {
        header,
        metadata: { channelMetadataRenderer: meta },
        microformat: { microformatDataRenderer: { urlCanonical: 'https://www.youtube.com/@VetlensAlpha' } },
      },
    };
    for (const [where, body] of Object.entries(bodies)) {
      const channel = snapshotOf(
        extractYouTube(parseHtml('<html lang="en"><body></body></html>'), channelUrl, {
          observed: [{ url: 'https://www.youtube.com/youtubei/v1/browse', at: 1, body }],
          capturedAt: CAPTURED_AT,
        }),
      );
      expect(creatorKey(channel), where).toBe(creatorKey(watch));
      expect(channel.platformId, where).toBe('UCvetlensAlpha000000001');
    }
  });

  it('credits a collaboration to the uploader the player names, and to nobody when only the co-credited channels are known', () => {
    const next = {
      currentVideoEndpoint: { watchEndpoint: { videoId: 'collabVid01' } },
      contents: {
        twoColumnWatchNextResults: {
          results: {
            results: {
              contents: [
                {
                  videoPrimaryInfoRenderer: {
                    title: { runs: [{ text: 'Together' }] },
                    viewCount: { videoViewCountRenderer: { viewCount: { simpleText: '4,821,905 views' } } },
                  },
                },
                {
                  videoSecondaryInfoRenderer: {
                    owner: {
                      videoOwnerRenderer: {
                        attributedTitle: { content: 'Channel One and Channel Two' },
                        navigationEndpoint: {
                          showDialogCommand: {
                            panelLoadingStrategy: {
                              inlineContent: { dialogViewModel: { header: { dialogHeaderViewModel: { headline: { content: 'Collaborators' } } } } },
                            },
                          },
                        },
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
    const player = {
      videoDetails: { videoId: 'collabVid01', channelId: 'UCchannelTwo00000000002', author: 'Channel Two', viewCount: '4821905' },
      microformat: { playerMicroformatRenderer: { ownerProfileUrl: 'http://www.youtube.com/@channeltwo' } },
    };
    const url = new URL('https://www.youtube.com/watch?v=collabVid01');
    const empty = parseHtml('<html lang="en"><body></body></html>');
    const withPlayer = snapshotOf(
      extractYouTube(empty, url, {
        observed: [{ url: 'vetlens://yt-navigate-finish', at: 1, body: { page: 'watch', response: next, playerResponse: player } }],
        embeddedIsStale: true,
      }),
    );
    expect(withPlayer).toMatchObject({ handle: 'channeltwo', platformId: 'UCchannelTwo00000000002', displayName: 'Channel Two' });
    expect(withPlayer.posts[0]!.views).toBe(4821905);
    const nextOnly = extractYouTube(empty, url, { observed: [{ url: 'https://www.youtube.com/youtubei/v1/next', at: 1, body: next }], embeddedIsStale: true });
    expect(nextOnly).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('YouTube watch pages: in-page navigation', () => {
  it("reads the video the URL names from the rendered page, never the first video's embedded data", () => {
    const doc = navigated('e2e/youtube-watch-a1.html', 'e2e/youtube-watch-a2.html');
    for (const embeddedIsStale of [true, false]) {
      const snapshot = snapshotOf(extractYouTube(doc, new URL('https://www.youtube.com/watch?v=alphaVideo2'), { capturedAt: CAPTURED_AT, embeddedIsStale }));
      expect(snapshot.posts).toHaveLength(1);
      expect(snapshot.posts[0]).toMatchObject({ id: 'alphaVideo2', views: 845120, likes: 21034 });
      expect(snapshot.sources).toEqual(['dom']);
    }
    // Under the first video's URL the page shows the second video: nothing to read.
    expect(extractYouTube(doc, new URL('https://www.youtube.com/watch?v=alphaVideo1'), { capturedAt: CAPTURED_AT, embeddedIsStale: true })).toMatchObject({
      ok: false,
    });
  });

  it("reads the navigate event's data and the comment count fetched after it, never a hover preview's player", () => {
    const observed = observedFixture('youtube/built', 'watch-navigation.observed.json');
    const empty = parseHtml('<html lang="en"><body></body></html>');
    const snapshot = snapshotOf(
      extractYouTube(empty, new URL('https://www.youtube.com/watch?v=alphaVideo2'), { observed, capturedAt: CAPTURED_AT, embeddedIsStale: true }),
    );
    expect(snapshot.posts[0]).toMatchObject({ comments: 614 });
    expect(snapshot.posts[0]!.rounded).toBeUndefined();
    // A navigation to another video ends the window: its comments are not this video's.
    const later = [
      ...observed,
      {
        url: 'vetlens://yt-navigate-finish',
        at: 1800,
        body: { page: 'watch', response: { currentVideoEndpoint: { watchEndpoint: { videoId: 'otherVideo1' } } } },
      },
    ];
    const cut = snapshotOf(
      extractYouTube(empty, new URL('https://www.youtube.com/watch?v=alphaVideo2'), { observed: later, capturedAt: CAPTURED_AT, embeddedIsStale: true }),
    );
    expect(cut.posts[0]).toMatchObject({ comments: 612 });
  });

  it("anchors the card under the rendered video's title and actions, only for the video in the URL", () => {
    const doc = parseHtml(readPlatformFixture('e2e', 'youtube-watch-a1.html'));
    expect(findYouTubeOverlayAnchor(doc, new URL('https://www.youtube.com/watch?v=alphaVideo1'))?.tagName.toLowerCase()).toBe('ytd-watch-metadata');
    expect(findYouTubeOverlayAnchor(doc, new URL('https://www.youtube.com/watch?v=alphaVideo2'))).toBeNull();
    expect(
      findYouTubeOverlayAnchor(parseHtml(readPlatformFixture('youtube', 'built/shorts-raw.html')), new URL('https://www.youtube.com/shorts/alphaShort1')),
    ).toBeNull();
  });
});

describe('YouTube watch pages: what the page shows, and nothing else', () => {
  const empty = () => parseHtml('<html lang="en"><body></body></html>');
  const withNext = (lang: string, primary: Record<string, unknown>, player?: Record<string, unknown>) =>
    extractYouTube(parseHtml(`<html lang="${lang}"><body></body></html>`), new URL('https://www.youtube.com/watch?v=testVideo01'), {
      capturedAt: CAPTURED_AT,
      embeddedIsStale: true,
      observed: [
        {
          url: 'vetlens://yt-navigate-finish',
          at: 1,
          body: {
            page: 'watch',
            response: {
              currentVideoEndpoint: { watchEndpoint: { videoId: 'testVideo01' } },
              contents: {
                twoColumnWatchNextResults: {
                  results: {
                    results: {
                      contents: [
                        { videoPrimaryInfoRenderer: primary },
                        {
                          videoSecondaryInfoRenderer: {
                            owner: {
                              videoOwnerRenderer: {
                                title: { runs: [{ text: 'Test' }] },
                                navigationEndpoint: { browseEndpoint: { browseId: 'UCtest00000000000000001', canonicalBaseUrl: '/@test' } },
                              },
                            },
                          },
                        },
                      ],
                    },
                  },
                },
              },
            },
            ...(player ? { playerResponse: player } : {}),
          },
        },
      ],
    });

  it('does not read a live stream\'s "watching now" as views', () => {
    const result = withNext(
      'en',
      {
        viewCount: {
          videoViewCountRenderer: { viewCount: { runs: [{ text: '10,226' }, { text: ' watching now' }] }, isLive: true, originalViewCount: '10226' },
        },
      },
      {
        videoDetails: { videoId: 'testVideo01', viewCount: '251705798', isLive: true, channelId: 'UCtest00000000000000001' },
      },
    );
    expect(snapshotOf(result).posts[0]!.views).toBeNull();
  });

  it('reads an abbreviated count only in a language whose units it knows ("50 N" is 50 thousand in Vietnamese, unknown in Thai)', () => {
    const button = (title: string) => ({
      videoActions: {
        menuRenderer: {
          topLevelButtons: [
            {
              segmentedLikeDislikeButtonViewModel: {
                likeButtonViewModel: {
                  likeButtonViewModel: {
                    toggleButtonViewModel: { toggleButtonViewModel: { defaultButtonViewModel: { buttonViewModel: { title, accessibilityText: 'Thích' } } } },
                  },
                },
              },
            },
          ],
        },
      },
    });
    expect(snapshotOf(withNext('vi-VN', button('50 N'))).posts[0]).toMatchObject({ likes: 50000, rounded: ['likes'] });
    expect(snapshotOf(withNext('th', button('5 พัน'))).posts[0]!.likes).toBeNull();
  });

  it('marks a video whose player carries the paid-promotion overlay as sponsored, and one without as not', () => {
    const player = (paid: boolean) => ({
      videoDetails: { videoId: 'testVideo01', viewCount: '10', channelId: 'UCtest00000000000000001' },
      ...(paid ? { paidContentOverlay: { paidContentOverlayRenderer: { text: { runs: [{ text: 'Includes paid promotion' }] } } } } : {}),
    });
    expect(snapshotOf(withNext('en', {}, player(true))).posts[0]!.sponsored).toBe(true);
    expect(snapshotOf(withNext('en', {}, player(false))).posts[0]!.sponsored).toBe(false);
    expect(snapshotOf(withNext('en', {})).posts[0]!.sponsored).toBeNull();
  });

  it('says why a private or removed video gives no numbers', () => {
    const html = `<html lang="en"><head><link rel="canonical" href="https://www.youtube.com/watch?v=gone0000001"><script>var ytInitialPlayerResponse = {"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Private video"}};</script></head><body></body></html>`;
    expect(extractYouTube(parseHtml(html), new URL('https://www.youtube.com/watch?v=gone0000001'))).toMatchObject({
      ok: false,
      reason: 'unavailable',
      pageKind: 'post',
      detail: expect.stringContaining('Private video'),
    });
    expect(extractYouTube(empty(), new URL('https://www.youtube.com/watch?v=gone0000001'))).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
