import type { BrandBrief } from '../brief';
import { PLATFORMS } from '../snapshot';

/** The demo's active brief: a travel-gear brand, so travel creators fit and others less so. */
export const DEMO_BRIEF: BrandBrief = {
  name: 'Caucasus travel gear',
  keywords: ['travel', 'hiking', 'packing', 'hotel', 'outdoors'],
  categories: ['Travel'],
  languages: ['en', 'es'],
  competitors: ['Samsonite'],
  avoidWords: ['casino'],
  followerRange: { min: 5_000, max: 2_000_000 },
  platforms: [...PLATFORMS],
};

/** The saved pages the demo opens, each at the address the real site uses. */
interface DemoPage {
  url: string;
  /** Under tests/fixtures. */
  file: string;
  label: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', label: 'Instagram · @lena.travels (rendered profile)' },
  { url: 'https://www.instagram.com/arif.shoots/', file: 'instagram/built/rendered-profile-b.html', label: 'Instagram · @arif.shoots (rendered profile)' },
  {
    url: 'https://www.instagram.com/pluto__travel/',
    file: 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html',
    label: 'Instagram · @pluto__travel (real logged-out capture)',
  },
  {
    url: 'https://www.tiktok.com/@illojuan',
    file: 'tiktok/tt_profile_illojuan_2025-12_rendered_metascraper.html',
    label: 'TikTok · @illojuan (real rendered capture)',
  },
  {
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    file: 'tiktok/tt_video_2025-12_rendered_metascraper.html',
    label: 'TikTok · a video of @illojuan (real rendered capture): its likes join the profile',
  },
  { url: 'https://www.tiktok.com/@vetlens_alpha', file: 'e2e/tiktok-profile-a.html', label: 'TikTok · @vetlens_alpha (rendered profile)' },
  {
    url: 'https://www.youtube.com/@OneMedia.',
    file: 'youtube/yt_channel_onemedia_2024-01_raw_es_metascraper.html',
    label: 'YouTube · @OneMedia. (real capture, Spanish)',
  },
  {
    url: 'https://www.youtube.com/watch?v=hwMkbaS_M_c',
    file: 'youtube/yt_watch_hwMkbaS_M_c_2024-01_raw_es_metascraper.html',
    label: 'YouTube · a video of @OneMedia. (real capture, Spanish): its likes join the channel',
  },
  { url: 'https://www.youtube.com/@VetlensAlpha', file: 'e2e/youtube-channel-a.html', label: 'YouTube · @VetlensAlpha (rendered channel)' },
  { url: 'https://www.youtube.com/watch?v=alphaVideo1', file: 'e2e/youtube-watch-a1.html', label: 'YouTube · a video of @VetlensAlpha (rendered watch page)' },
  {
    url: 'https://www.youtube.com/watch?v=alphaVideo2',
    file: 'e2e/youtube-watch-a2.html',
    label: 'YouTube · another video of @VetlensAlpha: likes from two videos give a likes-based score',
  },
];
