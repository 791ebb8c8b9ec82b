import { measureAuthenticity, scoreAuthenticity, THRESHOLDS } from '../scoring/authenticity';
import { AUTHENTICITY_LINE_PERCENTILES, type AuthenticityCalibration, type AuthenticityPercentiles } from '../scoring/authenticity-references';
import { scoreEngagement } from '../scoring/engagement';
import { POSTS_ON_PAGE } from './instafake';
import { buyLikes, followerJump, pods, type Series } from './manipulate';
import { groupStats, type GroupStats, type Outcome } from './outcomes';
import { seededRandom } from './synthetic';

/**
 * Fitting the authenticity lines on real genuine accounts, and measuring them. Every line is one
 * percentile of one statistic over the accounts (simple, monotone, explainable); the percentiles
 * (`AUTHENTICITY_LINE_PERCENTILES`) are the only choices, and `npm run eval` shows the trade-off around them.
 */

/** The percentile `p` (0–100) of sorted values, interpolated linearly between ranks. */
export function quantile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const k = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (k - lo);
}

const round = (x: number, digits: number) => Number(x.toPrecision(digits));

/**
 * Lines from genuine series. High engagement lines are percentiles of engagement ÷ the published
 * tier median of the accounts' time. Low engagement lines are taken relative to the accounts' own
 * median ratio, so a sample more engaged than the published median (this one is) cannot push the
 * creators of another year below them: both sides err towards fewer false alarms.
 */
export function fitCalibration(
  series: readonly Series[],
  meta: { source: string; year: number },
  percentiles: AuthenticityPercentiles = AUTHENTICITY_LINE_PERCENTILES,
): AuthenticityCalibration {
  const ratios: number[] = [];
  const cpl: number[] = [];
  const cv: number[] = [];
  for (const { snapshot } of series) {
    const m = measureAuthenticity(snapshot);
    if (m.rateRatio !== null) ratios.push(m.rateRatio);
    if (m.commentsPerLike !== null) cpl.push(m.commentsPerLike);
    if (m.likesCv !== null) cv.push(m.likesCv);
  }
  for (const list of [ratios, cpl, cv]) list.sort((a, b) => a - b);
  const mid = quantile(ratios, 50);
  const p = percentiles;
  const accounts = Math.max(ratios.length, cpl.length, cv.length);
  return {
    ...meta,
    accounts,
    method: `percentiles over ${accounts} genuine accounts with at least ${THRESHOLDS.minPostsForLines} posts, their latest ${POSTS_ON_PAGE} posts as a profile page shows them`,
    rateHigh: { info: round(quantile(ratios, p.rateHigh.info), 3), warn: round(quantile(ratios, p.rateHigh.warn), 3) },
    rateLow: { info: round(quantile(ratios, p.rateLow.info) / mid, 3), warn: round(quantile(ratios, p.rateLow.warn) / mid, 3) },
    commentsPerLike: {
      lowWarn: round(quantile(cpl, p.commentsPerLike.lowWarn), 3),
      lowInfo: round(quantile(cpl, p.commentsPerLike.lowInfo), 3),
      typical: round(quantile(cpl, 50), 3),
      high: round(quantile(cpl, p.commentsPerLike.high), 3),
    },
    likesCv: { warn: round(quantile(cv, p.likesCv.warn), 3), info: round(quantile(cv, p.likesCv.info), 3), typical: round(quantile(cv, 50), 3) },
    percentiles: p,
  };
}

type RealManipulation = 'bought-likes' | 'pods' | 'follower-jump';
const REAL_MANIPULATIONS: readonly RealManipulation[] = ['bought-likes', 'pods', 'follower-jump'];

/** The manipulations of issue #7 ("Done when"), applied to a real genuine series. */
export function manipulate(series: Series, kind: RealManipulation): Series {
  if (kind === 'bought-likes') return buyLikes(series, 2);
  if (kind === 'pods') return pods(series);
  return followerJump(series, 0.8);
}

function scoreSeries(series: Series, calibration?: AuthenticityCalibration): Outcome {
  const engagement = scoreEngagement(series.snapshot);
  const a = scoreAuthenticity(series.snapshot, engagement, series.history, calibration);
  return { verdict: a.verdict, score: a.score, flags: a.flags.filter((f) => f.severity !== 'info').map((f) => f.id) };
}

export interface RealRates {
  /** Series with a verdict in their genuine form: the population every rate below is counted on. */
  n: number;
  genuine: GroupStats;
  manipulated: Record<RealManipulation, GroupStats>;
}

/** Scores each series as it is and with each manipulation; only series that get a verdict count. */
export function rateOn(series: readonly Series[], calibration: AuthenticityCalibration): RealRates {
  const genuine: Outcome[] = [];
  const manipulated: Record<RealManipulation, Outcome[]> = { 'bought-likes': [], pods: [], 'follower-jump': [] };
  for (const s of series) {
    const o = scoreSeries(s, calibration);
    if (o.verdict === null) continue;
    genuine.push(o);
    for (const kind of REAL_MANIPULATIONS) manipulated[kind].push(scoreSeries(manipulate(s, kind), calibration));
  }
  const scores = genuine.map((o) => o.score ?? 100);
  return {
    n: genuine.length,
    genuine: groupStats(genuine, null),
    manipulated: Object.fromEntries(REAL_MANIPULATIONS.map((k) => [k, groupStats(manipulated[k], scores)])) as Record<RealManipulation, GroupStats>,
  };
}

export interface Rates {
  genuine: number;
  'bought-likes': number;
  pods: number;
  'follower-jump': number;
}

const flat = (r: RealRates): Rates => ({
  genuine: r.genuine.flagged,
  'bought-likes': r.manipulated['bought-likes'].flagged,
  pods: r.manipulated.pods.flagged,
  'follower-jump': r.manipulated['follower-jump'].flagged,
});

export interface CrossValidation {
  /** Fit on one half of the series, measure on the other, both ways; per split the mean of the two. */
  splits: number;
  mean: Rates;
  min: Rates;
  max: Rates;
  /** The first split: even positions against odd positions. */
  evenOdd: Rates;
}

/**
 * Two-fold cross-validation, repeated: the alternating split first, then `repeats - 1` seeded random
 * halvings. Lines fitted on one half are measured on the other, so the rates show how the method does
 * on accounts it was not fitted to.
 */
export function crossValidate(
  series: readonly Series[],
  meta: { source: string; year: number },
  percentiles: AuthenticityPercentiles = AUTHENTICITY_LINE_PERCENTILES,
  repeats = 5,
  seed = 2026,
): CrossValidation {
  const rng = seededRandom(seed);
  const results: Rates[] = [];
  for (let r = 0; r < repeats; r++) {
    let order = series.map((s, i) => ({ s, i }));
    if (r > 0) {
      order = order.map((x) => ({ ...x, key: rng() })).sort((a, b) => a.key - b.key);
    }
    const a = order.filter((_, k) => k % 2 === 0).map((x) => x.s);
    const b = order.filter((_, k) => k % 2 === 1).map((x) => x.s);
    const ab = flat(rateOn(b, fitCalibration(a, meta, percentiles)));
    const ba = flat(rateOn(a, fitCalibration(b, meta, percentiles)));
    results.push(Object.fromEntries(Object.keys(ab).map((k) => [k, (ab[k as keyof Rates] + ba[k as keyof Rates]) / 2])) as unknown as Rates);
  }
  const pick = (fn: (xs: number[]) => number) =>
    Object.fromEntries(Object.keys(results[0]!).map((k) => [k, fn(results.map((x) => x[k as keyof Rates]))])) as unknown as Rates;
  return {
    splits: repeats,
    mean: pick((xs) => xs.reduce((s, x) => s + x, 0) / xs.length),
    min: pick((xs) => Math.min(...xs)),
    max: pick((xs) => Math.max(...xs)),
    evenOdd: results[0]!,
  };
}
