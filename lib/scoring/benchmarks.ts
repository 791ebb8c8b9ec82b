import type { Platform } from '../snapshot';

/**
 * Every benchmark the scores compare with, in this one module. Each table names its source and
 * year: engagement rates fall year by year, so these need updating (see ../shared/research/scoring.md).
 *
 * Percentile model (an assumption, stated so it can be checked): within one follower tier, creators'
 * engagement rates are log-normal. Its median is the geometric middle of the published "Average"
 * band (benchmarks are medians, scoring.md). Its spread σ (of ln rate) comes from the published "Low"
 * mark read as the tier's 10th percentile: σ = ln(median ÷ low) ÷ 1.2816. That gives σ ≈ 0.54–0.78
 * for Instagram; reading the "Average" band as the middle fifth (40th–60th percentile) instead gives
 * σ ≈ 0.55, so the two readings agree. Where a table has no "Low" mark (TikTok, YouTube), σ is the
 * median of the Instagram values, DEFAULT_SIGMA.
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
  /** Log-normal spread of ln(rate) within the tier (see the module comment). */
  sigma: number;
  /** True where sigma is the default, not derived from this tier's own "Low" mark. */
  sigmaAssumed: boolean;
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

/** z of the 10th percentile of a standard normal: the "Low" mark's assumed position. */
const Z_LOW = 1.2816;
export const DEFAULT_SIGMA = 0.69;

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
      const median = Math.sqrt(averageLow * averageHigh) / 100;
      const lowRatio = low === null ? null : low / 100;
      const sigma = lowRatio === null ? DEFAULT_SIGMA : Math.log(median / lowRatio) / Z_LOW;
      return { min, max, label, low: lowRatio, averageLow: averageLow / 100, averageHigh: averageHigh / 100, sigma, sigmaAssumed: lowRatio === null };
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
  // Modash does not say what its YouTube rate is divided by; engagements ÷ views is the reading
  // consistent with its TikTok table. Only video pages show likes, so a channel page gives no rate
  // on this basis (see VIEWS_PER_FOLLOWER_ESTIMATE).
  youtube: table('youtube', 'views', 'Modash, YouTube engagement rate benchmarks (denominator not stated)', 2025, [
    [null, 1.47, 2.02],
    [null, 0.59, 0.82],
    [null, 0.36, 0.51],
    [null, 0.23, 0.33],
    [null, 0.19, 0.27],
    [null, 0.16, 0.24],
    [null, 0.13, 0.18],
  ]),
};

/**
 * Views ÷ followers has no published per-tier benchmark. Rather than invent one as if it were
 * published, the engagement score is null when only views are visible (YouTube channel pages), and
 * the authenticity check uses these coarse floors, labelled as Vetlens' own estimate: a median
 * video seen by fewer than 2% (or 0.5%) of the audience means most followers never watch.
 */
export const VIEWS_PER_FOLLOWER_ESTIMATE = {
  source: 'Vetlens estimate (no published benchmark)',
  year: 2026,
  estimate: true,
  low: 0.02,
  veryLow: 0.005,
} as const;

/**
 * Comments ÷ likes and the spread of likes across posts among 700 genuine Instagram accounts
 * (InstaFake data set, Akyon & Kalfaoglu 2019).
 */
export const INSTAFAKE = {
  source: 'InstaFake data set (Akyon & Kalfaoglu)',
  year: 2019,
  commentsPerLike: { p5: 0.0044, median: 0.02, p95: 0.066 },
  likesCv: { p5: 0.11, median: 0.25, p95: 0.59 },
} as const;

/** Mass-follow and growth limits (HypeAuditor's published methods, scoring.md). */
export const GROWTH = {
  source: 'HypeAuditor, Audience Quality Score method',
  year: 2025,
  /** Accounts following more than this count as mass followers. */
  massFollowing: 1_500,
  /** Ads rarely add more followers than this per day. */
  adsFollowersPerDay: 5_000,
  /** A jump this large between two visits, with flat engagement, is the bought-followers pattern. */
  jumpRatio: 0.5,
} as const;

/** The tier a follower count falls in; creators under 1k use the smallest tier. */
export function tierFor(platform: Platform, followers: number): TierBand {
  const tiers = BENCHMARKS[platform].tiers;
  return tiers.find((t) => followers >= t.min && (t.max === null || followers < t.max)) ?? tiers[0]!;
}

/** The tier's median rate: the geometric middle of the published "Average" band. */
export function typicalRate(tier: TierBand): number {
  return Math.sqrt(tier.averageLow * tier.averageHigh);
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Where a rate sits among the tier's creators, 0–100, under the log-normal model. */
export function percentileInTier(rate: number, tier: TierBand): number {
  if (rate <= 0) return 0;
  return 100 * normalCdf(Math.log(rate / typicalRate(tier)) / tier.sigma);
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

// ════════════════════════════════════════════════════════════════════════════════════════════════
// Authenticity references and lines (used by lib/scoring/authenticity.ts; refitted by `npm run eval`).
// Kept in one block, apart from the engagement tables above.
// ════════════════════════════════════════════════════════════════════════════════════════════════

/** The typical engagement per follower that an Instagram account's authenticity checks compare with. */
export interface RateReference {
  /** e.g. "<1k" or "10k–50k" */
  label: string;
  /** Median (likes + comments) ÷ followers for the tier, as a ratio. */
  median: number;
  source: string;
  year: number;
  /** True where the figure is Vetlens' own derivation from published figures, not a published one. */
  derived: boolean;
  /** The tier's published "Low" mark, where the source gives one. */
  lowMark: number | null;
}

/**
 * HypeAuditor, "Instagram engagement rate by follower count", March 2018 (about 37,000 accounts):
 * median engagement 16.99% under 1,000 followers and 6.45% at 1,000–5,000 (averages 10.58% / 4.26%).
 * The only published figure for accounts under 1,000 followers that we found.
 */
export const HYPEAUDITOR_2018 = {
  source: 'HypeAuditor, Instagram engagement by follower count (March 2018)',
  year: 2018,
  under1k: 0.1699,
  from1kTo5k: 0.0645,
} as const;

/**
 * Engagement rates fall year by year (1k–5k: 6.45% median in 2018, 3.87% in Modash's 2025 band), so
 * a reading is compared with the figures of its own time: a capture nearer 2018 than 2025 (up to
 * 2021) uses HypeAuditor 2018 where it has the tier, anything later the current table (Modash 2025).
 * Under 1,000 followers no current figure is published; the current reference is derived: Modash's
 * 1k–5k median × HypeAuditor 2018's ratio of the under-1k to the 1k–5k median (16.99 ÷ 6.45 = 2.63).
 */
export function instagramRateReference(followers: number, capturedAt: string): RateReference {
  const year = new Date(capturedAt).getUTCFullYear();
  const old = year <= 2021;
  const smallest = BENCHMARKS.instagram.tiers[0]!;
  if (old && followers < 5_000) {
    const under1k = followers < 1_000;
    return { label: under1k ? '<1k' : smallest.label, median: under1k ? HYPEAUDITOR_2018.under1k : HYPEAUDITOR_2018.from1kTo5k, source: HYPEAUDITOR_2018.source, year: HYPEAUDITOR_2018.year, derived: false, lowMark: null };
  }
  const { source, year: tableYear } = BENCHMARKS.instagram;
  if (followers < smallest.min) {
    const median = typicalRate(smallest) * (HYPEAUDITOR_2018.under1k / HYPEAUDITOR_2018.from1kTo5k);
    return { label: '<1k', median, source: `${source} × ${HYPEAUDITOR_2018.source}`, year: tableYear, derived: true, lowMark: null };
  }
  const tier = tierFor('instagram', followers);
  return { label: tier.label, median: typicalRate(tier), source, year: tableYear, derived: false, lowMark: tier.low };
}

/**
 * Where an authenticity check draws its lines. Each line is a percentile of the same statistic over
 * real genuine accounts (see `AUTHENTICITY_CALIBRATION` for the fitted figures and how they were fitted).
 */
export interface AuthenticityCalibration {
  source: string;
  year: number;
  /** Accounts the lines were fitted on. */
  accounts: number;
  method: string;
  /** Engagement per follower ÷ the tier median of its time (`instagramRateReference`): above is unusual. */
  rateHigh: { info: number; warn: number };
  /** The same ratio, below is unusual. */
  rateLow: { info: number; warn: number };
  /** Comments ÷ likes, pooled over the posts: low suggests bought likes, `high` pods. */
  commentsPerLike: { lowWarn: number; lowInfo: number; typical: number; high: number };
  /** Coefficient of variation of likes across the posts: below is unusually even. */
  likesCv: { warn: number; info: number; typical: number };
  /** Which percentile each line is, for the messages ("fewer than 1% of real accounts"). */
  percentiles: AuthenticityPercentiles;
}

export interface AuthenticityPercentiles {
  rateHigh: { info: number; warn: number };
  rateLow: { info: number; warn: number };
  commentsPerLike: { lowWarn: number; lowInfo: number; high: number };
  likesCv: { info: number; warn: number };
}

/**
 * The Instagram authenticity lines, fitted on real genuine accounts by `npm run eval`
 * (lib/eval/calibrate.ts, `fitCalibration` with `LINE_PERCENTILES`; docs/evaluation.md has the results,
 * the cross-validation and the trade-off table).
 *
 * - Source: InstaFake data set, Akyon & Kalfaoglu, "Instagram Fake and Automated Account Detection"
 *   (ASYU 2019), its non-automated (genuine) accounts, collected 2018; the calibration half (every
 *   other account, 350). CC BY-NC 4.0: only these derived percentiles are in the project, never the data.
 * - Method: each account as a profile page shows it (latest 12 posts, posts younger than 48 hours left
 *   out, at least 6 posts with likes); each line is one percentile of one statistic over the 306
 *   accounts that qualify. Engagement is divided by the published tier median of the capture's time
 *   (`instagramRateReference`); the low engagement lines are relative to the accounts' own median ratio
 *   (1.35× HypeAuditor's 2018 median), so they do not move with this sample's higher engagement.
 * - Most accounts have under 1,000 followers (a dozen 1k–5k, none above): larger tiers use the same
 *   lines on engagement ÷ tier median, an assumption the published "Low" marks support (Modash's Low
 *   mark sits at 0.37–0.50× the tier median; the 10th percentile of these accounts at 0.49× theirs).
 */
export const AUTHENTICITY_CALIBRATION: AuthenticityCalibration = {
  source: 'InstaFake data set (Akyon & Kalfaoglu), genuine accounts, calibration half',
  year: 2018,
  accounts: 306,
  method: 'percentiles over 306 genuine accounts with at least 6 posts, their latest 12 posts as a profile page shows them',
  rateHigh: { info: 2.59, warn: 3.01 },
  rateLow: { info: 0.391, warn: 0.312 },
  commentsPerLike: { lowWarn: 0, lowInfo: 0.00739, typical: 0.0222, high: 0.0684 },
  likesCv: { warn: 0.0614, info: 0.0931, typical: 0.264 },
  percentiles: { rateHigh: { info: 95, warn: 99 }, rateLow: { info: 5, warn: 1 }, commentsPerLike: { lowWarn: 0, lowInfo: 10, high: 95 }, likesCv: { warn: 0, info: 3 } },
};
