import { expect, it } from 'vitest';
import { fuzzExtractors, type FuzzCase } from './helpers/fuzz';

const CASES: FuzzCase[] = [
  { platform: 'tiktok', url: 'https://www.tiktok.com/@vetlens_alpha', file: 'e2e/tiktok-profile-a.html', runs: 400 },
  { platform: 'tiktok', url: 'https://www.tiktok.com/@tiktok', file: 'tiktok/tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html', runs: 300 },
  { platform: 'tiktok', url: 'https://www.tiktok.com/@illojuan', file: 'tiktok/tt_profile_illojuan_2025-12_rendered_metascraper.html', runs: 100 },
  { platform: 'tiktok', url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710', file: 'tiktok/tt_video_2025-12_rendered_metascraper.html', runs: 100 },
];

it('mutates TikTok pages hundreds of times in all', () => {
  expect(CASES.reduce((sum, c) => sum + c.runs, 0)).toBeGreaterThanOrEqual(900);
});
fuzzExtractors(CASES, 2000);
