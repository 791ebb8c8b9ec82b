import type { I18n } from '../i18n/translate';
import { formatPercent } from '../i18n/format';
import type { Post, ProfileSnapshot } from '../snapshot';
import { BENCHMARKS, tierFor, typicalRate } from './benchmarks';
import { clamp, median } from './stats';
import type { Confidence, EngagementScore } from './types';

const MIN_POST_AGE_MS = 48 * 3600 * 1000;
const MAX_POSTS = 30;

/**
 * Posts that have had time to collect their engagement: not pinned, older than 48 hours counted
 * from the snapshot's capturedAt (never the clock, so a stored snapshot scores the same later).
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

function perPostRates(snapshot: ProfileSnapshot, posts: Post[]): { rates: number[]; basis: 'followers' | 'views' | null; ids: string[] } {
  const ids: string[] = [];
  const rates: number[] = [];
  if (snapshot.platform === 'instagram') {
    if (!snapshot.followers) return { rates, basis: null, ids };
    for (const p of posts) {
      if (p.likes === null) continue;
      rates.push((p.likes + (p.comments ?? 0)) / snapshot.followers);
      ids.push(p.id);
    }
    return { rates, basis: 'followers', ids };
  }
  const withLikes = posts.filter((p) => p.views && p.likes !== null);
  if (withLikes.length) {
    for (const p of withLikes) {
      rates.push((p.likes! + (p.comments ?? 0) + (p.shares ?? 0)) / p.views!);
      ids.push(p.id);
    }
    return { rates, basis: 'views', ids };
  }
  if (!snapshot.followers) return { rates, basis: null, ids };
  for (const p of posts) {
    if (p.views === null) continue;
    rates.push(p.views / snapshot.followers);
    ids.push(p.id);
  }
  return { rates, basis: 'followers', ids };
}

function confidenceFor(count: number, anyRounded: boolean): Confidence {
  if (count === 0) return 'none';
  if (count < 3) return 'low';
  if (count < 9) return anyRounded ? 'low' : 'medium';
  return anyRounded ? 'medium' : 'high';
}

/** Maps a rate to 0–100 so that the tier's typical rate scores 50 and 3× typical scores ~90. */
export function rateToScore(rate: number, typical: number): number {
  if (rate <= 0) return 0;
  return Math.round(clamp(50 + 50 * Math.tanh(Math.log(rate / typical) / Math.log(3) * 1.5), 0, 100));
}

export function scoreEngagement(snapshot: ProfileSnapshot, i18n: I18n): EngagementScore {
  const { t, locale } = i18n;
  const { used, excluded } = eligiblePosts(snapshot);
  const { rates, basis, ids } = perPostRates(snapshot, used);
  const inputs = { postIds: ids, count: ids.length, excluded };
  const base = { rate: null, basis, benchmark: null, inputs };
  if (snapshot.likesHidden && snapshot.platform === 'instagram') {
    return { ...base, score: null, confidence: 'none', reasons: [t('reason_likes_hidden')] };
  }
  if (!snapshot.followers && snapshot.platform === 'instagram') {
    return { ...base, score: null, confidence: 'none', reasons: [t('reason_no_followers')] };
  }
  const rate = median(rates);
  if (rate === null || basis === null) {
    return { ...base, score: null, confidence: 'none', reasons: [t('reason_no_posts')] };
  }
  const followers = snapshot.followers ?? 0;
  const table = BENCHMARKS[snapshot.platform];
  const tier = tierFor(snapshot.platform, followers);
  const anyRounded = used.some((p) => (p.rounded?.length ?? 0) > 0) || snapshot.precision.followers === 'rounded';
  const confidence = confidenceFor(ids.length, anyRounded);
  const reasons = [t('reason_rate_from_posts', formatPercent(rate, locale), ids.length)];
  if (excluded.length) reasons.push(t('reason_posts_excluded', excluded.length));
  if (table.basis !== basis) {
    reasons.push(t('reason_no_benchmark_for_basis'));
    return { ...base, rate, score: null, confidence, reasons };
  }
  const typical = typicalRate(tier);
  const benchmark = {
    tierLabel: tier.label,
    typical,
    low: tier.low,
    high: tier.averageHigh,
    basis: table.basis,
    source: table.source,
    year: table.year,
  };
  reasons.unshift(t('reason_rate_vs_typical', formatPercent(rate, locale), formatPercent(typical, locale), tier.label, t(`platform_${snapshot.platform}`)));
  if (anyRounded) reasons.push(t('reason_rounded_counts'));
  return { ...base, rate, benchmark, score: rateToScore(rate, typical), confidence, reasons };
}
