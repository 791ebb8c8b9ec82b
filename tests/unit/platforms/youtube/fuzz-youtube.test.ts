import { fuzzExtractors, type FuzzCase } from '../../helpers/fuzz';

const CASES: FuzzCase[] = [
  { platform: 'youtube', url: 'https://www.youtube.com/@VetlensAlpha', file: 'e2e/youtube-channel-a.html', runs: 400 },
  {
    platform: 'youtube',
    url: 'https://www.youtube.com/@ProgrammingKnowledge/videos',
    file: 'youtube/yt_channel_channel-videos_2023-03_en_pytube.html',
    runs: 150,
  },
  {
    platform: 'youtube',
    url: 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA',
    file: 'youtube/yt_channel_onemedia_2024-01_raw_es_metascraper.html',
    runs: 150,
  },
  // Watch pages: the e2e page (embedded JSON and rendered page), a real 2024 Spanish page, a real
  // classic (watch7) page, a real 2018 rendered page, and a Short.
  { platform: 'youtube', url: 'https://www.youtube.com/watch?v=alphaVideo1', file: 'e2e/youtube-watch-a1.html', runs: 300 },
  { platform: 'youtube', url: 'https://www.youtube.com/watch?v=hwMkbaS_M_c', file: 'youtube/yt_watch_hwMkbaS_M_c_2024-01_raw_es_metascraper.html', runs: 60 },
  {
    platform: 'youtube',
    url: 'https://www.youtube.com/watch?v=GDRd-BFTYIg',
    file: 'youtube/yt_watch_GDRd-BFTYIg_2018-01_raw_watch7_en_metascraper.html',
    runs: 100,
  },
  {
    platform: 'youtube',
    url: 'https://www.youtube.com/watch?v=hwMkbaS_M_c',
    file: 'youtube/yt_watch_hwMkbaS_M_c_2018-01_rendered-polymer-dom_es_metascraper.html',
    runs: 60,
  },
  { platform: 'youtube', url: 'https://www.youtube.com/shorts/alphaShort1', file: 'youtube/built/shorts-raw.html', runs: 200 },
];

// Video pages credit one creator: a mutated page must never credit another one.
fuzzExtractors(CASES, 3000, { checkIdentity: true });
