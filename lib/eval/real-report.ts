import { measureAuthenticity } from '../scoring/authenticity';
import {
  AUTHENTICITY_CALIBRATION,
  AUTHENTICITY_LINE_PERCENTILES,
  HYPEAUDITOR_2018,
  type AuthenticityCalibration,
  type AuthenticityPercentiles,
} from '../scoring/authenticity-references';
import { median } from '../scoring/stats';
import { crossValidate, fitCalibration, rateOn, type CrossValidation, type Rates, type RealRates } from './calibrate';
import { collectedAt, POSTS_ON_PAGE, realSeries, type RealAccount } from './instafake';
import type { Series } from './manipulate';

export const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

const withLines = (change: (p: AuthenticityPercentiles) => void): AuthenticityPercentiles => {
  const p = structuredClone(AUTHENTICITY_LINE_PERCENTILES);
  change(p);
  return p;
};

/** Other operating points around the shipped percentiles, for the trade-off table. */
export const OPERATING_POINTS: Array<{ label: string; percentiles: AuthenticityPercentiles }> = [
  ...[93, 94, 96, 97].map((high) => ({
    label: `pods line at the ${ordinal(high)} percentile of comments ÷ likes (shipped: ${ordinal(AUTHENTICITY_LINE_PERCENTILES.commentsPerLike.high)})`,
    percentiles: withLines((p) => void (p.commentsPerLike.high = high)),
  })),
  {
    label: 'bought-likes lines stricter (engagement 90th, comments ÷ likes 15th, likes variation 5th)',
    percentiles: withLines((p) => {
      p.rateHigh.info = 90;
      p.commentsPerLike.lowInfo = 15;
      p.likesCv.info = 5;
    }),
  },
  {
    label: 'bought-likes lines looser (engagement 97th, comments ÷ likes 5th, likes variation 1st)',
    percentiles: withLines((p) => {
      p.rateHigh.info = 97;
      p.commentsPerLike.lowInfo = 5;
      p.likesCv.info = 1;
    }),
  },
];

export interface RealCalibrationReport {
  source: string;
  /** Which file was read, e.g. "instafake-genuine-half/genuine-accounts.json". */
  dataset: string;
  year: number;
  accounts: number;
  capturedAt: string;
  postsPerAccount: number;
  /** The lines fitted on the whole half with AUTHENTICITY_LINE_PERCENTILES, and whether the shipped ones are the same. */
  fitted: AuthenticityCalibration;
  shippedMatchesFit: boolean;
  /** Rates with the shipped lines. */
  shipped: RealRates;
  byTier: Array<{ tier: string; n: number; genuine: number; boughtLikes: number; pods: number; jump: number }>;
  byPosts: Array<{ posts: string; accounts: number; n: number; genuine: number }>;
  /** Accounts with a verdict other than "ok", over all accounts (those without a verdict count as no alarm). */
  flaggedOfAll: number;
  crossValidation: CrossValidation;
  tradeoff: Array<{ label: string; inSample: Rates; cv: Rates }>;
  context: { medianRateUnder1k: number | null; medianRate1kTo5k: number | null; under1k: number; from1kTo5k: number; massFollowing: number };
}

const sameLines = (a: AuthenticityCalibration, b: AuthenticityCalibration) =>
  JSON.stringify([a.rateHigh, a.rateLow, a.commentsPerLike, a.likesCv, a.percentiles]) ===
  JSON.stringify([b.rateHigh, b.rateLow, b.commentsPerLike, b.likesCv, b.percentiles]);

const rates = (r: RealRates): Rates => ({
  genuine: r.genuine.flagged,
  'bought-likes': r.manipulated['bought-likes'].flagged,
  pods: r.manipulated.pods.flagged,
  'follower-jump': r.manipulated['follower-jump'].flagged,
});

/**
 * The real-data half of `npm run eval`: the shipped lines on the calibration accounts, per tier and
 * per number of posts, a repeated two-fold cross-validation, and the trade-off between false alarms
 * and detection at other percentiles.
 */
export function evaluateRealCalibration(
  accounts: readonly RealAccount[],
  meta: { source: string; year: number; dataset?: string },
  options: { repeats?: number; shipped?: AuthenticityCalibration; operatingPoints?: typeof OPERATING_POINTS } = {},
): RealCalibrationReport {
  const capturedAt = collectedAt(accounts);
  const series = accounts.map((a, i) => realSeries(a, i, capturedAt));
  const shippedLines = options.shipped ?? AUTHENTICITY_CALIBRATION;
  const lineMeta = { source: meta.source, year: meta.year };
  const fitted = fitCalibration(series, lineMeta);
  const shipped = rateOn(series, shippedLines);
  const repeats = options.repeats ?? 10;

  const followers = (s: Series) => s.snapshot.followers ?? 0;
  const tiers: Array<[string, (s: Series) => boolean]> = [
    ['<1k', (s) => followers(s) < 1_000],
    ['1k–5k', (s) => followers(s) >= 1_000 && followers(s) < 5_000],
    ['5k and more', (s) => followers(s) >= 5_000],
  ];
  const byTier = tiers.flatMap(([tier, test]) => {
    const part = series.filter(test);
    if (!part.length) return [];
    const result = rateOn(part, shippedLines);
    const r = rates(result);
    return [{ tier, n: result.n, genuine: r.genuine, boughtLikes: r['bought-likes'], pods: r.pods, jump: r['follower-jump'] }];
  });
  const postCount = (s: Series) => measureAuthenticity(s.snapshot).withLikes.length;
  const bands: Array<[string, number, number]> = [
    ['0–5', 0, 5],
    ['6–11', 6, 11],
    ['12', 12, Infinity],
  ];
  const byPosts = bands.flatMap(([posts, lo, hi]) => {
    const part = series.filter((s) => postCount(s) >= lo && postCount(s) <= hi);
    if (!part.length) return [];
    const r = rateOn(part, shippedLines);
    return [{ posts, accounts: part.length, n: r.n, genuine: r.genuine.flagged }];
  });

  const crossValidation = crossValidate(series, lineMeta, AUTHENTICITY_LINE_PERCENTILES, repeats);
  const tradeoff = [
    { label: 'shipped', inSample: rates(rateOn(series, fitted)), cv: crossValidation.mean },
    ...(options.operatingPoints ?? OPERATING_POINTS).map(({ label, percentiles }) => ({
      label,
      inSample: rates(rateOn(series, fitCalibration(series, lineMeta, percentiles))),
      cv: crossValidate(series, lineMeta, percentiles, repeats).mean,
    })),
  ];

  const rateOf = (lo: number, hi: number) =>
    median(
      series.flatMap((s) => {
        const rate = measureAuthenticity(s.snapshot).rate;
        return rate !== null && followers(s) >= lo && followers(s) < hi ? [rate] : [];
      }),
    );
  return {
    source: meta.source,
    year: meta.year,
    dataset: meta.dataset ?? '—',
    accounts: accounts.length,
    capturedAt,
    postsPerAccount: POSTS_ON_PAGE,
    fitted,
    shippedMatchesFit: sameLines(fitted, shippedLines),
    shipped,
    flaggedOfAll: (shipped.genuine.flagged * shipped.n) / Math.max(1, accounts.length),
    byTier,
    byPosts,
    crossValidation,
    tradeoff,
    context: {
      medianRateUnder1k: rateOf(0, 1_000),
      medianRate1kTo5k: rateOf(1_000, 5_000),
      under1k: HYPEAUDITOR_2018.under1k,
      from1kTo5k: HYPEAUDITOR_2018.from1kTo5k,
      massFollowing: accounts.filter((a) => a.userFollowingCount > 1_500 && a.userFollowingCount > a.userFollowerCount).length,
    },
  };
}
