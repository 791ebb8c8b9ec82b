import type { Post, ProfileSnapshot } from './snapshot';
import { LINKS_PER_PROFILE, POST_LIMITS } from './limits';
import { safeHttpUrl } from './urls';

/**
 * Limits on what a page can make Vetlens store. Everything in a snapshot comes from a page, which a
 * hostile script may control (response bodies are sized in lib/content/body.ts).
 */

export const SNAPSHOT_LIMITS = {
  /** Longer than any site allows (Instagram 150, TikTok 80, YouTube 1,000 characters). */
  bio: 2_500,
  /** The longest any site allows: a YouTube description (5,000). */
  caption: 5_000,
  /** A visit keeps the newest posts; scores and compaction need fewer (lib/limits.ts). */
  posts: POST_LIMITS.perVisit,
  hashtags: 60,
  links: LINKS_PER_PROFILE,
  /** The whole snapshot as JSON; captions are cut further to fit. */
  chars: 400_000,
} as const;

type Trimmed = NonNullable<ProfileSnapshot['trimmed']>[number];

const newestFirst = (a: Post, b: Post) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');

/**
 * A snapshot cut to the size limits, with a note of what was cut (`trimmed`), and with only http(s)
 * links. Counts are never changed: a long caption loses its end, never a number.
 */
export function boundSnapshot(snapshot: ProfileSnapshot, limits: { readonly [K in keyof typeof SNAPSHOT_LIMITS]: number } = SNAPSHOT_LIMITS): ProfileSnapshot {
  const trimmed = new Set<Trimmed>(snapshot.trimmed ?? []);
  let bio = snapshot.bio;
  if (bio !== null && bio.length > limits.bio) {
    bio = bio.slice(0, limits.bio);
    trimmed.add('bio');
  }
  let posts = snapshot.posts;
  if (posts.length > limits.posts) {
    // The newest posts are the ones scores use; the rest are dropped.
    posts = [...posts].sort(newestFirst).slice(0, limits.posts);
    trimmed.add('posts');
  }
  const cut = (max: number) =>
    posts.map((post) => {
      let next = post;
      if (post.caption !== null && post.caption.length > max) {
        next = { ...next, caption: post.caption.slice(0, max) };
        trimmed.add('captions');
      }
      if (post.hashtags.length > limits.hashtags) {
        next = { ...next, hashtags: post.hashtags.slice(0, limits.hashtags) };
        trimmed.add('hashtags');
      }
      return next;
    });
  posts = cut(limits.caption);
  const links = [...new Set(snapshot.links.flatMap((link) => (safeHttpUrl(link) === null ? [] : [link])))].slice(0, limits.links);
  let bounded: ProfileSnapshot = { ...snapshot, bio, posts, links };
  // Still too big (many long captions): shorten every caption to an equal share of what is left.
  let size = JSON.stringify(bounded).length;
  for (let max: number = limits.caption; size > limits.chars && max > 100;) {
    const captions = posts.reduce((sum, p) => sum + (p.caption?.length ?? 0), 0);
    const share = Math.max(100, Math.floor((limits.chars - (size - captions)) / Math.max(1, posts.length)));
    if (share >= max) break;
    max = share;
    posts = cut(max);
    bounded = { ...bounded, posts };
    size = JSON.stringify(bounded).length;
  }
  if (trimmed.size > 0) bounded.trimmed = [...trimmed];
  return bounded;
}
