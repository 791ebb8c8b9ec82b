import { fuzzExtractors, type FuzzCase } from '../../helpers/fuzz';

const CASES: FuzzCase[] = [
  { platform: 'instagram', url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', runs: 400 },
  { platform: 'instagram', url: 'https://www.instagram.com/arif.shoots/', file: 'instagram/built/rendered-profile-b.html', runs: 400 },
  {
    platform: 'instagram',
    url: 'https://www.instagram.com/pluto__travel/',
    file: 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html',
    runs: 150,
  },
  { platform: 'instagram', url: 'https://www.instagram.com/p/CPeC-Eenc8l/', file: 'instagram/ig_post_willyrex_2024-12_raw_metascraper.html', runs: 150 },
  // The logged-in 2025-12 and 2026 layouts, labels before and after the numbers, right-to-left.
  // (Not the Korean page: its og:description is deliberately older than its header, which a mutated
  // page may fall back to; instagram.test.ts checks that the header wins there.)
  { platform: 'instagram', url: 'https://www.instagram.com/ece.mutfak/', file: 'instagram/built/profile-2026-tr.html', runs: 150 },
  { platform: 'instagram', url: 'https://www.instagram.com/marina.travel/', file: 'instagram/built/profile-2026-ru.html', runs: 100 },
  { platform: 'instagram', url: 'https://www.instagram.com/nour.style/', file: 'instagram/built/profile-2026-ar.html', runs: 100 },
  { platform: 'instagram', url: 'https://www.instagram.com/cosmo.news/', file: 'instagram/built/profile-2025-12-en.html', runs: 100 },
  { platform: 'instagram', url: 'https://www.instagram.com/alina.closed/', file: 'instagram/built/private-ru.html', runs: 70 },
  // Post and reel pages: DOM only, DOM with JSON, worded and bare counts.
  { platform: 'instagram', url: 'https://www.instagram.com/p/DEw2Rf7hJ9q/', file: 'instagram/built/post-2026-pt.html', runs: 120 },
  { platform: 'instagram', url: 'https://www.instagram.com/reel/DHb1Qw6zX3c/', file: 'instagram/built/reel-2026-tr.html', runs: 100 },
  { platform: 'instagram', url: 'https://www.instagram.com/reel/DKa9Zr2yPq4/', file: 'instagram/built/reel-2026-ko.html', runs: 80 },
  { platform: 'instagram', url: 'https://www.instagram.com/p/BWUDBntl3_Z/', file: 'instagram/ig_post_teslamotors_2017-07_metascraper.html', runs: 80 },
];

// Post and reel pages credit one creator: a mutated page must never credit another one.
fuzzExtractors(CASES, 1000, { checkIdentity: true });
