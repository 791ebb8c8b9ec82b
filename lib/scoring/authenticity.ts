import type { I18n } from '../i18n/translate';
import { formatCount, formatDecimal, formatPercent } from '../i18n/format';
import { tierText } from '../i18n/tier-label';
import type { Post, ProfileSnapshot } from '../snapshot';
import {
  AUTHENTICITY_CALIBRATION,
  GROWTH,
  VIEWS_PER_FOLLOWER_ESTIMATE,
  instagramRateReference,
  type AuthenticityCalibration,
  type RateReference,
} from './authenticity-references';
import { eligiblePosts } from './engagement';
import { clamp, coefficientOfVariation, median } from './stats';
import {
  checksRan,
  type AuthenticityCheck,
  type AuthenticityFlag,
  type AuthenticityScore,
  type Confidence,
  type EngagementScore,
  type AuthenticityVerdict,
} from './types';
import { sourceTitle } from './sources';

/**
 * Points per flag. "info" is a borderline reading that many genuine creators show on its own, so
 * one alone changes nothing. Verdicts add points only among flags that point to the same
 * manipulation: two borderline signs of bought likes corroborate each other, while a borderline
 * low rate and borderline flat likes describe different stories and do not.
 */
const SEVERITY_POINTS = { info: 10, warn: 25, severe: 45 } as const;
const REVIEW_AT = 20;
const SUSPICIOUS_AT = 45;

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

const DAY_MS = 86_400_000;

interface Ctx {
  i18n: I18n;
  flags: AuthenticityFlag[];
  checks: AuthenticityCheck[];
}

/** The strongest story the flags tell: points add up only among flags suggesting the same thing. */
export function verdictFor(flags: readonly AuthenticityFlag[]): AuthenticityVerdict {
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

/** What the per-post checks measure; the same numbers `npm run eval` fits its lines on. */
interface AuthenticityMeasures {
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

/** "fewer than 1%" for a line at the 99th (or 1st) percentile. */
/** The share of real accounts beyond a line, as a number for a sentence in the interface's digits ("0,5"). */
const beyondShare = (percentile: number) => Math.round(Math.min(percentile, 100 - percentile) * 10) / 10;

/**
 * Authenticity from what a profile page shows: each signal of scoring.md is a named check that
 * passes, raises a flag with its evidence, or could not run on this data. Verdict and score come
 * from the flags' points; confidence from how much data the checks had and how many could run.
 * The Instagram lines are percentiles of real genuine accounts (`calibration`, fitted by `npm run eval`).
 */
export function scoreAuthenticity(
  snapshot: ProfileSnapshot,
  engagement: EngagementScore,
  i18n: I18n,
  history: readonly ProfileSnapshot[] = [],
  calibration: AuthenticityCalibration = AUTHENTICITY_CALIBRATION,
): AuthenticityScore {
  const { t, locale } = i18n;
  const ctx: Ctx = { i18n, flags: [], checks: [] };
  const m = measureAuthenticity(snapshot);
  const { used, withLikes, withBoth, reference } = m;
  const cal = calibration;
  const pct = cal.percentiles;
  const calSource = { source: cal.source, year: cal.year };
  // Numbers inside a sentence take the interface's decimal mark ("3,17" in Azerbaijani).
  const ratioText = (x: number) => formatDecimal(x, locale, 2);
  const beyond = (percentile: number) => formatDecimal(beyondShare(percentile), locale, 1);

  // 1. Engagement far below the tier's typical rate: few followers engage, a sign of bought followers.
  // Only a per-follower rate says that; a low rate per view is about the videos, not the audience.
  {
    const ratio = m.rateRatio;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (ratio !== null && reference) {
      // Where the tier has a published "Low" mark, the lines never sit above it (half of it for a
      // "warn"): real accounts of today's larger tiers are not in the calibration set.
      const mark = reference.lowMark === null ? Infinity : reference.lowMark / reference.median;
      const warnLine = Math.min(cal.rateLow.warn, mark / 2);
      const infoLine = Math.min(cal.rateLow.info, mark);
      const severity = ratio < warnLine / 2 ? 'severe' : ratio < warnLine ? 'warn' : ratio < infoLine ? 'info' : null;
      if (severity) {
        const line = severity === 'info' ? infoLine : warnLine;
        const share = severity === 'info' ? pct.rateLow.info : pct.rateLow.warn;
        flag = {
          ...calSource,
          severity,
          suggests: 'bought-followers',
          value: m.rate!,
          threshold: line * reference.median,
          evidence: t(
            'flag_rate_below_real',
            formatPercent(m.rate, locale),
            ratioText(ratio),
            formatPercent(reference.median, locale),
            tierText(reference.label, locale),
            beyond(share),
            ratioText(line),
          ),
        };
      }
    }
    check(ctx, 'engagement-far-below-tier', ratio !== null, flag);
  }

  // 2. Engagement implausibly high: bought likes (or pods).
  {
    let possible = false;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (snapshot.platform === 'instagram') {
      const ratio = m.rateRatio;
      possible = ratio !== null;
      if (ratio !== null && reference) {
        const severity = ratio > cal.rateHigh.warn ? 'warn' : ratio > cal.rateHigh.info ? 'info' : null;
        if (severity) {
          const line = cal.rateHigh[severity];
          flag = {
            ...calSource,
            severity,
            suggests: 'bought-likes',
            value: m.rate!,
            threshold: line * reference.median,
            evidence: t(
              'flag_rate_above_real',
              formatPercent(m.rate, locale),
              ratioText(ratio),
              formatPercent(reference.median, locale),
              tierText(reference.label, locale),
              beyond(pct.rateHigh[severity]),
              ratioText(line),
            ),
          };
        }
      }
    } else {
      // TikTok and YouTube: engagement per view against the tier's published band (not refitted).
      const { rate, benchmark } = engagement;
      possible = rate !== null && engagement.inputs.count >= THRESHOLDS.minPosts && benchmark !== null && benchmark.high !== null;
      if (possible) {
        const infoLine = benchmark!.high! * THRESHOLDS.engagementHighInfo;
        const warnLine = benchmark!.high! * THRESHOLDS.engagementHighWarn;
        if (rate! > infoLine) {
          const severity = rate! > warnLine ? 'warn' : 'info';
          const multiple = severity === 'warn' ? THRESHOLDS.engagementHighWarn : THRESHOLDS.engagementHighInfo;
          const line = severity === 'warn' ? warnLine : infoLine;
          flag = {
            severity,
            suggests: 'bought-likes',
            value: rate!,
            threshold: line,
            source: benchmark!.source,
            year: benchmark!.year,
            evidence: t(
              'flag_engagement_too_high',
              formatPercent(rate, locale),
              formatPercent(line, locale),
              tierText(benchmark!.tierLabel, locale),
              formatDecimal(multiple, locale, 2),
            ),
          };
        }
      }
    }
    check(ctx, 'engagement-implausibly-high', possible, flag);
  }

  // 3. Comments ÷ likes out of the genuine range: too low = bought likes, too high = pods.
  {
    const ratio = m.commentsPerLike;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (ratio !== null) {
      const c = cal.commentsPerLike;
      const src = { ...calSource, value: ratio, postIds: withBoth.map((p) => p.id) };
      const low = (severity: 'warn' | 'info', line: number, share: number) => ({
        ...src,
        severity,
        suggests: 'bought-likes' as const,
        threshold: line,
        evidence: t('flag_comments_below_real', formatPercent(ratio, locale), withBoth.length, beyond(share), formatPercent(line, locale)),
      });
      // A pod adds comments only, so no second sign corroborates it: beyond the line is a "warn" at once.
      if (ratio > c.high)
        flag = {
          ...src,
          severity: 'warn',
          suggests: 'pods',
          threshold: c.high,
          evidence: t(
            'flag_comments_above_real',
            formatPercent(ratio, locale),
            withBoth.length,
            beyond(pct.commentsPerLike.high),
            formatPercent(c.high, locale),
          ),
        };
      else if (ratio < c.lowWarn) flag = low('warn', c.lowWarn, pct.commentsPerLike.lowWarn);
      else if (ratio < c.lowInfo) flag = low('info', c.lowInfo, pct.commentsPerLike.lowInfo);
    }
    check(ctx, 'comments-per-like-out-of-range', ratio !== null, flag);
  }

  // 4. Likes unnaturally even across posts: a constant bought amount flattens them.
  {
    const cv = m.likesCv;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (cv !== null) {
      const { info, warn, typical } = cal.likesCv;
      const src = { ...calSource, suggests: 'bought-likes' as const, value: cv, postIds: withLikes.map((p) => p.id) };
      const severity = cv < warn ? 'warn' : cv < info ? 'info' : null;
      if (severity) {
        const line = severity === 'warn' ? warn : info;
        flag = {
          ...src,
          severity,
          threshold: line,
          evidence: t(
            'flag_likes_even_real',
            withLikes.length,
            formatDecimal(cv, locale, 2, 2),
            formatDecimal(typical, locale, 2, 2),
            beyond(pct.likesCv[severity]),
            formatDecimal(line, locale, 2, 2),
          ),
        };
      }
    }
    check(ctx, 'likes-unnaturally-flat', cv !== null, flag);
  }

  // 5. Views ÷ followers very low (TikTok, YouTube): most followers never watch.
  {
    const views = used.flatMap((p) => (p.views === null ? [] : [p.views]));
    const possible = snapshot.platform !== 'instagram' && !!snapshot.followers && views.length >= THRESHOLDS.minPosts;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible) {
      const ratio = median(views)! / snapshot.followers!;
      const est = VIEWS_PER_FOLLOWER_ESTIMATE;
      const src = {
        source: est.source,
        year: est.year,
        suggests: 'bought-followers' as const,
        value: ratio,
        postIds: used.filter((p) => p.views !== null).map((p) => p.id),
      };
      if (ratio < est.veryLow)
        flag = {
          ...src,
          severity: 'warn',
          threshold: est.veryLow,
          evidence: t('flag_views_per_follower_low', formatPercent(ratio, locale), formatPercent(est.veryLow, locale), views.length),
        };
      else if (ratio < est.low)
        flag = {
          ...src,
          severity: 'info',
          threshold: est.low,
          evidence: t('flag_views_per_follower_low', formatPercent(ratio, locale), formatPercent(est.low, locale), views.length),
        };
    }
    check(ctx, 'views-per-follower-low', possible, flag);
  }

  // 6. Mass-follow pattern: following far more accounts than a normal user, and more than follow back.
  {
    const possible = snapshot.following !== null && snapshot.followers !== null;
    let flag: Omit<AuthenticityFlag, 'id'> | null = null;
    if (possible && snapshot.following! > GROWTH.massFollowing && snapshot.following! > snapshot.followers!) {
      const severity = snapshot.following! > THRESHOLDS.massFollowingWarn ? 'warn' : 'info';
      flag = {
        severity,
        suggests: 'bought-followers',
        value: snapshot.following!,
        threshold: GROWTH.massFollowing,
        source: GROWTH.source,
        year: GROWTH.year,
        evidence: t(
          'flag_mass_follow',
          formatCount(snapshot.following, locale),
          formatCount(snapshot.followers, locale),
          formatCount(GROWTH.massFollowing, locale),
        ),
      };
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
      const args = [
        formatPercent(jump.growth, locale),
        formatCount(jump.from.followers, locale),
        formatCount(jump.to.followers, locale),
        formatCount(Math.round(jump.days), locale),
      ] as const;
      const src = { source: GROWTH.source, year: GROWTH.year, suggests: 'bought-followers' as const, value: jump.growth, threshold: GROWTH.jumpRatio };
      if (jump.growth >= GROWTH.jumpRatio) {
        if (flat) flag = { ...src, severity: 'severe', evidence: t('flag_follower_jump_flat', ...args, formatPercent(likesGrowth, locale)) };
        // Even with likes rising too (a viral post, a giveaway), a +50% jump deserves a look.
        else if (likesGrowth === null) flag = { ...src, severity: 'warn', evidence: t('flag_follower_jump', ...args) };
        else flag = { ...src, severity: 'warn', evidence: t('flag_follower_jump_with_engagement', ...args, formatPercent(likesGrowth, locale)) };
      } else if (jump.perDay > GROWTH.adsFollowersPerDay && jump.growth >= 0.1) {
        flag = {
          ...src,
          severity: 'info',
          threshold: GROWTH.adsFollowersPerDay,
          value: jump.perDay,
          evidence: t('flag_follower_fast_growth', formatCount(Math.round(jump.perDay), locale), formatCount(GROWTH.adsFollowersPerDay, locale)),
        };
      }
    }
    check(ctx, 'follower-jump', possible, flag);
  }

  const { flags, checks } = ctx;
  const postChecks = checks.filter((c) => c.id !== 'mass-follow' && c.id !== 'follower-jump' && c.status !== 'not-checked').length;
  const inputs = { postIds: withLikes.map((p) => p.id), count: withLikes.length, historyCount: history.length };
  const { ran } = checksRan(checks);
  // Too little data: no post-based check could run and nothing else was found.
  if (postChecks === 0 && flags.length === 0) {
    return {
      score: null,
      confidence: 'none',
      verdict: null,
      flags,
      checks,
      inputs,
      reasons: [t('reason_auth_not_enough'), t('reason_auth_checks', ran, checks.length)],
    };
  }
  const points = flags.reduce((sum, f) => sum + SEVERITY_POINTS[f.severity], 0);
  const verdict = verdictFor(flags);
  // A score from fewer than half of the checks says little: at most "low", however many posts.
  const fewChecks = ran * 2 < checks.length;
  const confidence: Confidence = fewChecks || withLikes.length < THRESHOLDS.minPosts ? 'low' : withLikes.length >= 9 && ran >= 5 ? 'high' : 'medium';
  const reasons = [...flags.map((f) => f.evidence)];
  if (flags.length === 0) reasons.push(t('reason_auth_no_flags'));
  else if (verdict === 'ok') reasons.push(t('reason_auth_borderline_only'));
  reasons.push(t('reason_auth_checks', ran, checks.length));
  if (fewChecks) reasons.push(t('reason_auth_few_checks'));
  if (reference)
    reasons.push(
      t(
        'reason_auth_reference',
        formatPercent(reference.median, locale),
        tierText(reference.label, locale),
        `${sourceTitle(reference.source, i18n)}, ${reference.year}`,
        formatCount(cal.accounts, locale),
        `${sourceTitle(cal.source, i18n)}, ${cal.year}`,
      ),
    );
  if (snapshot.platform === 'instagram' && m.rateRatio === null) reasons.push(t('reason_auth_no_rate'));
  return { score: clamp(100 - points, 0, 100), confidence, verdict, flags, checks, inputs, reasons };
}
