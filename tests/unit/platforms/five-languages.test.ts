import { describe, expect, it } from 'vitest';
import { extractorForUrl } from '../../../lib/platforms';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { INSTAGRAM, LANGUAGES, fixture, tiktokProfile, tiktokVideo, youtubeWatch } from '../../e2e/language-pages';
import { parseHtml } from '../helpers/platform-fixtures';

/** The pages of tests/e2e/languages.spec.ts, read by the extractors in Node: the same exact counts. */

function read(url: string, html: string): ProfileSnapshot {
  const result = extractorForUrl(new URL(url))!.extract(parseHtml(html), new URL(url), { capturedAt: '2026-06-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.snapshot;
}

describe('Instagram, TikTok and YouTube pages in Azerbaijani, Russian, Turkish, German and Portuguese', () => {
  for (const language of LANGUAGES) {
    it(`${language.lang}: exact followers, likes, views, comments and the date`, () => {
      const instagram = INSTAGRAM[language.lang]!;
      const profile = read(instagram.url, fixture(`instagram/built/profile-2026-${language.lang}.html`));
      expect([profile.followers, profile.precision.followers]).toEqual([instagram.followers, 'exact']);
      const tiktok = read('https://www.tiktok.com/@vetlens_alpha', tiktokProfile(language));
      expect([tiktok.followers, tiktok.precision.followers]).toEqual([15318, 'exact']);
      const video = read('https://www.tiktok.com/@vetlens_beta/video/7400000000000000101', tiktokVideo(language));
      expect(video.posts.map((post) => [post.likes, post.rounded ?? []])).toEqual([[1480, []]]);
      const watch = read('https://www.youtube.com/watch?v=alphaVideo1', youtubeWatch(language));
      expect(watch.posts.map((post) => [post.id, post.views, post.likes, post.comments, post.publishedAt, post.rounded ?? []])).toEqual([
        ['alphaVideo1', 1_204_311, 48_213, 1204, '2026-05-18T12:00:00.000Z', []],
      ]);
    });
  }
});
