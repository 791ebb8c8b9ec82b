import { BENCHMARKS, tierFor, typicalRate } from './benchmarks';

/**
 * What the authenticity checks (lib/scoring/authenticity.ts) compare a creator with, each with its
 * source and year: the typical engagement of the account's time, the spread of comments per like and
 * of likes across posts among genuine accounts, follow and growth limits, and the lines fitted on real
 * genuine accounts (refitted by `npm run eval`). The tiers the engagement and reach scores use are in
 * lib/scoring/benchmarks.ts.
 */

/**
 * Coarse floors for the authenticity check, labelled as Vetlens' own estimate: a median video seen
 * by fewer than 2% (or 0.5%) of the audience means most followers never watch. Both sit below the
 * 10th percentile of every reach tier (`REACH_REFERENCES` in lib/scoring/benchmarks.ts).
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
    return {
      label: under1k ? '<1k' : smallest.label,
      median: under1k ? HYPEAUDITOR_2018.under1k : HYPEAUDITOR_2018.from1kTo5k,
      source: HYPEAUDITOR_2018.source,
      year: HYPEAUDITOR_2018.year,
      derived: false,
      lowMark: null,
    };
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
 * Which percentile of genuine accounts each line is drawn at: the only choices in fitting the lines
 * (lib/eval/calibrate.ts fits with these; `npm run eval` shows the trade-off around them).
 */
export const AUTHENTICITY_LINE_PERCENTILES: AuthenticityPercentiles = {
  rateHigh: { info: 95, warn: 99 },
  rateLow: { info: 5, warn: 1 },
  commentsPerLike: { lowWarn: 0, lowInfo: 10, high: 95 },
  likesCv: { warn: 0, info: 3 },
};

/**
 * The Instagram authenticity lines, fitted on real genuine accounts by `npm run eval`
 * (lib/eval/calibrate.ts, `fitCalibration` with `AUTHENTICITY_LINE_PERCENTILES`; docs/evaluation.md has the results,
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
  percentiles: AUTHENTICITY_LINE_PERCENTILES,
};
