import { expect, it } from 'vitest';
import { fuzzExtractors, type FuzzCase } from './helpers/fuzz';

const CASES: FuzzCase[] = [
  { platform: 'instagram', url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', runs: 400 },
  { platform: 'instagram', url: 'https://www.instagram.com/arif.shoots/', file: 'instagram/built/rendered-profile-b.html', runs: 400 },
  { platform: 'instagram', url: 'https://www.instagram.com/pluto__travel/', file: 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html', runs: 150 },
  { platform: 'instagram', url: 'https://www.instagram.com/p/CPeC-Eenc8l/', file: 'instagram/ig_post_willyrex_2024-12_raw_metascraper.html', runs: 150 },
];

it('mutates Instagram pages a thousand times in all', () => {
  expect(CASES.reduce((sum, c) => sum + c.runs, 0)).toBeGreaterThanOrEqual(1000);
});
fuzzExtractors(CASES, 1000);
