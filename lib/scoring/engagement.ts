import { MIN_POST_AGE_HOURS, MIN_POST_AGE_MS, POST_LIMITS } from '../limits';
import type { Post, ProfileSnapshot } from '../snapshot';
import { BENCHMARKS, percentileInTier, tierFor, typicalRate } from './benchmarks';
import { median } from './stats';
import { MIN_POSTS_FOR_SCORE, type BenchmarkRef, type Confidence, type EngagementScore, type PostLeftOut } from './types';
import { count, fact, message, percent, pluralFact, source, tier, year, type Fact } from './fact';
import { messageKey } from '../i18n/keys';
import { withinSpanBefore } from '../iso-time';

export { MIN_POSTS_FOR_SCORE };

/**
 * Posts that have had time to collect their engagement: not pinned, older than `MIN_POST_AGE_MS` counted
 * from the snapshot's capturedAt (never the clock, so a stored snapshot scores the same later).
 * A post without a date is kept: grids list newest first, and leaving it out would hide real data.
 */
export function eligiblePosts(snapshot: ProfileSnapshot): { used: Post[]; excluded: PostLeftOut[] } {
  const excluded: PostLeftOut[] = [];
  const used = selectPosts(snapshot, (id, why) => excluded.push({ id, why }));
  return { used, excluded };
}

/** The posts `eligiblePosts` uses, for callers that need only their numbers (a campaign export runs it for every creator). */
export function usedPosts(snapshot: ProfileSnapshot): Post[] {
  return selectPosts(snapshot, null);
}

function selectPosts(snapshot: ProfileSnapshot, leftOut: ((id: string, why: PostLeftOut['why']) => void) | null): Post[] {
  const tooRecent = withinSpanBefore(snapshot.capturedAt, MIN_POST_AGE_MS);
  const used: Post[] = [];
  for (const post of snapshot.posts) {
    if (post.pinned) leftOut?.(post.id, 'pinned');
    else if (post.publishedAt && tooRecent(post.publishedAt)) leftOut?.(post.id, 'too-recent');
    else if (used.length >= POST_LIMITS.scoringWindow) leftOut?.(post.id, 'beyond-window');
    else used.push(post);
  }
  return used;
}

interface PostRates {
  rates: number[];
  ids: string[];
  /** engagements ÷ followers (Instagram) or engagements ÷ views (TikTok, YouTube). */
  measure: 'engagement-per-follower' | 'engagement-per-view' | null;
}

/** (likes + comments + shares) ÷ views of one post, or null without likes or views. */
export function engagementPerView(p: Pick<Post, 'likes' | 'comments' | 'shares' | 'views'>): number | null {
  if (!p.views || p.likes === null) return null;
  return (p.likes + (p.comments ?? 0) + (p.shares ?? 0)) / p.views;
}

/**
 * Per-post rates by platform. Instagram: (likes + comments) ÷ followers. TikTok and YouTube:
 * (likes + comments + shares) ÷ views, over the posts whose likes are known. Views alone are reach,
 * not engagement (reach.ts).
 */
function perPostRates(snapshot: ProfileSnapshot, posts: Post[]): PostRates {
  const ids: string[] = [];
  const rates: number[] = [];
  if (snapshot.platform === 'instagram') {
    if (!snapshot.followers) return { rates, ids, measure: null };
    for (const p of posts) {
      if (p.likes === null) continue;
      rates.push((p.likes + (p.comments ?? 0)) / snapshot.followers);
      ids.push(p.id);
    }
    return { rates, ids, measure: 'engagement-per-follower' };
  }
  for (const p of posts) {
    const rate = engagementPerView(p);
    if (rate === null) continue;
    rates.push(rate);
    ids.push(p.id);
  }
  return { rates, ids, measure: rates.length ? 'engagement-per-view' : null };
}

/** Fewer than 3 posts is not a sample; rounded counts ("12.5K") cost one step. */
export function confidenceFor(count: number, anyRounded: boolean): Confidence {
  if (count === 0) return 'none';
  if (count < 3) return 'low';
  if (count < 9) return anyRounded ? 'low' : 'medium';
  return anyRounded ? 'medium' : 'high';
}

function benchmarkFor(snapshot: ProfileSnapshot): BenchmarkRef | null {
  if (snapshot.followers === null) return null;
  const table = BENCHMARKS[snapshot.platform];
  const tier = tierFor(snapshot.platform, snapshot.followers);
  return {
    tierLabel: tier.label,
    typical: typicalRate(tier),
    low: tier.low,
    high: tier.averageHigh,
    basis: table.basis,
    source: table.source,
    year: table.year,
    sigma: tier.sigma,
  };
}

export function scoreEngagement(snapshot: ProfileSnapshot): EngagementScore {
  const { used, excluded } = eligiblePosts(snapshot);
  const { rates, measure, ids } = perPostRates(snapshot, used);
  const inputs = { postIds: ids, count: ids.length, excluded };
  const basis: EngagementScore['basis'] = measure === 'engagement-per-view' ? 'views' : measure === null ? null : 'followers';
  const base = { rate: null, basis, benchmark: null, inputs, percentile: null };
  if (snapshot.likesHidden && snapshot.platform === 'instagram') {
    return { ...base, score: null, confidence: 'none', reasons: [fact('reason_likes_hidden')] };
  }
  if (!snapshot.followers && snapshot.platform === 'instagram') {
    return { ...base, score: null, confidence: 'none', reasons: [fact('reason_no_followers')] };
  }
  const rate = median(rates);
  if (rate === null || measure === null) {
    const viewsOnly = snapshot.platform !== 'instagram' && used.some((p) => p.views !== null);
    return { ...base, score: null, confidence: 'none', reasons: [fact(viewsOnly ? 'reason_no_likes_views_only' : 'reason_no_posts')] };
  }
  const anyRounded =
    used.some((p) => ids.includes(p.id) && (p.rounded?.length ?? 0) > 0) ||
    (measure === 'engagement-per-follower' && snapshot.precision.followers === 'rounded');
  const confidence = confidenceFor(ids.length, anyRounded);
  const reasons: Fact[] = [pluralFact('reason_rate_from_posts', ids.length, percent(rate))];
  if (excluded.length) reasons.push(fact('reason_posts_excluded', count(excluded.length), count(MIN_POST_AGE_HOURS), count(POST_LIMITS.scoringWindow)));
  if (anyRounded) reasons.push(fact('reason_rounded_counts'));
  if (ids.length < MIN_POSTS_FOR_SCORE) {
    // Below a minimum sample: the raw numbers, not a score (docs/scoring.md, "Reporting").
    reasons.unshift(pluralFact('reason_too_few_posts', ids.length, count(MIN_POSTS_FOR_SCORE)));
    return { ...base, rate, score: null, confidence, reasons };
  }
  const benchmark = benchmarkFor(snapshot);
  if (benchmark === null) {
    reasons.push(fact('reason_no_followers'));
    return { ...base, rate, score: null, confidence, reasons };
  }
  const tierBand = tierFor(snapshot.platform, snapshot.followers!);
  const percentile = percentileInTier(rate, tierBand);
  reasons.unshift(
    fact('reason_rate_vs_typical', percent(rate), percent(benchmark.typical), tier(benchmark.tierLabel), message(messageKey('platform', snapshot.platform))),
    fact('reason_percentile', count(Math.round(percentile)), tier(benchmark.tierLabel)),
  );
  if (ids.length < 3) reasons.push(fact('reason_few_posts_low_confidence', count(ids.length)));
  reasons.push(fact('reason_benchmark_source', source(benchmark.source), year(benchmark.year)));
  if (tierBand.sigmaAssumed) reasons.push(fact('reason_spread_assumed'));
  // The score is the percentile itself, so a tier-median creator scores 50 by construction.
  return { ...base, rate, benchmark, percentile, score: Math.round(percentile), confidence, reasons };
}
