import type { Post, ProfileSnapshot } from '../snapshot';
import { eligiblePosts, engagementPerView } from './engagement';
import type { CountName, MergedCreator } from './merge';
import { median } from './stats';
import type { CountOrigins, CurrentPostMarks, PostNumbers, ScoreEvidence } from './types';

/** Posts with likes that make a firm likes-based score (below it, confidence is "low"). */
const LIKES_FOR_FIRM_SCORE = 3;

function numbers(p: Post): PostNumbers {
  return { views: p.views, likes: p.likes, comments: p.comments, shares: p.shares, saves: p.saves ?? null, engagementPerView: engagementPerView(p) };
}

/** This post's marks: its rounded counts, views set aside by the page it was read on, likes hidden. */
function marks(post: Post, pagePost: Post | null, likesHidden: boolean): CurrentPostMarks {
  const out: CurrentPostMarks = {};
  if (post.rounded?.length) out.rounded = post.rounded;
  const setAside = post.viewsSetAside ?? (post.views === null ? pagePost?.viewsSetAside : undefined);
  if (setAside) out.viewsSetAside = setAside;
  if (likesHidden) out.likesHidden = true;
  return out;
}

const medianOf = (posts: readonly Post[], pick: (p: Post) => number | null | undefined) =>
  median(
    posts.flatMap((p) => {
      const v = pick(p);
      return v === null || v === undefined ? [] : [v];
    }),
  );

/**
 * What the scores rest on: how many posts gave each count and from which kind of page, the
 * creator's usual numbers, and, on a post page, this post's. `page` is the snapshot as the page gave it.
 */
export function scoreEvidence(page: ProfileSnapshot, merged: MergedCreator): ScoreEvidence {
  const { used } = eligiblePosts(merged.snapshot);
  const origins = (field: CountName): CountOrigins => {
    const out = { listed: 0, opened: 0 };
    for (const p of used) {
      const from = merged.posts.get(p.id)?.from[field];
      if (from === 'post') out.opened++;
      else if (from === 'profile') out.listed++;
    }
    return out;
  };
  const likes = origins('likes');
  const views = origins('views');
  // This post as known now: the page's counts, with any it lacks (a TikTok video page shows no
  // views) from the creator's other pages.
  const pagePost = page.pageKind === 'post' ? (page.posts[0] ?? null) : null;
  const currentPost = pagePost ? (merged.snapshot.posts.find((p) => p.id === pagePost.id) ?? pagePost) : null;
  const others = currentPost ? used.filter((p) => p.id !== currentPost.id) : used;
  const usual: ScoreEvidence['usual'] = {
    count: others.filter((p) => p.views !== null || p.likes !== null).length,
    views: medianOf(others, (p) => p.views),
    likes: medianOf(others, (p) => p.likes),
    comments: medianOf(others, (p) => p.comments),
    shares: medianOf(others, (p) => p.shares),
    saves: medianOf(others, (p) => p.saves),
    engagementPerView: medianOf(others, engagementPerView),
  };
  const withLikes = likes.listed + likes.opened;
  // Instagram too: a logged-in profile's grid shows no counts, and its posts' own pages do. Not
  // where the owner hides likes or the account is private: opening posts would show none.
  const likesCanBeSeen = page.platform !== 'instagram' || (!merged.snapshot.likesHidden && !merged.snapshot.privateAccount);
  const openForLikes = likesCanBeSeen && withLikes < LIKES_FOR_FIRM_SCORE ? LIKES_FOR_FIRM_SCORE - withLikes : 0;
  return {
    visits: merged.visits,
    postsKnown: merged.snapshot.posts.length,
    postsUsed: used.length,
    likes,
    views,
    followersFrom: merged.followersFrom ? { capturedAt: merged.followersFrom.capturedAt, followers: merged.followersFrom.followers } : null,
    openForLikes,
    usual,
    current: currentPost ? { id: currentPost.id, ...numbers(currentPost), ...marks(currentPost, pagePost, merged.snapshot.likesHidden) } : null,
  };
}
