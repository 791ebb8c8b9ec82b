import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../lib/cli/vet-core';
import { tiktokUrlFromEmbedded, youtubeUrlFromBrowse } from '../../../lib/cli/page-address';
import { observedFixture, parseHtml, readPlatformFixture } from '../helpers/platform-fixtures';

/** lib/cli/page-address.ts: where a saved page or response came from, for `npm run vet`. */

const ILLOJUAN = 'tt_profile_illojuan_2025-12_rendered_metascraper.html';

describe('YouTube: a browse response saved without its page', () => {
  it('names the channel URL it describes, @handle first', () => {
    const [taller] = observedFixture('youtube/built', 'page-header-lockup.observed.json');
    expect(youtubeUrlFromBrowse(taller!.body)).toBe('https://www.youtube.com/@tallerdeluz');
    const withoutVanity = {
      metadata: {
        channelMetadataRenderer: { channelUrl: 'https://www.youtube.com/channel/UCtallerDeLuz0000000001', vanityChannelUrl: 'http://www.youtube.com/c/taller' },
      },
    };
    expect(youtubeUrlFromBrowse(withoutVanity)).toBe('https://www.youtube.com/channel/UCtallerDeLuz0000000001');
    expect(youtubeUrlFromBrowse({ contents: {} })).toBeNull();
    expect(youtubeUrlFromBrowse('not json')).toBeNull();
  });
});

describe('YouTube watch pages: what the page shows, and nothing else', () => {
  it('names the watch URL of a saved /next response, so `npm run vet` can read it without its page', () => {
    const [navigation] = observedFixture('youtube/built', 'watch-navigation.observed.json');
    expect(youtubeUrlFromBrowse((navigation!.body as { response: unknown }).response)).toBe('https://www.youtube.com/watch?v=alphaVideo2');
    expect(youtubeUrlFromBrowse({ currentVideoEndpoint: { reelWatchEndpoint: { videoId: 'alphaShort1' } } })).toBe(
      'https://www.youtube.com/shorts/alphaShort1',
    );
  });

  it('finds the address of a rendered page that has no canonical link by the video its page element shows', () => {
    const doc = parseHtml(readPlatformFixture('youtube', 'yt_watch_hwMkbaS_M_c_2018-01_rendered-polymer-dom_es_metascraper.html'));
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(pageUrl(doc).href).toBe('https://www.youtube.com/watch?v=hwMkbaS_M_c');
  });
});

describe('TikTok: helpers for saved pages', () => {
  it('finds the URL of a 2021 page that has no canonical link in its own data', () => {
    const doc = parseHtml(readPlatformFixture('tiktok', 'tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html'));
    expect(tiktokUrlFromEmbedded(doc)).toBe('https://www.tiktok.com/@tiktok');
    expect(tiktokUrlFromEmbedded(parseHtml(readPlatformFixture('tiktok', ILLOJUAN)))).toBeNull();
  });
});
