import { describe, expect, it } from 'vitest';
import { extractTikTok, findTikTokOverlayAnchor, tiktokIdDate } from '../../../../lib/platforms/tiktok';
import { parseHtml, readPlatformFixture } from '../../helpers/platform-fixtures';

/** The rendered TikTok page (lib/platforms/tiktok/dom.ts): header, tiles, a video's counts. */

const ILLOJUAN = 'tt_profile_illojuan_2025-12_rendered_metascraper.html';

describe('TikTok: stale pages and pages without a profile', () => {
  it('anchors the overlay in the header of the creator in the URL only', () => {
    const doc = parseHtml(readPlatformFixture('tiktok', ILLOJUAN));
    const anchor = findTikTokOverlayAnchor(doc, new URL('https://www.tiktok.com/@illojuan'));
    expect(anchor?.querySelector('[data-e2e="followers-count"]')).not.toBeNull();
    expect(findTikTokOverlayAnchor(doc, new URL('https://www.tiktok.com/@someone_else'))).toBeNull();
    const video = parseHtml(readPlatformFixture('tiktok', 'tt_video_2025-12_rendered_metascraper.html'));
    expect(findTikTokOverlayAnchor(video, new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710'))?.getAttribute('data-e2e')).toBe('video-desc');
  });
});

describe('TikTok: helpers for saved pages', () => {
  it('marks a tile pinned only when it carries TikTok\'s "Pinned" badge', () => {
    const html = readPlatformFixture('e2e', 'tiktok-profile-a.html').replace(
      '<div><strong data-e2e="video-views">845.2K</strong>',
      '<div data-e2e="video-card-badge">Pinned</div><div><strong data-e2e="video-views">845.2K</strong>',
    );
    const result = extractTikTok(parseHtml(html), new URL('https://www.tiktok.com/@vetlens_alpha'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts.map((p) => p.pinned)).toEqual([false, true, false]);
  });
});

describe('TikTok: a video id carries its creation time', () => {
  it('dates the tiles of a rendered profile, which show no date, as exact dates', () => {
    const result = extractTikTok(parseHtml(readPlatformFixture('e2e', 'tiktok-profile-a.html')), new URL('https://www.tiktok.com/@vetlens_alpha'), {
      capturedAt: '2026-06-01T00:00:00.000Z',
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts.map((p) => [p.id, p.publishedAt, p.dateApproximate])).toEqual([
      ['7400000000000000001', tiktokIdDate('7400000000000000001'), undefined],
      ['7400000000000000002', tiktokIdDate('7400000000000000002'), undefined],
      ['7400000000000000003', tiktokIdDate('7400000000000000003'), undefined],
    ]);
    expect(result.snapshot.posts[0]!.publishedAt).toBe('2024-08-06T12:19:23.000Z');
  });
});
