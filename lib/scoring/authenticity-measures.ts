import type { Post, ProfileSnapshot } from '../snapshot';
import { instagramRateReference, type RateReference } from './authenticity-references';
import { eligiblePosts } from './engagement';
import { coefficientOfVariation, median } from './stats';

/** Thresholds that are not percentiles of real accounts (those are in AUTHENTICITY_CALIBRATION). */
export const THRESHOLDS = {
  /**
   * TikTok and YouTube, engagement per view: above this multiple of the tier's "Average" band top is
   * "info", above HIGH_WARN "warn". Not refitted: no per-post TikTok or YouTube data under a licence
   * that allows it was found (docs/evaluation.md).
   */
  engagementHighInfo: 3,
  engagementHighWarn: 5,
  /** Fewest posts for a per-post check on TikTok and YouTube. */
  minPosts: 3,
  /**
   * Fewest posts for the Instagram lines fitted on real accounts. On the calibration accounts, lines
   * fitted on a dozen posts raised false alarms on 21% of accounts that showed only 3–5 (docs/evaluation.md).
   */
  minPostsForLines: 6,
  /** Following beyond this, and more than followers, is the mass-follow pattern (a "warn"). */
  massFollowingWarn: 5_000,
} as const;

/** What the per-post checks measure; the same numbers `npm run eval` fits its lines on. */
export interface AuthenticityMeasures {
  /** Posts the checks use: not pinned, older than 48 hours, the latest 30. */
  used: Post[];
  withLikes: Post[];
  withBoth: Post[];
  /** Instagram: median (likes + comments) ÷ followers over the posts with likes (at least `minPostsForLines`). */
  rate: number | null;
  /** The typical rate of the account's tier at the time of the capture. */
  reference: RateReference | null;
  /** rate ÷ reference.median */
  rateRatio: number | null;
  /** Comments ÷ likes pooled over the posts (Instagram, at least `minPostsForLines` posts with both). */
  commentsPerLike: number | null;
  /** Coefficient of variation of likes (Instagram, at least `minPostsForLines` posts with likes). */
  likesCv: number | null;
}

/**
 * InstaFake and HypeAuditor measured Instagram accounts only; TikTok and YouTube comment and like
 * habits differ, so the per-post lines apply to Instagram alone rather than judge the others by them.
 */
export function measureAuthenticity(snapshot: ProfileSnapshot): AuthenticityMeasures {
  const { used } = eligiblePosts(snapshot);
  const withLikes = used.filter((p) => p.likes !== null && p.likes > 0);
  const withBoth = withLikes.filter((p) => p.comments !== null);
  const none = { used, withLikes, withBoth, rate: null, reference: null, rateRatio: null, commentsPerLike: null, likesCv: null };
  if (snapshot.platform !== 'instagram' || snapshot.likesHidden) return none;
  const enough = withLikes.length >= THRESHOLDS.minPostsForLines;
  const followers = snapshot.followers;
  const rate = enough && followers ? median(withLikes.map((p) => (p.likes! + (p.comments ?? 0)) / followers)) : null;
  const reference = rate !== null ? instagramRateReference(followers!, snapshot.capturedAt) : null;
  // Pooled over the posts: small accounts' comment counts are single digits, and a per-post median
  // of such ratios swings far more than the account's real ratio does.
  const commentsPerLike =
    withBoth.length >= THRESHOLDS.minPostsForLines ? withBoth.reduce((s, p) => s + p.comments!, 0) / withBoth.reduce((s, p) => s + p.likes!, 0) : null;
  return {
    used,
    withLikes,
    withBoth,
    rate,
    reference,
    rateRatio: rate !== null && reference ? rate / reference.median : null,
    commentsPerLike,
    likesCv: enough ? coefficientOfVariation(withLikes.map((p) => p.likes!)) : null,
  };
}

/** The share of real accounts beyond a line at the given percentile ("fewer than 1%" for the 99th or the 1st), to one decimal. */
export const beyondShare = (percentile: number) => Math.round(Math.min(percentile, 100 - percentile) * 10) / 10;
