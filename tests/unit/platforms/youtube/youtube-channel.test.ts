import { describe, expect, it } from 'vitest';
import { extractYouTube, findYouTubeOverlayAnchor, youtubeLanguage } from '../../../../lib/platforms/youtube';
import { checkExpectedPage, expectedPages, observedFixture, parseHtml, readPlatformFixture, type ExpectedPage } from '../../helpers/platform-fixtures';

/** Channel pages (lib/platforms/youtube/channel*.ts): their JSON and rendered header, against the captures. */

const PYTUBE_EN = 'yt_channel_channel-videos_2023-03_en_pytube.html';

const checkCase = (dir: string, file: string) => checkExpectedPage(extractYouTube, dir, file);

describe('YouTube extractor against the real captures', () => {
  const cases = expectedPages('youtube');
  it('has an expected-numbers file for every copyable capture', () => {
    const pages = new Set(cases.map((file) => (JSON.parse(readPlatformFixture('youtube', file)) as ExpectedPage).page));
    for (const capture of [
      PYTUBE_EN,
      'yt_channel_channel-videos_2023-05_fr_pytube.html',
      'yt_channel_onemedia_2018-01_rendered-polymer-dom_es_metascraper.html',
      'yt_channel_onemedia_2024-01_raw_es_metascraper.html',
    ])
      expect(pages.has(capture), capture).toBe(true);
  });
  // The 4 MB watch capture is now parsed whole (about 3 s on an idle machine): room for a busy one.
  for (const file of cases) it(`reads ${file.replace('.expected.json', '')}`, { timeout: 60_000 }, () => checkCase('youtube', file));
});

describe('YouTube extractor against our own fixtures of the newer shapes', () => {
  const cases = expectedPages('youtube/built');
  for (const file of cases) it(`reads built/${file.replace('.expected.json', '')}`, () => checkCase('youtube/built', file));
});

describe('YouTube: stale data after in-page navigation', () => {
  it("never shows the first page's ytInitialData on another channel's URL", () => {
    const doc = parseHtml(readPlatformFixture('youtube', PYTUBE_EN));
    const result = extractYouTube(doc, new URL('https://www.youtube.com/@someone_else/videos'));
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('reads the fresh navigate data, not the embedded data, once the page says the embedded data is stale', () => {
    const doc = parseHtml(readPlatformFixture('youtube', PYTUBE_EN));
    const observed = observedFixture('youtube/built', 'navigation.observed.json');
    const result = extractYouTube(doc, new URL('https://www.youtube.com/@beta'), { observed, embeddedIsStale: true });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.followers).toBe(42);
    expect(result.snapshot.posts.map((p) => p.id)).toEqual(['betaVid0001', 'betaVid0002']);
  });

  it("does not break on a /channel/ page reached from a watch page, whose first HTML still holds the video's ytInitialData", () => {
    // The head (and its ytInitialData) of the watch page the tab loaded; the body of the channel page it moved to.
    const doc = parseHtml(readPlatformFixture('e2e', 'youtube-watch-a1.html'));
    doc.body.innerHTML = parseHtml(readPlatformFixture('e2e', 'youtube-channel-a.html')).body.innerHTML;
    expect(extractYouTube(doc, new URL('https://www.youtube.com/watch?v=alphaVideo1'))).toMatchObject({ ok: true });
    // The same script read again as a channel's data: never the watch reading cached for it.
    const result = extractYouTube(doc, new URL('https://www.youtube.com/channel/UCvetlensAlpha000000001'), { embeddedIsStale: true });
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('ignores the embedded data entirely when told it is stale, even for the same channel', () => {
    const doc = parseHtml(readPlatformFixture('youtube', PYTUBE_EN));
    const result = extractYouTube(doc, new URL('https://www.youtube.com/@ProgrammingKnowledge/videos'), { embeddedIsStale: true });
    expect(result.ok).toBe(false);
  });
});

describe('YouTube: pages, keys and anchors', () => {
  it("takes the language from <html lang>, or from YouTube's own config when the page has none", () => {
    expect(youtubeLanguage(parseHtml(readPlatformFixture('youtube', 'yt_channel_channel-videos_2023-05_fr_pytube.html')))).toBe('fr-FR');
    expect(youtubeLanguage(parseHtml(readPlatformFixture('youtube', 'yt_channel_onemedia_2018-01_rendered-polymer-dom_es_metascraper.html')))).toBe('es-ES');
  });

  it('anchors the overlay on the rendered channel header', () => {
    const doc = parseHtml(readPlatformFixture('youtube', 'yt_channel_onemedia_2018-01_rendered-polymer-dom_es_metascraper.html'));
    const anchor = findYouTubeOverlayAnchor(doc, new URL('https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'));
    expect(anchor?.tagName.toLowerCase()).toBe('ytd-c4-tabbed-header-renderer');
    expect(findYouTubeOverlayAnchor(parseHtml(readPlatformFixture('youtube', PYTUBE_EN)), new URL('https://www.youtube.com/@ProgrammingKnowledge'))).toBeNull();
  });
});

describe('YouTube: the same capture under its canonical /channel/ URL', () => {
  for (const file of expectedPages('youtube')) {
    const expected = JSON.parse(readPlatformFixture('youtube', file)) as ExpectedPage;
    if (!expected.page?.startsWith('yt_channel_') || expected.embeddedIsStale) continue;
    it(`reads ${expected.page} the same way`, () => {
      const doc = parseHtml(readPlatformFixture('youtube', expected.page!));
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical).toMatch(/^https:\/\/www\.youtube\.com\/channel\/UC/);
      const result = extractYouTube(doc, new URL(canonical!), { capturedAt: expected.capturedAt });
      const wanted = (expected.expect as { snapshot: { followers: number | null } }).snapshot.followers;
      expect(result).toMatchObject({ ok: true, snapshot: { followers: wanted } });
    });
  }
});

describe('YouTube: live streams', () => {
  it('does not read "watching" (live viewers) as views', () => {
    const body = {
      header: {
        c4TabbedHeaderRenderer: {
          channelId: 'UClive000000000000000001',
          title: 'Live',
          channelHandleText: { runs: [{ text: '@live' }] },
          subscriberCountText: { simpleText: '10K subscribers' },
        },
      },
      contents: {
        items: [
          {
            lockupViewModel: {
              contentId: 'liveVideo01',
              metadata: {
                lockupMetadataViewModel: {
                  metadata: { contentMetadataViewModel: { metadataRows: [{ metadataParts: [{ text: { content: '1.2K watching' } }] }] } },
                },
              },
            },
          },
          {
            lockupViewModel: {
              contentId: 'pastVideo01',
              metadata: {
                lockupMetadataViewModel: {
                  metadata: {
                    contentMetadataViewModel: {
                      metadataRows: [{ metadataParts: [{ text: { content: 'Streamed 2 days ago' } }, { text: { content: '3.4K views' } }] }],
                    },
                  },
                },
              },
            },
          },
        ],
      },
    };
    const result = extractYouTube(parseHtml('<html lang="en"><body></body></html>'), new URL('https://www.youtube.com/@live/streams'), {
      observed: [{ url: 'https://www.youtube.com/youtubei/v1/browse', body, at: 1 }],
      capturedAt: '2026-06-01T00:00:00.000Z',
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts).toMatchObject([
      { id: 'liveVideo01', views: null },
      { id: 'pastVideo01', views: 3400, publishedAt: '2026-05-30T00:00:00.000Z' },
    ]);
  });
});

describe('YouTube: videos loaded by scrolling', () => {
  const more = (at: number, id: string, views: string) => ({
    url: 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
    at,
    body: {
      onResponseReceivedActions: [
        {
          appendContinuationItemsAction: {
            continuationItems: [{ richItemRenderer: { content: { videoRenderer: { videoId: id, viewCountText: { simpleText: views } } } } }],
          },
        },
      ],
    },
  });
  const observed = [
    ...observedFixture('youtube/built', 'navigation.observed.json'),
    more(3500, 'alphaMore01', '77,777 views'),
    more(4500, 'betaMore001', '5 views'),
  ];
  const run = (url: string) => {
    const result = extractYouTube(parseHtml('<html lang="en"><body></body></html>'), new URL(url), { observed });
    if (!result.ok) throw new Error(result.detail);
    return result.snapshot.posts.map((p) => [p.id, p.views]);
  };

  it("adds the videos fetched after this channel's data and before the next page's", () => {
    expect(run('https://www.youtube.com/@alpha')).toEqual([
      ['alphaVid001', 5000001],
      ['alphaMore01', 77777],
    ]);
    expect(run('https://www.youtube.com/@beta/videos')).toEqual([
      ['betaVid0001', 17],
      ['betaVid0002', 1203],
      ['betaMore001', 5],
    ]);
  });
});

describe('YouTube: the old rendered header', () => {
  it('knows the subscriber count by its element id even when the text names no unit word', () => {
    const html = `<html lang="en"><body><ytd-c4-tabbed-header-renderer>
      <h1 id="channel-title-container"><span id="channel-title">Old Header</span></h1>
      <yt-formatted-string id="channel-handle">@OldHeader</yt-formatted-string>
      <yt-formatted-string id="subscriber-count" aria-label="1.65 million"><span>1.65M</span></yt-formatted-string>
      <yt-formatted-string id="videos-count"><span>3.3K</span> <span>videos</span></yt-formatted-string>
    </ytd-c4-tabbed-header-renderer></body></html>`;
    const result = extractYouTube(parseHtml(html), new URL('https://www.youtube.com/@OldHeader'));
    expect(result).toMatchObject({
      ok: true,
      snapshot: { handle: 'OldHeader', displayName: 'Old Header', followers: 1650000, postCount: 3300, sources: ['dom'] },
    });
  });
});
