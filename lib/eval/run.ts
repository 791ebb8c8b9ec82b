import type { BrandBrief } from '../brief';
import { scoreSnapshot } from '../scoring';
import { BENCHMARKS } from '../scoring/benchmarks';
import { scoreBrandFit } from '../scoring/brand-fit';
import { eligiblePosts } from '../scoring/engagement';
import { median } from '../scoring/stats';
import { PLATFORMS, type Platform, type ProfileSnapshot } from '../snapshot';
import { buyLikes, followerJump, pods, tripleFollowers, type Manipulation, type Series } from './manipulate';
import { genuineCreator, seededRandom, tierMedianCreator } from './synthetic';
import { groupStats, type GroupStats, type Outcome } from './outcomes';

export { groupStats, rocAuc, type GroupStats, type Outcome } from './outcomes';

interface EvalOptions {
  seed: number;
  /** Synthetic genuine creators per Instagram tier. */
  perTier: number;
  /** Genuine series from real captures, labelled. */
  real?: Array<{ label: string; series: Series }>;
}

export interface EvalResult {
  seed: number;
  perTier: number;
  genuine: GroupStats;
  manipulated: Record<Manipulation, GroupStats>;
  boughtLikesByMultiple: Array<{ band: string; stats: GroupStats }>;
  tiers: Array<{ tier: string; genuineFlagged: number; medianEngagementScore: number | null; medianCreatorScore: Record<Platform, number | null> }>;
  real: Array<{ label: string; variant: 'genuine' | Manipulation; outcome: Outcome; engagement: number | null; rate: number | null }>;
  /** Comments ÷ likes lines: share of genuine and of pod series above each (the pods trade-off). */
  podsTradeoff: Array<{ threshold: number; genuineAbove: number; podsAbove: number }>;
  brandFit: { pairs: number; matchingRanksHigher: number; medianMatching: number | null; medianOther: number | null };
}

function outcome(series: Series): Outcome {
  const { authenticity } = scoreSnapshot(series.snapshot, { history: series.history });
  return { verdict: authenticity.verdict, score: authenticity.score, flags: authenticity.flags.filter((f) => f.severity !== 'info').map((f) => f.id) };
}

/** Comments ÷ likes pooled over the scored posts, as the authenticity check computes it. */
function pooledCommentsPerLike(snapshot: ProfileSnapshot): number {
  const posts = eligiblePosts(snapshot).used.filter((p) => p.likes && p.comments !== null);
  return (
    posts.reduce((s, p) => s + p.comments!, 0) /
    Math.max(
      1,
      posts.reduce((s, p) => s + p.likes!, 0),
    )
  );
}

const FIT_BRIEF: BrandBrief = {
  name: 'Evaluation: skincare',
  keywords: ['skincare', 'serum', 'moisturizer', 'sunscreen'],
  categories: ['Skin Care'],
  languages: ['en'],
  competitors: [],
  avoidWords: [],
  followerRange: { min: null, max: null },
  platforms: ['instagram'],
};
const ON_TOPIC = [
  'My morning skincare routine with a light serum',
  'This moisturizer saved my dry skin this winter',
  'Never skip sunscreen, even on cloudy days #SkinCareRoutine',
  'Trying a vitamin C serum for two weeks',
  'Night routine: cleanser, serum and a rich moisturizer #skincare',
];
const OFF_TOPIC = [
  'Finally beat the last boss in this game',
  'Road trip through the mountains with friends',
  'New PC build is done, look at these cables #gaming',
  'Best street tacos in the city, no contest',
  'Training for my first marathon this spring #running',
];

export function runEvaluation(options: EvalOptions): EvalResult {
  const { perTier } = options;
  const rng = seededRandom(options.seed);
  const genuine: Outcome[] = [];
  const byManipulation: Record<Manipulation, Outcome[]> = { 'bought-likes': [], pods: [], 'bought-followers-jump': [], 'followers-x3': [] };
  // Purchases of 1–5× the organic median likes; the headline counts 2–5× (a purchase that at least
  // triples the visible likes), and 1–2× is reported on its own as the hard case.
  const likeBands = [
    { band: '1–2× median likes (not in the headline)', lo: 1, hi: 2, outcomes: [] as Outcome[] },
    { band: '2–3× median likes', lo: 2, hi: 3, outcomes: [] as Outcome[] },
    { band: '3–4× median likes', lo: 3, hi: 4, outcomes: [] as Outcome[] },
    { band: '4–5× median likes', lo: 4, hi: 5, outcomes: [] as Outcome[] },
  ];
  const tiers: EvalResult['tiers'] = [];
  const genuineRatios: number[] = [];
  const podRatios: number[] = [];
  for (const tier of BENCHMARKS.instagram.tiers) {
    const tierOutcomes: Outcome[] = [];
    const engagementScores: number[] = [];
    for (let i = 0; i < perTier; i++) {
      const creator = genuineCreator(rng, tier, i);
      const series: Series = { snapshot: creator.snapshot, history: creator.history };
      const scores = scoreSnapshot(series.snapshot, { history: series.history });
      const o: Outcome = {
        verdict: scores.authenticity.verdict,
        score: scores.authenticity.score,
        flags: scores.authenticity.flags.filter((f) => f.severity !== 'info').map((f) => f.id),
      };
      genuine.push(o);
      tierOutcomes.push(o);
      if (scores.engagement.score !== null) engagementScores.push(scores.engagement.score);
      const multiple = 1 + 4 * rng();
      const bought = outcome(buyLikes(series, multiple));
      if (multiple >= 2) byManipulation['bought-likes'].push(bought);
      likeBands.find((b) => multiple >= b.lo && multiple < b.hi)?.outcomes.push(bought);
      const podded = pods(series);
      byManipulation.pods.push(outcome(podded));
      genuineRatios.push(pooledCommentsPerLike(series.snapshot));
      podRatios.push(pooledCommentsPerLike(podded.snapshot));
      byManipulation['bought-followers-jump'].push(outcome(followerJump(series, 0.5 + rng())));
      byManipulation['followers-x3'].push(outcome(tripleFollowers(series)));
    }
    const medianCreatorScore = Object.fromEntries(
      PLATFORMS.map((platform) => {
        const t = BENCHMARKS[platform].tiers.find((x) => x.label === tier.label)!;
        return [platform, scoreSnapshot(tierMedianCreator(platform, t), {}).engagement.score];
      }),
    ) as Record<Platform, number | null>;
    tiers.push({
      tier: tier.label,
      genuineFlagged: groupStats(tierOutcomes, null).flagged,
      medianEngagementScore: median(engagementScores),
      medianCreatorScore,
    });
  }
  const genuineScores = genuine.map((o) => o.score ?? 100);
  const manipulated = Object.fromEntries(Object.entries(byManipulation).map(([k, v]) => [k, groupStats(v, genuineScores)])) as Record<Manipulation, GroupStats>;

  const real: EvalResult['real'] = [];
  for (const { label, series } of options.real ?? []) {
    const variants: Array<['genuine' | Manipulation, Series]> = [
      ['genuine', series],
      ['bought-likes', buyLikes(series, 2)],
      ['pods', pods(series)],
      ['followers-x3', tripleFollowers(series)],
    ];
    for (const [variant, s] of variants) {
      const scores = scoreSnapshot(s.snapshot, { history: s.history });
      real.push({
        label,
        variant,
        outcome: {
          verdict: scores.authenticity.verdict,
          score: scores.authenticity.score,
          flags: scores.authenticity.flags.map((f) => `${f.id} (${f.severity})`),
        },
        engagement: scores.engagement.score,
        rate: scores.engagement.rate,
      });
    }
  }

  // Brand fit: pairs of otherwise identical creators, one posting on the brief's topic.
  const fitRng = seededRandom(options.seed + 1);
  const pick = (pool: readonly string[]) => pool[Math.floor(fitRng() * pool.length)]!;
  let wins = 0;
  const matching: number[] = [];
  const other: number[] = [];
  const pairs = Math.max(10, Math.round(perTier / 3));
  for (let i = 0; i < pairs; i++) {
    const base = genuineCreator(fitRng, BENCHMARKS.instagram.tiers[2]!, i).snapshot;
    const withCaptions = (pool: readonly string[]): ProfileSnapshot => ({ ...base, posts: base.posts.map((p) => ({ ...p, caption: pick(pool) })) });
    const a = scoreBrandFit(withCaptions(ON_TOPIC), FIT_BRIEF).score ?? 0;
    const b = scoreBrandFit(withCaptions(OFF_TOPIC), FIT_BRIEF).score ?? 0;
    matching.push(a);
    other.push(b);
    if (a > b) wins++;
  }
  return {
    seed: options.seed,
    perTier,
    genuine: groupStats(genuine, null),
    manipulated,
    boughtLikesByMultiple: likeBands.map((b) => ({ band: b.band, stats: groupStats(b.outcomes, genuineScores) })),
    tiers,
    real,
    podsTradeoff: [0.04, 0.045, 0.05, 0.055, 0.06, 0.066].map((threshold) => ({
      threshold,
      genuineAbove: genuineRatios.filter((r) => r > threshold).length / genuineRatios.length,
      podsAbove: podRatios.filter((r) => r > threshold).length / podRatios.length,
    })),
    brandFit: { pairs, matchingRanksHigher: wins / pairs, medianMatching: median(matching), medianOther: median(other) },
  };
}

/** The "done when" thresholds, checked on a result. */
export function thresholdsMet(r: EvalResult): Record<string, boolean> {
  return {
    'genuine not "ok" ≤ 10%': r.genuine.flagged <= 0.1,
    'bought likes detected ≥ 80%': r.manipulated['bought-likes'].flagged >= 0.8,
    'pods detected ≥ 80%': r.manipulated.pods.flagged >= 0.8,
    'bought followers (two-snapshot jump) detected ≥ 95%': r.manipulated['bought-followers-jump'].flagged >= 0.95,
    'tier-median creators score 40–60': r.tiers.every((t) => Object.values(t.medianCreatorScore).every((s) => s !== null && s >= 40 && s <= 60)),
    'matching captions rank above non-matching': r.brandFit.matchingRanksHigher === 1,
  };
}
