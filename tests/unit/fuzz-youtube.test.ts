import { expect, it } from 'vitest';
import { fuzzExtractors, type FuzzCase } from './helpers/fuzz';

const CASES: FuzzCase[] = [
  { platform: 'youtube', url: 'https://www.youtube.com/@VetlensAlpha', file: 'e2e/youtube-channel-a.html', runs: 400 },
  { platform: 'youtube', url: 'https://www.youtube.com/@ProgrammingKnowledge/videos', file: 'youtube/yt_channel_channel-videos_2023-03_en_pytube.html', runs: 150 },
  { platform: 'youtube', url: 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', file: 'youtube/yt_channel_onemedia_2024-01_raw_es_metascraper.html', runs: 150 },
];

it('mutates YouTube pages hundreds of times in all', () => {
  expect(CASES.reduce((sum, c) => sum + c.runs, 0)).toBeGreaterThanOrEqual(700);
});
fuzzExtractors(CASES, 3000);
