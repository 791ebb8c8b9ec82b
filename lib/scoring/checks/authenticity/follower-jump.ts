import { PLATFORMS } from '../../../platforms/names';
import type { Post, ProfileSnapshot } from '../../../snapshot';
import { GROWTH } from '../../authenticity-references';
import { eligiblePosts } from '../../engagement';
import { count, fact, percent } from '../../fact';
import { median } from '../../stats';
import { authenticityCheck } from '../check';

const DAY_MS = 86_400_000;

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

/** A follower jump between two stored visits, with engagement flat: bought followers. */
export const followerJump = authenticityCheck({
  id: 'follower-jump',
  reads: 'history',
  platforms: PLATFORMS,
  suggests: ['bought-followers'],
  says: ['flag_follower_jump_flat', 'flag_follower_jump', 'flag_follower_jump_with_engagement', 'flag_follower_fast_growth'],
  run({ snapshot, history }) {
    const jump = largestJump([...history, snapshot]);
    if (!jump) return { status: 'not-checked' };
    if (jump.growth <= 0) return { status: 'passed' };
    const before = medianLikes(eligiblePosts(jump.from).used);
    const after = medianLikes(eligiblePosts(jump.to).used);
    const likesGrowth = before && after !== null ? after / before - 1 : null;
    const args = [percent(jump.growth), count(jump.from.followers), count(jump.to.followers), count(Math.round(jump.days))];
    const common = { source: GROWTH.source, year: GROWTH.year, suggests: 'bought-followers' as const, value: jump.growth, threshold: GROWTH.jumpRatio };
    if (jump.growth >= GROWTH.jumpRatio) {
      const flat = likesGrowth !== null && likesGrowth < jump.growth / 3;
      if (flat) return { status: 'flagged', flag: { ...common, severity: 'severe', evidence: fact('flag_follower_jump_flat', ...args, percent(likesGrowth)) } };
      // Even with likes rising too (a viral post, a giveaway), a +50% jump deserves a look.
      if (likesGrowth === null) return { status: 'flagged', flag: { ...common, severity: 'warn', evidence: fact('flag_follower_jump', ...args) } };
      return { status: 'flagged', flag: { ...common, severity: 'warn', evidence: fact('flag_follower_jump_with_engagement', ...args, percent(likesGrowth)) } };
    }
    if (jump.perDay > GROWTH.adsFollowersPerDay && jump.growth >= 0.1) {
      const evidence = fact('flag_follower_fast_growth', count(Math.round(jump.perDay)), count(GROWTH.adsFollowersPerDay));
      return { status: 'flagged', flag: { ...common, severity: 'info', threshold: GROWTH.adsFollowersPerDay, value: jump.perDay, evidence } };
    }
    return { status: 'passed' };
  },
});
