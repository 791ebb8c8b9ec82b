import type { I18n } from '../i18n/translate';
import { formatPercent } from '../i18n/format';
import type { Post, ProfileSnapshot } from '../snapshot';
import { BENCHMARKS, percentileInTier, tierFor, typicalRate } from './benchmarks';
import { median } from './stats';
import type { BenchmarkRef, Confidence, EngagementScore } from './types';

export const MIN_POST_AGE_MS = 48 * 3600 * 1000;
export const MAX_POSTS = 30;
/** Fewer posts than this is an anecdote: the rate is shown, without a score. */
export const MIN_POSTS_FOR_SCORE = 3;

/**
 * Posts that have had time to collect their engagement: not pinned, older than 48 hours counted
 * from the snapshot's capturedAt (never the clock, so a stored snapshot scores the same later).
 * A post without a date is kept: grids list newest first, and leaving it out would hide real data.
 */
export function eligiblePosts(snapshot: ProfileSnapshot): { used: Post[]; excluded: Array<{ id: string; why: string }> } {
  const captured = Date.parse(snapshot.capturedAt);
  const used: Post[] = [];
  const excluded: Array<{ id: string; why: string }> = [];
  for (const post of snapshot.posts) {
    if (post.pinned) excluded.push({ id: post.id, why: 'pinned' });
    else if (post.publishedAt && captured - Date.parse(post.publishedAt) < MIN_POST_AGE_MS) excluded.push({ id: post.id, why: 'younger-than-48h' });
    else if (used.length >= MAX_POSTS) excluded.push({ id: post.id, why: 'beyond-latest-30' });
    else used.push(post);
  }
  return { used, excluded };
}

export interface PostRates {
  rates: number[];
  ids: string[];
  /** engagements ÷ followers, engagements ÷ views, or (views only) views ÷ followers. */
  measure: 'engagement-per-follower' | 'engagement-per-view' | 'views-per-follower' | null;
}

/**
 * Per-post rates by platform. Instagram: (likes + comments) ÷ followers. TikTok and YouTube:
 * (likes + comments + shares) ÷ views where likes show; where only views show (YouTube channel
 * pages), views ÷ followers.
 */
export function perPostRates(snapshot: ProfileSnapshot, posts: Post[]): PostRates {
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
  const withLikes = posts.filter((p) => p.views && p.likes !== null);
  if (withLikes.length) {
    for (const p of withLikes) {
      rates.push((p.likes! + (p.comments ?? 0) + (p.shares ?? 0)) / p.views!);
      ids.push(p.id);
    }
    return { rates, ids, measure: 'engagement-per-view' };
  }
  if (!snapshot.followers) return { rates, ids, measure: null };
  for (const p of posts) {
    if (p.views === null) continue;
    rates.push(p.views / snapshot.followers);
    ids.push(p.id);
  }
  return { rates, ids, measure: rates.length ? 'views-per-follower' : null };
}

/** Fewer than 3 posts is not a sample; rounded counts ("12.5K") cost one step. */
export function confidenceFor(count: number, anyRounded: boolean): Confidence {
  if (count === 0) return 'none';
  if (count < 3) return 'low';
  if (count < 9) return anyRounded ? 'low' : 'medium';
  return anyRounded ? 'medium' : 'high';
}

export function benchmarkFor(snapshot: ProfileSnapshot): BenchmarkRef | null {
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

export function scoreEngagement(snapshot: ProfileSnapshot, i18n: I18n): EngagementScore {
  const { t, locale } = i18n;
  const { used, excluded } = eligiblePosts(snapshot);
  const { rates, measure, ids } = perPostRates(snapshot, used);
  const inputs = { postIds: ids, count: ids.length, excluded };
  const basis: EngagementScore['basis'] = measure === 'engagement-per-view' ? 'views' : measure === null ? null : 'followers';
  const base = { rate: null, basis, benchmark: null, inputs, percentile: null };
  if (snapshot.likesHidden && snapshot.platform === 'instagram') {
    return { ...base, score: null, confidence: 'none', reasons: [t('reason_likes_hidden')] };
  }
  if (!snapshot.followers && snapshot.platform === 'instagram') {
    return { ...base, score: null, confidence: 'none', reasons: [t('reason_no_followers')] };
  }
  const rate = median(rates);
  if (rate === null || measure === null) {
    return { ...base, score: null, confidence: 'none', reasons: [t('reason_no_posts')] };
  }
  const anyRounded = used.some((p) => (p.rounded?.length ?? 0) > 0) || snapshot.precision.followers === 'rounded';
  const confidence = confidenceFor(ids.length, anyRounded);
  const reasons = [t('reason_rate_from_posts', formatPercent(rate, locale), ids.length)];
  if (excluded.length) reasons.push(t('reason_posts_excluded', excluded.length));
  if (anyRounded) reasons.push(t('reason_rounded_counts'));
  if (ids.length < MIN_POSTS_FOR_SCORE) {
    // Below a minimum sample: the raw numbers, not a score (scoring.md, "Reporting").
    reasons.unshift(t('reason_too_few_posts', ids.length, MIN_POSTS_FOR_SCORE));
    return { ...base, rate, score: null, confidence, reasons };
  }
  if (measure === 'views-per-follower') {
    // No published per-tier benchmark for views ÷ followers: say so, show the raw rate, no score.
    reasons.unshift(t('reason_views_per_follower_only', formatPercent(rate, locale)));
    reasons.push(t('reason_no_benchmark_for_basis'));
    return { ...base, rate, score: null, confidence, reasons };
  }
  const benchmark = benchmarkFor(snapshot);
  if (benchmark === null) {
    reasons.push(t('reason_no_followers'));
    return { ...base, rate, score: null, confidence, reasons };
  }
  const tier = tierFor(snapshot.platform, snapshot.followers!);
  const percentile = percentileInTier(rate, tier);
  reasons.unshift(
    t('reason_rate_vs_typical', formatPercent(rate, locale), formatPercent(benchmark.typical, locale), benchmark.tierLabel, t(`platform_${snapshot.platform}`)),
    t('reason_percentile', Math.round(percentile), benchmark.tierLabel),
  );
  reasons.push(t('reason_benchmark_source', benchmark.source, benchmark.year));
  if (tier.sigmaAssumed) reasons.push(t('reason_spread_assumed'));
  // The score is the percentile itself, so a tier-median creator scores 50 by construction.
  return { ...base, rate, benchmark, percentile, score: Math.round(percentile), confidence, reasons };
}
