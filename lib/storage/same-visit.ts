import type { Post, ProfileSnapshot } from '../snapshot';

type KeptCount = 'likes' | 'comments';

/**
 * Within one visit, a post's likes or comments the page showed earlier and shows no longer are kept:
 * Instagram shows a grid tile's counts only while the pointer is over it, so each read of the
 * profile holds the counts of the tile under the pointer alone. A count the page shows now wins.
 */
export function withCountsShownEarlier(earlier: ProfileSnapshot, now: ProfileSnapshot): ProfileSnapshot {
  // Only the grid that shows counts under the pointer; and never once data the page loaded was set
  // aside (a forged response read before the header rendered must not outlive it).
  if (now.platform !== 'instagram' || now.pageKind !== 'profile' || earlier.overruled?.length || now.overruled?.length) return now;
  const before = new Map(earlier.posts.map((post) => [post.id, post]));
  const posts = now.posts.map((post): Post => {
    const old = before.get(post.id);
    if (!old) return post;
    const kept = (['likes', 'comments'] as const).filter((field) => post[field] === null && old[field] !== null);
    if (kept.length === 0) return post;
    const keptRounded = (old.rounded ?? []).filter((field): field is KeptCount => (kept as readonly string[]).includes(field));
    const rounded = [...(post.rounded ?? []), ...keptRounded];
    const filled: Post = { ...post, rounded: rounded.length > 0 ? rounded : undefined };
    for (const field of kept) filled[field] = old[field];
    return filled;
  });
  return { ...now, posts };
}
