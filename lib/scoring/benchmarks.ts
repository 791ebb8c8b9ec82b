import type { Platform } from '../snapshot';

/**
 * Engagement benchmarks by platform and follower tier. Every table names its source and year:
 * engagement rates fall year by year, so these need updating (see ../shared/research/scoring.md).
 */
export interface TierBand {
  min: number;
  max: number | null;
  label: string;
  /** "Low" below this rate. */
  low: number | null;
  /** The "average" band. */
  averageLow: number;
  averageHigh: number;
}

export interface BenchmarkTable {
  platform: Platform;
  basis: 'followers' | 'views';
  source: string;
  year: number;
  tiers: TierBand[];
}

const TIER_LIMITS: Array<[number, number | null, string]> = [
  [1_000, 5_000, '1k–5k'],
  [5_000, 10_000, '5k–10k'],
  [10_000, 50_000, '10k–50k'],
  [50_000, 100_000, '50k–100k'],
  [100_000, 500_000, '100k–500k'],
  [500_000, 1_000_000, '500k–1M'],
  [1_000_000, null, '>1M'],
];

function table(
  platform: Platform,
  basis: 'followers' | 'views',
  source: string,
  year: number,
  bands: Array<[low: number | null, averageLow: number, averageHigh: number]>,
): BenchmarkTable {
  return {
    platform,
    basis,
    source,
    year,
    tiers: bands.map(([low, averageLow, averageHigh], i) => {
      const [min, max, label] = TIER_LIMITS[i]!;
      return { min, max, label, low: low === null ? null : low / 100, averageLow: averageLow / 100, averageHigh: averageHigh / 100 };
    }),
  };
}

export const BENCHMARKS: Record<Platform, BenchmarkTable> = {
  instagram: table('instagram', 'followers', 'Modash, Instagram engagement rate benchmarks', 2025, [
    [1.72, 3.38, 4.42],
    [0.62, 1.25, 1.62],
    [0.39, 0.84, 1.11],
    [0.32, 0.75, 1.01],
    [0.41, 0.87, 1.14],
    [0.46, 0.88, 1.13],
    [0.57, 1.02, 1.27],
  ]),
  tiktok: table('tiktok', 'views', 'Modash, TikTok engagement rate benchmarks (Nov 2025)', 2025, [
    [null, 12.06, 14.04],
    [null, 10.5, 11.83],
    [null, 8.38, 9.37],
    [null, 7.22, 8.03],
    [null, 6.66, 7.39],
    [null, 6.19, 6.85],
    [null, 6.2, 6.84],
  ]),
  youtube: table('youtube', 'views', 'Modash, YouTube engagement rate benchmarks', 2025, [
    [null, 1.47, 2.02],
    [null, 0.59, 0.82],
    [null, 0.36, 0.51],
    [null, 0.23, 0.33],
    [null, 0.19, 0.27],
    [null, 0.16, 0.24],
    [null, 0.13, 0.18],
  ]),
};

/** The tier a follower count falls in; creators under 1k use the smallest tier. */
export function tierFor(platform: Platform, followers: number): TierBand {
  const tiers = BENCHMARKS[platform].tiers;
  return tiers.find((t) => followers >= t.min && (t.max === null || followers < t.max)) ?? tiers[0]!;
}

export function typicalRate(tier: TierBand): number {
  return (tier.averageLow + tier.averageHigh) / 2;
}
