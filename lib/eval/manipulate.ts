import type { ProfileSnapshot } from '../snapshot';
import { median } from '../scoring/stats';

/**
 * The classic manipulations of issue #4, applied to a genuine series. Each returns the snapshot and
 * history to score; the originals are not changed.
 */
export type Manipulation = 'bought-likes' | 'pods' | 'bought-followers-jump' | 'followers-x3';

export interface Series {
  snapshot: ProfileSnapshot;
  history: ProfileSnapshot[];
}

/**
 * Bought likes: the same number added to every scored post (one package per post), `multiple` times
 * the creator's median likes. It flattens likes and collapses comments ÷ likes.
 */
export function buyLikes(series: Series, multiple: number): Series {
  const likes = series.snapshot.posts.filter((p) => !p.pinned && p.likes !== null).map((p) => p.likes!);
  const added = Math.round((median(likes) ?? 0) * multiple);
  return everyVisit(series, (s) => ({ ...s, posts: s.posts.map((p) => (p.likes === null ? p : { ...p, likes: p.likes + added })) }));
}

/** Engagement pods: five times the comments on every post. */
export function pods(series: Series): Series {
  return everyVisit(series, (s) => ({ ...s, posts: s.posts.map((p) => (p.comments === null ? p : { ...p, comments: p.comments * 5 })) }));
}

/**
 * Bought likes and pods are habits, not events: applied to the earlier visits too, so the eval
 * cannot catch them by a change between visits that a long-time buyer would not show.
 */
function everyVisit(series: Series, change: (s: ProfileSnapshot) => ProfileSnapshot): Series {
  return { snapshot: change(series.snapshot), history: series.history.map(change) };
}

/** Bought followers seen across two visits: followers up by `jump` (≥ 0.5) while likes stay as they were. */
export function followerJump(series: Series, jump: number): Series {
  const earlier = series.history.at(-1);
  if (!earlier?.followers) throw new Error('followerJump needs an earlier snapshot with followers');
  return { history: series.history, snapshot: { ...series.snapshot, followers: Math.round(earlier.followers * (1 + jump)) } };
}

/** Bought followers in a single visit: three times the followers, the same likes, no history to compare. */
export function tripleFollowers(series: Series): Series {
  return { history: [], snapshot: { ...series.snapshot, followers: (series.snapshot.followers ?? 0) * 3 } };
}
