import { describe, expect, it } from 'vitest';
import { extractTikTok } from '../../../../lib/platforms/tiktok';
import { checkExpectedPage, expectedPages, readPlatformFixture, type ExpectedPage } from '../../helpers/platform-fixtures';

const ILLOJUAN = 'tt_profile_illojuan_2025-12_rendered_metascraper.html';

describe('TikTok extractor against the real captures', () => {
  const cases = expectedPages('tiktok');
  it('has an expected-numbers file for every capture', () => {
    const pages = new Set(cases.map((file) => (JSON.parse(readPlatformFixture('tiktok', file)) as ExpectedPage).page));
    for (const capture of [
      ILLOJUAN,
      'tt_video_2025-12_rendered_metascraper.html',
      'tt_video_tiktok_2020-03_NEXT_DATA_videoData_tiktok-scraper.html',
      'tt_video_tiktok_2020-10_NEXT_DATA_itemStruct_tiktok-scraper.html',
      'tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html',
      'tt_profile_WAF-challenge-interstitial_2024-01_scrapeomatic.html',
    ])
      expect(pages.has(capture), capture).toBe(true);
  });

  for (const file of [...cases, ...expectedPages('tiktok/built').map((f) => `built/${f}`)]) {
    it(`reads ${file.replace('.expected.json', '')}`, () => {
      const [dir, name] = file.startsWith('built/') ? ['tiktok/built', file.slice('built/'.length)] : ['tiktok', file];
      checkExpectedPage(extractTikTok, dir, name);
    });
  }
});
