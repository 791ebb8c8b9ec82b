import { fuzzExtractors, type FuzzCase } from '../../helpers/fuzz';

const CASES: FuzzCase[] = [
  { platform: 'tiktok', url: 'https://www.tiktok.com/@vetlens_alpha', file: 'e2e/tiktok-profile-a.html', runs: 400 },
  { platform: 'tiktok', url: 'https://www.tiktok.com/@tiktok', file: 'tiktok/tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html', runs: 300 },
  { platform: 'tiktok', url: 'https://www.tiktok.com/@illojuan', file: 'tiktok/tt_profile_illojuan_2025-12_rendered_metascraper.html', runs: 100 },
  {
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    file: 'tiktok/tt_video_2025-12_rendered_metascraper.html',
    runs: 100,
  },
  // Video pages: the e2e page (embedded JSON and rendered counts, another creator in the feed) and the real 2020 __NEXT_DATA__ pages.
  { platform: 'tiktok', url: 'https://www.tiktok.com/@vetlens_alpha/video/7400000000000000001', file: 'e2e/tiktok-video-a1.html', runs: 300 },
  {
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@tiktok/video/6807491984882765062',
    file: 'tiktok/tt_video_tiktok_2020-03_NEXT_DATA_videoData_tiktok-scraper.html',
    runs: 200,
  },
  {
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@tiktok/video/6881450806688664838',
    file: 'tiktok/tt_video_tiktok_2020-10_NEXT_DATA_itemStruct_tiktok-scraper.html',
    runs: 150,
  },
];

// Video pages credit one creator: a mutated page must never credit another one.
fuzzExtractors(CASES, 2000, { checkIdentity: true });
