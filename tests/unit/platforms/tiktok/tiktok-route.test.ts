import { describe, expect, it } from 'vitest';
import { extractTikTok, tiktok } from '../../../../lib/platforms/tiktok';
import { parseHtml, readPlatformFixture } from '../../helpers/platform-fixtures';

/** lib/platforms/tiktok/route.ts: which creator or video an address names. */

const ILLOJUAN = 'tt_profile_illojuan_2025-12_rendered_metascraper.html';

describe('TikTok: stale pages and pages without a profile', () => {
  it('reads paths that are not a profile or a video as not-profile', () => {
    const doc = parseHtml(readPlatformFixture('tiktok', ILLOJUAN));
    for (const path of ['/', '/foryou', '/explore', '/music/original-sound-1', '/@illojuan/live'])
      expect(extractTikTok(doc, new URL(`https://www.tiktok.com${path}`))).toMatchObject({ ok: false, reason: 'not-profile' });
  });

  it('keys a profile by the creator and a video page by its video, so moving between videos switches the card', () => {
    expect(tiktok.pageKey(new URL('https://www.tiktok.com/@IlloJuan'))).toBe('@illojuan');
    expect(tiktok.pageKey(new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710?lang=en'))).toBe('@illojuan/video/7571863205253778710');
    expect(tiktok.pageKey(new URL('https://www.tiktok.com/@illojuan/video/7437176835944795424'))).toBe('@illojuan/video/7437176835944795424');
    expect(tiktok.pageKey(new URL('https://www.tiktok.com/foryou'))).toBeNull();
  });
});
