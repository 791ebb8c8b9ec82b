import { describe, expect, it } from 'vitest';
import { extractYouTube, findYouTubeOverlayAnchor, youtube, youtubeLanguage, youtubeUrlFromBrowse } from '../../lib/platforms/youtube';
import { checkExpectedPage, expectedPages, observedFixture, parseHtml, readPlatformFixture, type ExpectedPage } from './helpers/platform-fixtures';

const PYTUBE_EN = 'yt_channel_channel-videos_2023-03_en_pytube.html';

const checkCase = (dir: string, file: string) => checkExpectedPage(extractYouTube, dir, file);

describe('YouTube extractor against the real captures', () => {
  const cases = expectedPages('youtube');
  it('has an expected-numbers file for every copyable capture', () => {
    const pages = new Set(cases.map((file) => (JSON.parse(readPlatformFixture('youtube', file)) as ExpectedPage).page));
    for (const capture of [PYTUBE_EN, 'yt_channel_channel-videos_2023-05_fr_pytube.html', 'yt_channel_onemedia_2018-01_rendered-polymer-dom_es_metascraper.html', 'yt_channel_onemedia_2024-01_raw_es_metascraper.html'])
      expect(pages.has(capture), capture).toBe(true);
  });
  for (const file of cases) it(`reads ${file.replace('.expected.json', '')}`, () => checkCase('youtube', file));
});

describe('YouTube extractor against our own fixtures of the newer shapes', () => {
  const cases = expectedPages('youtube/built');
  for (const file of cases) it(`reads built/${file.replace('.expected.json', '')}`, () => checkCase('youtube/built', file));
});

describe('YouTube: stale data after in-page navigation', () => {
  it('never shows the first page\'s ytInitialData on another channel\'s URL', () => {
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

  it('ignores the embedded data entirely when told it is stale, even for the same channel', () => {
    const doc = parseHtml(readPlatformFixture('youtube', PYTUBE_EN));
    const result = extractYouTube(doc, new URL('https://www.youtube.com/@ProgrammingKnowledge/videos'), { embeddedIsStale: true });
    expect(result.ok).toBe(false);
  });
});

describe('YouTube: pages, keys and anchors', () => {
  it('keys every channel URL form by the channel, tabs stripped', () => {
    expect(youtube.pageKey(new URL('https://www.youtube.com/@Kurzgesagt/videos'))).toBe('@kurzgesagt');
    expect(youtube.pageKey(new URL('https://www.youtube.com/@kurzgesagt'))).toBe('@kurzgesagt');
    expect(youtube.pageKey(new URL('https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q/shorts'))).toBe('channel/UCsXVk37bltHxD1rDPwtNM8Q');
    expect(youtube.pageKey(new URL('https://www.youtube.com/c/InANutshell/streams'))).toBe('c/inanutshell');
    expect(youtube.pageKey(new URL('https://www.youtube.com/user/movietrailers/featured'))).toBe('user/movietrailers');
    for (const path of ['/', '/watch?v=abc', '/shorts/abcdefghij', '/results?search_query=x', '/feed/subscriptions', '/playlist?list=PL1'])
      expect(youtube.pageKey(new URL(`https://www.youtube.com${path}`)), path).toBeNull();
  });

  it('reads pages that are neither a channel nor a video as not-profile', () => {
    const doc = parseHtml(readPlatformFixture('youtube', PYTUBE_EN));
    for (const path of ['/', '/watch?v=abc', '/results?search_query=x', '/feed/trending', '/playlist?list=PL1'])
      expect(extractYouTube(doc, new URL(`https://www.youtube.com${path}`)), path).toMatchObject({ ok: false, reason: 'not-profile' });
  });

  it('reads a watch URL as the video, never as the channel page whose data the document holds', () => {
    const doc = parseHtml(readPlatformFixture('youtube', PYTUBE_EN));
    expect(extractYouTube(doc, new URL('https://www.youtube.com/watch?v=ZR4FHmypft4'))).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('takes the language from <html lang>, or from YouTube\'s own config when the page has none', () => {
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
      header: { c4TabbedHeaderRenderer: { channelId: 'UClive000000000000000001', title: 'Live', channelHandleText: { runs: [{ text: '@live' }] }, subscriberCountText: { simpleText: '10K subscribers' } } },
      contents: {
        items: [
          { lockupViewModel: { contentId: 'liveVideo01', metadata: { lockupMetadataViewModel: { metadata: { contentMetadataViewModel: { metadataRows: [{ metadataParts: [{ text: { content: '1.2K watching' } }] }] } } } } } },
          { lockupViewModel: { contentId: 'pastVideo01', metadata: { lockupMetadataViewModel: { metadata: { contentMetadataViewModel: { metadataRows: [{ metadataParts: [{ text: { content: 'Streamed 2 days ago' } }, { text: { content: '3.4K views' } }] }] } } } } } },
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
        { appendContinuationItemsAction: { continuationItems: [{ richItemRenderer: { content: { videoRenderer: { videoId: id, viewCountText: { simpleText: views } } } } }] } },
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

  it('adds the videos fetched after this channel\'s data and before the next page\'s', () => {
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

describe('YouTube: a browse response saved without its page', () => {
  it('names the channel URL it describes, @handle first', () => {
    const [taller] = observedFixture('youtube/built', 'page-header-lockup.observed.json');
    expect(youtubeUrlFromBrowse(taller!.body)).toBe('https://www.youtube.com/@tallerdeluz');
    const withoutVanity = { metadata: { channelMetadataRenderer: { channelUrl: 'https://www.youtube.com/channel/UCtallerDeLuz0000000001', vanityChannelUrl: 'http://www.youtube.com/c/taller' } } };
    expect(youtubeUrlFromBrowse(withoutVanity)).toBe('https://www.youtube.com/channel/UCtallerDeLuz0000000001');
    expect(youtubeUrlFromBrowse({ contents: {} })).toBeNull();
    expect(youtubeUrlFromBrowse('not json')).toBeNull();
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
    expect(result).toMatchObject({ ok: true, snapshot: { handle: 'OldHeader', displayName: 'Old Header', followers: 1650000, postCount: 3300, sources: ['dom'] } });
  });
});
