import { describe, expect, it } from 'vitest';
import { extractYouTube, youtube } from '../../../../lib/platforms/youtube';
import { youtubeWatchPage } from '../../../../lib/platforms/youtube/route';
import { parseHtml, readPlatformFixture } from '../../helpers/platform-fixtures';

/** lib/platforms/youtube/route.ts: which channel or video an address names. */

const PYTUBE_EN = 'yt_channel_channel-videos_2023-03_en_pytube.html';

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
});

describe('YouTube watch pages: in-page navigation', () => {
  it('keys a watch page by its video, the same for /watch, /shorts and /live, so moving to another video switches the card', () => {
    expect(youtube.pageKey(new URL('https://www.youtube.com/watch?v=hwMkbaS_M_c&t=42s'))).toBe('video/hwMkbaS_M_c');
    expect(youtube.pageKey(new URL('https://www.youtube.com/shorts/hwMkbaS_M_c'))).toBe('video/hwMkbaS_M_c');
    expect(youtube.pageKey(new URL('https://www.youtube.com/live/hwMkbaS_M_c'))).toBe('video/hwMkbaS_M_c');
    expect(youtube.pageKey(new URL('https://www.youtube.com/watch?v=pvkTC2xIbeY'))).toBe('video/pvkTC2xIbeY');
    expect(youtubeWatchPage(new URL('https://www.youtube.com/shorts/alphaShort1'))).toEqual({ videoId: 'alphaShort1', shorts: true });
    expect(youtubeWatchPage(new URL('https://www.youtube.com/watch?v=tooShort'))).toBeNull();
  });
});
