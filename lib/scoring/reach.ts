import type { Post, ProfileSnapshot } from '../snapshot';
import { percentileOfRatio, reachReference, reachTierFor, type ReachFormat } from './benchmarks';
import { MIN_POSTS_FOR_SCORE, confidenceFor, eligiblePosts } from './engagement';
import { isShort } from './merge';
import { median } from './stats';
import { lowerConfidence, type ReachScore } from './types';
import { count, fact, list, message, percent, source, tier, type Fact } from './fact';
import { messageKey } from '../i18n/keys';

/** The format a post's views are compared within: YouTube Shorts apart from long videos. */
function reachFormat(platform: ProfileSnapshot['platform'], post: Pick<Post, 'url'>): ReachFormat {
  if (platform === 'youtube') return isShort(post) ? 'shorts' : 'long';
  return 'video';
}

/**
 * Reach: median views per post ÷ followers, against a reference per platform, format and tier
 * (benchmarks.ts, REACH_REFERENCES). Where both Shorts and long videos were seen, each is compared
 * with its own reference and the score weighs them by how many of each were seen. TikTok and YouTube
 * only: Instagram profiles show no views for most posts. The reference is built by Vetlens, not
 * published by a vendor, so confidence is at most "medium" and the reasons say so.
 */
export function scoreReach(snapshot: ProfileSnapshot): ReachScore | null {
  if (snapshot.platform === 'instagram') return null;
  const { used } = eligiblePosts(snapshot);
  const withViews = used.filter((p) => p.views !== null);
  const empty: ReachScore = { score: null, confidence: 'none', reasons: [], rate: null, percentile: null, parts: [], inputs: { postIds: [], count: 0 } };
  if (withViews.length === 0) return { ...empty, reasons: [fact('reason_reach_no_views')] };
  const followers = snapshot.followers;
  if (!followers) return { ...empty, reasons: [fact('reason_reach_no_followers')] };

  const groups = new Map<ReachFormat, Post[]>();
  for (const p of withViews) {
    const format = reachFormat(snapshot.platform, p);
    groups.set(format, [...(groups.get(format) ?? []), p]);
  }
  const reasons: Fact[] = [];
  const parts: ReachScore['parts'] = [];
  for (const [format, posts] of groups) {
    const ratio = median(posts.map((p) => p.views!))! / followers;
    const label = message(messageKey('reach_format', format));
    if (posts.length < MIN_POSTS_FOR_SCORE) {
      reasons.push(fact('reason_reach_too_few', label, count(posts.length), percent(ratio)));
      continue;
    }
    const reference = reachReference(snapshot.platform, format)!;
    const band = reachTierFor(reference, followers);
    const percentile = percentileOfRatio(ratio, band.median, band.sigma);
    parts.push({
      format,
      ratio,
      typical: band.median,
      tierLabel: band.label,
      percentile,
      count: posts.length,
      postIds: posts.map((p) => p.id),
      source: reference.source,
      year: reference.year,
    });
    reasons.push(
      fact('reason_reach_vs_typical', label, percent(ratio), count(posts.length), percent(band.median), tier(band.label)),
      fact('reason_percentile', count(Math.round(percentile)), tier(band.label)),
    );
  }
  const rate = median(withViews.map((p) => p.views!))! / followers;
  const postIds = parts.flatMap((p) => p.postIds);
  if (parts.length === 0) return { ...empty, rate, reasons, inputs: { postIds: withViews.map((p) => p.id), count: withViews.length } };
  const scored = parts.reduce((s, p) => s + p.count, 0);
  const percentile = parts.reduce((s, p) => s + p.percentile * p.count, 0) / scored;
  if (parts.length > 1) reasons.push(fact('reason_reach_mix'));
  const anyRounded = withViews.some((p) => p.rounded?.includes('views')) || snapshot.precision.followers === 'rounded';
  if (anyRounded) reasons.push(fact('reason_rounded_counts'));
  const sources = [...new Map(parts.map((p) => [p.source, p.year])).entries()].map(([title, published]) => source(title, published, 'parens'));
  reasons.push(fact('reason_reach_no_vendor', list(sources, 'semicolon')));
  // A built reference, not a published one: never "high".
  const confidence = lowerConfidence(confidenceFor(scored, anyRounded), 'medium');
  return { score: Math.round(percentile), confidence, reasons, rate, percentile, parts, inputs: { postIds, count: scored } };
}
