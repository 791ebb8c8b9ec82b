import type { Platform } from '../snapshot';
import type { RateBasis, ReachFormat } from './types';

/**
 * The tier benchmarks the engagement and reach scores compare with, each with its source, year and
 * method, and the log-normal model that turns a rate into a percentile of its tier. Engagement rates
 * fall year by year, so these need updating (docs/scoring.md lists them). What the authenticity
 * checks compare with is in lib/scoring/authenticity-references.ts.
 *
 * Percentile model (an assumption, stated so it can be checked): within one follower tier, creators'
 * rates are log-normal. Its median is the published median, or else the geometric middle of the
 * published "Average" band (benchmarks are medians). Its spread σ (of ln rate) comes from published
 * percentiles where a source gives them: Instagram's "Low" mark read as the tier's 10th percentile,
 * σ = ln(median ÷ low) ÷ 1.2816 (σ ≈ 0.54–0.78; reading the "Average" band as the middle fifth gives
 * σ ≈ 0.55, so the two readings agree); TikTok's from the 10th and 90th percentiles of real accounts
 * (datares/TikTok_Famous); YouTube's from SociaVault's interquartile range. DEFAULT_SIGMA (the median
 * of the Instagram values) is left for a tier with no figure at all.
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
  /** The tier's median where the source publishes it; otherwise the geometric middle of the "average" band. */
  median?: number;
  /** Log-normal spread of ln(rate) within the tier (see the module comment). */
  sigma: number;
  /** True where sigma is the default, not derived from this tier's own figures. */
  sigmaAssumed: boolean;
}

interface BenchmarkTable {
  platform: Platform;
  basis: RateBasis;
  /** Who published it and what; the year stands apart, so a reason names each once. */
  source: string;
  year: number;
  /** How the figures were measured and how Vetlens reads them. */
  method: string;
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

/** z of the 10th percentile of a standard normal: the "Low" mark's assumed position. */
const Z_LOW = 1.2816;
/** z of the 75th percentile: turns a published interquartile range into σ. */
const Z_QUARTILE = 0.6745;
const DEFAULT_SIGMA = 0.69;

/** σ of ln(rate) from a published 10th and 90th percentile. */
function sigmaFromP10P90(p10: number, p90: number): number {
  return Math.log(p90 / p10) / (2 * Z_LOW);
}

type Band = [low: number | null, averageLow: number, averageHigh: number];

function table(
  meta: Omit<BenchmarkTable, 'tiers'>,
  bands: Band[],
  options: { sigma?: (i: number) => number; median?: (i: number) => number } = {},
): BenchmarkTable {
  return {
    ...meta,
    tiers: bands.map(([low, averageLow, averageHigh], i) => {
      const [min, max, label] = TIER_LIMITS[i]!;
      const median = options.median ? options.median(i) : Math.sqrt(averageLow * averageHigh) / 100;
      const lowRatio = low === null ? null : low / 100;
      const ownSigma = lowRatio === null ? options.sigma?.(i) : Math.log(median / lowRatio) / Z_LOW;
      const band: TierBand = {
        min,
        max,
        label,
        low: lowRatio,
        averageLow: averageLow / 100,
        averageHigh: averageHigh / 100,
        sigma: ownSigma ?? DEFAULT_SIGMA,
        sigmaAssumed: ownSigma === undefined,
      };
      if (options.median) band.median = median;
      return band;
    }),
  };
}

/**
 * TikTok's spread of (likes + comments + shares) ÷ views among real accounts: datares/TikTok_Famous
 * (GitHub, collected November 2020; 1,794 accounts from TikTok's suggested and top lists, up to 25
 * recent videos each; per account the median of its videos older than 3 days), p10 and p90 in %,
 * per tier 1k–10k, 10k–100k, 100k–1M, 1M+. Only the spread is used: its levels are from 2020 and
 * per-view engagement has fallen since (Socialinsider 2023: −43% in a year).
 */
const TIKTOK_PER_VIEW_SPREAD = {
  source: 'datares/TikTok_Famous, real accounts',
  year: 2020,
  p10p90: [
    [7.9, 29.9],
    [6.9, 23.4],
    [6.5, 22.7],
    [8.6, 24.2],
  ] as const,
} as const;

/** The datares tier a Modash tier falls in (1k–10k, 10k–100k, 100k–1M, 1M+). */
const DATARES_TIER_OF_MODASH = [0, 0, 1, 1, 2, 2, 3];

/**
 * YouTube (likes + comments) ÷ views, SociaVault (April 2026, about 75,000 channels): the median per
 * tier, and the interquartile range 3.41–7.82% published for 1k–10k only. Its tiers are wider than
 * the others'; each of ours takes the one it falls in (1k–5k and 5k–10k share 1k–10k; 500k–1M and
 * >1M share 500k+).
 */
const SOCIAVAULT_YOUTUBE = {
  source: 'SociaVault, YouTube engagement rate by channel size',
  year: 2026,
  medians: [5.23, 5.23, 3.74, 2.81, 2.12, 1.41, 1.41],
  iqrSmallest: [3.41, 7.82] as const,
  /** σ from the interquartile range of the smallest tier, assumed for the other tiers too. */
  sigma: Math.log(7.82 / 3.41) / (2 * Z_QUARTILE),
} as const;

export const BENCHMARKS: Record<Platform, BenchmarkTable> = {
  instagram: table(
    {
      platform: 'instagram',
      basis: 'followers',
      source: 'Modash, Instagram engagement rate benchmarks',
      year: 2025,
      method: '(likes + comments) ÷ followers, last 30 posts; "Low" and "Average" bands per tier',
    },
    [
      [1.72, 3.38, 4.42],
      [0.62, 1.25, 1.62],
      [0.39, 0.84, 1.11],
      [0.32, 0.75, 1.01],
      [0.41, 0.87, 1.14],
      [0.46, 0.88, 1.13],
      [0.57, 1.02, 1.27],
    ],
  ),
  tiktok: table(
    {
      platform: 'tiktok',
      basis: 'views',
      source: 'Modash, TikTok engagement rate benchmarks',
      year: 2025,
      method: 'median engagements ÷ median views, last 30 posts (November 2025 table); spread from datares/TikTok_Famous 2020',
    },
    [
      [null, 12.06, 14.04],
      [null, 10.5, 11.83],
      [null, 8.38, 9.37],
      [null, 7.22, 8.03],
      [null, 6.66, 7.39],
      [null, 6.19, 6.85],
      [null, 6.2, 6.84],
    ],
    {
      sigma: (i) => {
        const [p10, p90] = TIKTOK_PER_VIEW_SPREAD.p10p90[DATARES_TIER_OF_MODASH[i]!]!;
        return sigmaFromP10P90(p10, p90);
      },
    },
  ),
  // Modash's YouTube bands (1.47–2.02% at 1k–5k down to 0.13–0.18% above 1M) are far too low to be
  // per view; they read as per subscriber, and only serve the reach reference below. Per view,
  // SociaVault's medians: the "average" band is the interquartile range, scaled from the smallest tier.
  youtube: table(
    {
      platform: 'youtube',
      basis: 'views',
      source: SOCIAVAULT_YOUTUBE.source,
      year: SOCIAVAULT_YOUTUBE.year,
      method: '(likes + comments) ÷ views, median per channel-size tier (April 2026)',
    },
    SOCIAVAULT_YOUTUBE.medians.map((m): Band => [
      null,
      (m * SOCIAVAULT_YOUTUBE.iqrSmallest[0]) / SOCIAVAULT_YOUTUBE.medians[0],
      (m * SOCIAVAULT_YOUTUBE.iqrSmallest[1]) / SOCIAVAULT_YOUTUBE.medians[0],
    ]),
    { median: (i) => SOCIAVAULT_YOUTUBE.medians[i]! / 100, sigma: () => SOCIAVAULT_YOUTUBE.sigma },
  ),
};

// ---------- Reach: median views per post ÷ followers ----------

/** One published figure behind a reference, recorded as found. */
interface Evidence {
  source: string;
  year: number;
  method: string;
  figures: string;
  /** Whether the bands below use it, or it was read and set aside (with why in `method`). */
  used: boolean;
}

export type { ReachFormat };

interface ReachBand {
  min: number;
  max: number | null;
  label: string;
  /** The tier's typical median views per post ÷ followers. */
  median: number;
  /** Log-normal spread of ln(ratio) within the tier. */
  sigma: number;
}

/**
 * No vendor publishes tier bands for views ÷ followers (HypeAuditor, Modash, Influencer Marketing
 * Hub, Upfluence, Rival IQ and Socialinsider do not). These references are built by Vetlens from the
 * evidence each names, by the method it states, and say so wherever they are shown.
 */
interface ReachReference {
  platform: 'tiktok' | 'youtube';
  format: ReachFormat;
  /** The evidence the bands rest on, named once for the reasons. */
  source: string;
  year: number;
  method: string;
  evidence: Evidence[];
  tiers: ReachBand[];
}

export const REACH_EVIDENCE = {
  brightbean: {
    source: 'Brightbean, "What is a good YouTube views-to-subscriber ratio?"',
    year: 2025,
    method: 'rule of thumb, average views per recent video ÷ subscribers; no data behind it is published',
    figures: 'under 10k subscribers 30–50%; 10k–500k 14–20%; above 500k 5–15%',
    used: true,
  },
  modashDerived: {
    source: 'Modash YouTube engagement table (read per subscriber) ÷ SociaVault per-view medians',
    year: 2026,
    method: 'derivation, not a measurement: (engagements ÷ subscribers) ÷ (engagements ÷ views) = views ÷ subscribers',
    figures: 'about 33% at 1k–5k; 10–14% in every tier above 5k',
    used: true,
  },
  tides: {
    source: 'TIDES data set (ICWSM 2024), 2,554 YouTube channels, mostly Shorts creators',
    year: 2024,
    method: 'lifetime mean views per video ÷ subscribers, 10th / 50th / 90th percentile per tier; means are pulled up by viral videos',
    figures: 'nano 0.18 / 0.84 / 6.7; micro 0.09 / 0.40 / 3.0; mid 0.07 / 0.36 / 2.4; macro 0.06 / 0.27 / 1.9; mega 0.05 / 0.28 / 2.2',
    used: true,
  },
  dataresReach: {
    source: 'datares/TikTok_Famous (GitHub), 1,794 real TikTok accounts from the suggested and top lists',
    year: 2020,
    method:
      'per account, the median views of up to 25 recent videos older than 3 days ÷ followers; 10th / 50th / 90th percentile per tier; popular accounts over-represented',
    figures: '1k–10k (n 34) 0.07 / 0.21 / 0.59; 10k–100k (n 172) 0.05 / 0.17 / 0.66; 100k–1M (n 361) 0.03 / 0.17 / 0.70; 1M+ (n 1,163) 0.04 / 0.16 / 0.69',
    used: true,
  },
  socialinsider: {
    source: 'Socialinsider, TikTok benchmarks',
    year: 2023,
    method: 'average view rate (views ÷ followers) across the accounts studied; used as a check: it sits at the datares medians',
    figures: '14.49% of followers',
    used: false,
  },
  trendingSample: {
    source: 'thienphucle/IE403.P21_Social_Media_Data_Mining (GitHub), user_videos_data.csv, TikTok accounts found through trending videos',
    year: 2025,
    method:
      'computed by Vetlens: 604 accounts, per account the median views ÷ followers of videos at least 2 days old; set aside because every account was picked for a viral video',
    figures: 'median 1.5 (1k–10k), 1.9 (10k–100k), 0.95 (100k–1M), 0.26 (1M+)',
    used: false,
  },
} as const satisfies Record<string, Evidence>;

/** The geometric middle of a band, as the typical value a rule of thumb gives. */
const middle = (lo: number, hi: number) => Math.sqrt(lo * hi);
/** σ from a 10th and a 50th percentile (TIDES's upper half is inflated by lifetime means). */
const sigmaFromP10P50 = (p10: number, p50: number) => Math.log(p50 / p10) / Z_LOW;
const TIDES = { p10: [0.18, 0.09, 0.07, 0.06, 0.05], p50: [0.84, 0.4, 0.36, 0.27, 0.28] } as const;
const TIDES_SIGMA = TIDES.p10.map((p10, i) => sigmaFromP10P50(p10, TIDES.p50[i]!));
const meanOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export const REACH_REFERENCES: Record<'tiktok' | 'youtube-long' | 'youtube-shorts', ReachReference> = {
  tiktok: {
    platform: 'tiktok',
    format: 'video',
    source: 'datares/TikTok_Famous, real accounts',
    year: 2020,
    method: 'tier medians and spread (σ from the 10th and 90th percentiles) of 1,794 real accounts; Socialinsider 2023 (14.49%) agrees with the medians',
    evidence: [REACH_EVIDENCE.dataresReach, REACH_EVIDENCE.socialinsider, REACH_EVIDENCE.trendingSample],
    tiers: [
      { min: 1_000, max: 10_000, label: '1k–10k', median: 0.21, sigma: sigmaFromP10P90(0.07, 0.59) },
      { min: 10_000, max: 100_000, label: '10k–100k', median: 0.17, sigma: sigmaFromP10P90(0.05, 0.66) },
      { min: 100_000, max: 1_000_000, label: '100k–1M', median: 0.17, sigma: sigmaFromP10P90(0.03, 0.7) },
      { min: 1_000_000, max: null, label: '>1M', median: 0.16, sigma: sigmaFromP10P90(0.04, 0.69) },
    ],
  },
  'youtube-long': {
    platform: 'youtube',
    format: 'long',
    source: 'Brightbean rule of thumb and Modash-derived ratios',
    year: 2025,
    method: "tier median = geometric mean of Brightbean's band middle and the Modash-derived ratio; spread from the lower half of TIDES (2024)",
    evidence: [REACH_EVIDENCE.brightbean, REACH_EVIDENCE.modashDerived, REACH_EVIDENCE.tides],
    tiers: [
      { min: 1_000, max: 10_000, label: '1k–10k', median: Math.sqrt(middle(0.3, 0.5) * 0.33), sigma: meanOf(TIDES_SIGMA) },
      { min: 10_000, max: 500_000, label: '10k–500k', median: Math.sqrt(middle(0.14, 0.2) * middle(0.1, 0.14)), sigma: meanOf(TIDES_SIGMA) },
      { min: 500_000, max: null, label: '>500k', median: Math.sqrt(middle(0.05, 0.15) * middle(0.1, 0.14)), sigma: meanOf(TIDES_SIGMA) },
    ],
  },
  'youtube-shorts': {
    platform: 'youtube',
    format: 'shorts',
    source: 'TIDES data set (ICWSM)',
    year: 2024,
    method:
      "tier medians of lifetime mean views per video ÷ subscribers, spread from each tier's 10th percentile; means run above a typical Short, so Shorts reach scores err low",
    evidence: [REACH_EVIDENCE.tides],
    tiers: [
      { min: 1_000, max: 10_000, label: '1k–10k', median: TIDES.p50[0], sigma: TIDES_SIGMA[0]! },
      { min: 10_000, max: 100_000, label: '10k–100k', median: TIDES.p50[1], sigma: TIDES_SIGMA[1]! },
      { min: 100_000, max: 500_000, label: '100k–500k', median: TIDES.p50[2], sigma: TIDES_SIGMA[2]! },
      { min: 500_000, max: 1_000_000, label: '500k–1M', median: TIDES.p50[3], sigma: TIDES_SIGMA[3]! },
      { min: 1_000_000, max: null, label: '>1M', median: TIDES.p50[4], sigma: TIDES_SIGMA[4]! },
    ],
  },
};

export function reachReference(platform: Platform, format: ReachFormat): ReachReference | null {
  if (platform === 'tiktok') return REACH_REFERENCES.tiktok;
  if (platform === 'youtube') return REACH_REFERENCES[format === 'shorts' ? 'youtube-shorts' : 'youtube-long'];
  return null;
}

/** The reach tier a follower count falls in; creators under the smallest tier use it. */
export function reachTierFor(reference: ReachReference, followers: number): ReachBand {
  return reference.tiers.find((t) => followers >= t.min && (t.max === null || followers < t.max)) ?? reference.tiers[0]!;
}

/** Where a ratio sits among the tier's creators, 0–100, under the log-normal model. */
export function percentileOfRatio(ratio: number, median: number, sigma: number): number {
  if (ratio <= 0) return 0;
  return 100 * normalCdf(Math.log(ratio / median) / sigma);
}

/** The tier a follower count falls in; creators under 1k use the smallest tier. */
export function tierFor(platform: Platform, followers: number): TierBand {
  const tiers = BENCHMARKS[platform].tiers;
  return tiers.find((t) => followers >= t.min && (t.max === null || followers < t.max)) ?? tiers[0]!;
}

/** The tier's median rate: published, or the geometric middle of the published "Average" band. */
export function typicalRate(tier: TierBand): number {
  return tier.median ?? Math.sqrt(tier.averageLow * tier.averageHigh);
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Where a rate sits among the tier's creators, 0–100, under the log-normal model. */
export function percentileInTier(rate: number, tier: TierBand): number {
  return percentileOfRatio(rate, typicalRate(tier), tier.sigma);
}

/** The rate at a given percentile (0–100) of the tier, under the same model. */
export function rateAtPercentile(tier: TierBand, percentile: number): number {
  // Inverse by bisection on z: the CDF is monotone and this runs rarely.
  let lo = -8;
  let hi = 8;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (100 * normalCdf(mid) < percentile) lo = mid;
    else hi = mid;
  }
  return typicalRate(tier) * Math.exp(((lo + hi) / 2) * tier.sigma);
}
