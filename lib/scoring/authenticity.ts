import type { I18n } from '../i18n/translate';
import { formatCount, formatPercent } from '../i18n/format';
import type { Post, ProfileSnapshot } from '../snapshot';
import { GROWTH, INSTAFAKE, VIEWS_PER_FOLLOWER_ESTIMATE, rateAtPercentile, tierFor } from './benchmarks';
import { eligiblePosts } from './engagement';
import { clamp, coefficientOfVariation, median } from './stats';
import type { AuthenticityCheck, AuthenticityFlag, AuthenticityScore, Confidence, EngagementScore } from './types';

/**
 * Points per flag. "info" is a borderline reading that many genuine creators show on its own, so
 * one alone changes nothing. Verdicts add points only among flags that point to the same
 * manipulation: two borderline signs of bought likes corroborate each other, while a borderline
 * low rate and borderline flat likes describe different stories and do not.
 */
export const SEVERITY_POINTS = { info: 10, warn: 25, severe: 45 } as const;
export const REVIEW_AT = 20;
export const SUSPICIOUS_AT = 45;

/**
 * Thresholds beyond the published percentiles. The InstaFake 5th/95th percentiles mark "unusual";
 * the stricter lines below were set so that, on synthetic genuine creators drawn from the same
 * published distributions, few cross them (see docs/evaluation.md for the resulting rates).
 */
export const THRESHOLDS = {
  /**
   * Comments ÷ likes above this is a "warn" (pods): the InstaFake 95th percentile. Catching 80% of
   * ×5 pods would need a line near 4.5%, which flags the top 13% of genuine accounts; see
   * docs/evaluation.md for the trade-off.
   */
  commentsPerLikeHigh: INSTAFAKE.commentsPerLike.p95,
  /** Comments ÷ likes below this is a "warn"; below the InstaFake 5th percentile it is "info". */
  commentsPerLikeVeryLow: 0.0015,
  /** Likes CV below this is a "warn"; below INSTAFAKE.likesCv.p5 it is "info". */
  likesCvVeryLow: 0.05,
  /** Engagement above this multiple of the tier's "Average" band top is "info"; above HIGH_WARN "warn". */
  engagementHighInfo: 3,
  engagementHighWarn: 5,
  /** Fewest posts for a per-post check. */
  minPosts: 3,
  /** Following beyond this, and more than followers, is the mass-follow pattern (a "warn"). */
  massFollowingWarn: 5_000,
} as const;

const DAY_MS = 86_400_000;

interface Ctx {
  i18n: I18n;
  flags: AuthenticityFlag[];
  checks: AuthenticityCheck[];
}

/** The strongest story the flags tell: points add up only among flags suggesting the same thing. */
export function verdictFor(flags: readonly AuthenticityFlag[]): 'ok' | 'review' | 'suspicious' {
  const byStory = new Map<string, number>();
  flags.forEach((f, i) => {
    const story = f.suggests ?? `own:${i}`;
    byStory.set(story, (byStory.get(story) ?? 0) + SEVERITY_POINTS[f.severity]);
  });
  const strongest = Math.max(0, ...byStory.values());
  return strongest >= SUSPICIOUS_AT ? 'suspicious' : strongest >= REVIEW_AT ? 'review' : 'ok';
}

function check(ctx: Ctx, id: string, possible: boolean, flag?: Omit<AuthenticityFlag, 'id'> | null): void {
  if (!possible) ctx.checks.push({ id, status: 'not-checked' });
  else if (flag) {
    ctx.flags.push({ id, ...flag });
    ctx.checks.push({ id, status: 'flagged' });
  } else ctx.checks.push({ id, status: 'passed' });
}

function medianLikes(posts: readonly Post[]): number | null {
  return median(posts.flatMap((p) => (p.likes === null ? [] : [p.likes])));
}

/** The largest follower jump between consecutive visits, oldest first, the current one last. */
function largestJump(visits: readonly ProfileSnapshot[]) {
  let best: { from: ProfileSnapshot; to: ProfileSnapshot; growth: number; perDay: number; days: number } | null = null;
  const known = visits.filter((v) => v.followers !== null && v.followers > 0);
  for (let i = 1; i < known.length; i++) {
    const from = known[i - 1]!;
    const to = known[i]!;
    // Growth per day counts from the snapshots' own capturedAt; a same-hour pair counts as 1 hour.
    const days = Math.max((Date.parse(to.capturedAt) - Date.parse(from.capturedAt)) / DAY_MS, 1 / 24);
    const growth = (to.followers! - from.followers!) / from.followers!;
    const perDay = (to.followers! - from.followers!) / days;
    if (!best || growth > best.growth) best = { from, to, growth, perDay, days };
  }
  return best;
}

/**
 * Authenticity from what a profile page shows: each signal of scoring.md is a named check that
 * passes, raises a flag with its evidence, or could not run on this data. Verdict and score come
 * from the flags' points; confidence from how much data the checks had.
 */
export function scoreAuthenticity(
  snapshot: ProfileSnapshot,
  engagement: EngagementScore,
  i18n: I18n,
  history: readonly ProfileSnapshot[] = [],
): AuthenticityScore {
  const { t, locale } = i18n;
  const ctx: Ctx = { i18n, flags: [], checks: [] };
  const { used } = eligiblePosts(snapshot);
  const withLikes = used.filter((p) => p.likes !== null && p.likes > 0);
  const withBoth = withLikes.filter((p) => p.comments !== null);
  const tier = snapshot.followers !== null ? tierFor(snapshot.platform, snapshot.followers) : null;
  const { rate, benchmark } = engagement;
  const perFollower = engagement.basis === 'followers' && benchmark !== null;
  // A rate from one or two posts is an anecdote, not a tier comparison.
  const rateUsable = rate !== null && engagement.inputs.count >= THRESHOLDS.minPosts;

  // 1. Engagement far below the tier: few followers engage, a sign of bought followers. Only a
  // per-follower rate says that; a low rate per view is about the videos, not the audience.
  {
    const possible = rateUsable && perFollower && benchmark !== null && tier !== null;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible) {
      const low = benchmark.low ?? rateAtPercentile(tier, 10);
      if (rate! < low / 2) {
        flag = { severity: 'severe', suggests: 'bought-followers', value: rate, threshold: low / 2, source: benchmark.source, year: benchmark.year, evidence: t('flag_engagement_far_below', formatPercent(rate, locale), formatPercent(low, locale), benchmark.tierLabel) };
      } else if (rate < low) {
        flag = { severity: 'info', suggests: 'bought-followers', value: rate, threshold: low, source: benchmark.source, year: benchmark.year, evidence: t('flag_engagement_below', formatPercent(rate, locale), formatPercent(low, locale), benchmark.tierLabel) };
      }
    }
    check(ctx, 'engagement-far-below-tier', possible, flag);
  }

  // 2. Engagement implausibly high: bought likes or pods.
  {
    const possible = rateUsable && benchmark !== null && benchmark.high !== null;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible) {
      const infoLine = benchmark.high! * THRESHOLDS.engagementHighInfo;
      const warnLine = benchmark.high! * THRESHOLDS.engagementHighWarn;
      if (rate > infoLine) {
        const severity = rate > warnLine ? 'warn' : 'info';
        const multiple = severity === 'warn' ? THRESHOLDS.engagementHighWarn : THRESHOLDS.engagementHighInfo;
        flag = { severity, suggests: 'bought-likes', value: rate, threshold: severity === 'warn' ? warnLine : infoLine, source: benchmark.source, year: benchmark.year, evidence: t('flag_engagement_too_high', formatPercent(rate, locale), formatPercent(rate > warnLine ? warnLine : infoLine, locale), benchmark.tierLabel, multiple) };
      }
    }
    check(ctx, 'engagement-implausibly-high', possible, flag);
  }

  // InstaFake measured Instagram accounts only; TikTok and YouTube comment and like habits differ,
  // so checks 3 and 4 do not run there rather than judge them by another platform's norms.
  const instafakeApplies = snapshot.platform === 'instagram';

  // 3. Comments ÷ likes out of the genuine range (InstaFake): too low = bought likes, too high = pods.
  {
    const possible = instafakeApplies && withBoth.length >= THRESHOLDS.minPosts;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible) {
      // Pooled over the posts: small accounts' comment counts are single digits, and a per-post
      // median of such ratios swings far more than the account's real ratio does.
      const ratio = withBoth.reduce((s, p) => s + p.comments!, 0) / withBoth.reduce((s, p) => s + p.likes!, 0);
      const { p5, p95 } = INSTAFAKE.commentsPerLike;
      const src = { source: INSTAFAKE.source, year: INSTAFAKE.year, value: ratio, postIds: withBoth.map((p) => p.id) };
      const range = `${formatPercent(p5, locale)}–${formatPercent(p95, locale)}`;
      if (ratio < THRESHOLDS.commentsPerLikeVeryLow) flag = { ...src, severity: 'warn', suggests: 'bought-likes', threshold: THRESHOLDS.commentsPerLikeVeryLow, evidence: t('flag_comments_ratio_low', formatPercent(ratio, locale), range, withBoth.length) };
      else if (ratio < p5) flag = { ...src, severity: 'info', suggests: 'bought-likes', threshold: p5, evidence: t('flag_comments_ratio_low', formatPercent(ratio, locale), range, withBoth.length) };
      else if (ratio > THRESHOLDS.commentsPerLikeHigh) flag = { ...src, severity: 'warn', suggests: 'pods', threshold: THRESHOLDS.commentsPerLikeHigh, evidence: t('flag_comments_ratio_high', formatPercent(ratio, locale), range, withBoth.length) };
    }
    check(ctx, 'comments-per-like-out-of-range', possible, flag);
  }

  // 4. Likes unnaturally flat across posts: a constant bought amount flattens them.
  {
    const possible = instafakeApplies && withLikes.length >= THRESHOLDS.minPosts;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible) {
      const cv = coefficientOfVariation(withLikes.map((p) => p.likes!))!;
      const { p5, median: typicalCv } = INSTAFAKE.likesCv;
      const src = { source: INSTAFAKE.source, year: INSTAFAKE.year, value: cv, postIds: withLikes.map((p) => p.id) };
      if (cv < THRESHOLDS.likesCvVeryLow) flag = { ...src, severity: 'warn', suggests: 'bought-likes', threshold: THRESHOLDS.likesCvVeryLow, evidence: t('flag_likes_flat', cv.toFixed(2), typicalCv.toFixed(2), p5.toFixed(2), withLikes.length) };
      else if (cv < p5) flag = { ...src, severity: 'info', suggests: 'bought-likes', threshold: p5, evidence: t('flag_likes_flat', cv.toFixed(2), typicalCv.toFixed(2), p5.toFixed(2), withLikes.length) };
    }
    check(ctx, 'likes-unnaturally-flat', possible, flag);
  }

  // 5. Views ÷ followers very low (TikTok, YouTube): most followers never watch.
  {
    const views = used.flatMap((p) => (p.views === null ? [] : [p.views]));
    const possible = snapshot.platform !== 'instagram' && !!snapshot.followers && views.length >= THRESHOLDS.minPosts;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible) {
      const ratio = median(views)! / snapshot.followers!;
      const est = VIEWS_PER_FOLLOWER_ESTIMATE;
      const src = { source: est.source, year: est.year, suggests: 'bought-followers' as const, value: ratio, postIds: used.filter((p) => p.views !== null).map((p) => p.id) };
      if (ratio < est.veryLow) flag = { ...src, severity: 'warn', threshold: est.veryLow, evidence: t('flag_views_per_follower_low', formatPercent(ratio, locale), formatPercent(est.veryLow, locale), views.length) };
      else if (ratio < est.low) flag = { ...src, severity: 'info', threshold: est.low, evidence: t('flag_views_per_follower_low', formatPercent(ratio, locale), formatPercent(est.low, locale), views.length) };
    }
    check(ctx, 'views-per-follower-low', possible, flag);
  }

  // 6. Mass-follow pattern: following far more accounts than a normal user, and more than follow back.
  {
    const possible = snapshot.following !== null && snapshot.followers !== null;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible && snapshot.following! > GROWTH.massFollowing && snapshot.following! > snapshot.followers!) {
      const severity = snapshot.following! > THRESHOLDS.massFollowingWarn ? 'warn' : 'info';
      flag = { severity, suggests: 'bought-followers', value: snapshot.following!, threshold: GROWTH.massFollowing, source: GROWTH.source, year: GROWTH.year, evidence: t('flag_mass_follow', formatCount(snapshot.following, locale), formatCount(snapshot.followers, locale), formatCount(GROWTH.massFollowing, locale)) };
    }
    check(ctx, 'mass-follow', possible, flag);
  }

  // 7. A follower jump between two stored visits, with engagement flat: bought followers.
  {
    const jump = largestJump([...history, snapshot]);
    const possible = jump !== null;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (jump && jump.growth > 0) {
      const before = medianLikes(eligiblePosts(jump.from).used);
      const after = medianLikes(eligiblePosts(jump.to).used);
      const likesGrowth = before && after !== null ? after / before - 1 : null;
      const flat = likesGrowth !== null && likesGrowth < jump.growth / 3;
      const args = [formatPercent(jump.growth, locale), formatCount(jump.from.followers, locale), formatCount(jump.to.followers, locale), formatCount(Math.round(jump.days), locale)] as const;
      const src = { source: GROWTH.source, year: GROWTH.year, suggests: 'bought-followers' as const, value: jump.growth, threshold: GROWTH.jumpRatio };
      if (jump.growth >= GROWTH.jumpRatio) {
        if (flat) flag = { ...src, severity: 'severe', evidence: t('flag_follower_jump_flat', ...args, formatPercent(likesGrowth, locale)) };
        // Even with likes rising too (a viral post, a giveaway), a +50% jump deserves a look.
        else if (likesGrowth === null) flag = { ...src, severity: 'warn', evidence: t('flag_follower_jump', ...args) };
        else flag = { ...src, severity: 'warn', evidence: t('flag_follower_jump_with_engagement', ...args, formatPercent(likesGrowth, locale)) };
      } else if (jump.perDay > GROWTH.adsFollowersPerDay && jump.growth >= 0.1) {
        flag = { ...src, severity: 'info', threshold: GROWTH.adsFollowersPerDay, value: jump.perDay, evidence: t('flag_follower_fast_growth', formatCount(Math.round(jump.perDay), locale), formatCount(GROWTH.adsFollowersPerDay, locale)) };
      }
    }
    check(ctx, 'follower-jump', possible, flag);
  }

  const { flags, checks } = ctx;
  const postChecks = checks.filter((c) => c.id !== 'mass-follow' && c.id !== 'follower-jump' && c.status !== 'not-checked').length;
  const inputs = { postIds: withLikes.map((p) => p.id), count: withLikes.length, historyCount: history.length };
  const ran = checks.filter((c) => c.status !== 'not-checked').length;
  // Too little data: no post-based check could run and nothing else was found.
  if (postChecks === 0 && flags.length === 0) {
    return { score: null, confidence: 'none', verdict: null, flags, checks, inputs, reasons: [t('reason_auth_not_enough'), t('reason_auth_checks', ran, checks.length)] };
  }
  const points = flags.reduce((sum, f) => sum + SEVERITY_POINTS[f.severity], 0);
  const verdict = verdictFor(flags);
  const confidence: Confidence = withLikes.length >= 9 && ran >= 5 ? 'high' : withLikes.length >= THRESHOLDS.minPosts ? 'medium' : 'low';
  const reasons = [...flags.map((f) => f.evidence)];
  if (flags.length === 0) reasons.push(t('reason_auth_no_flags'));
  else if (verdict === 'ok') reasons.push(t('reason_auth_borderline_only'));
  reasons.push(t('reason_auth_checks', ran, checks.length));
  if (perFollower === false && snapshot.platform === 'instagram') reasons.push(t('reason_auth_no_rate'));
  return { score: clamp(100 - points, 0, 100), confidence, verdict, flags, checks, inputs, reasons };
}
