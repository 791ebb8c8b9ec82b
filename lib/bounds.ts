import type { Post, ProfileSnapshot } from './snapshot';
import { safeHttpUrl } from './urls';

/**
 * Limits on what a page can hand Vetlens. Everything here comes from the page's own world, which a
 * hostile script controls, so every size is checked before the data is walked, kept or stored.
 */

// ---------- Observed response bodies ----------

export const BODY_LIMITS = {
  /** Characters of text (strings and keys) in one body: the MAIN-world observer copies no more. */
  chars: 8_000_000,
  /** Values in one body (objects, arrays, strings, numbers…). Real profile responses hold ~20k. */
  nodes: 300_000,
  /** Nesting. Real responses nest under 40 deep. */
  depth: 100,
} as const;

export type BodyCheck = { ok: true; nodes: number; chars: number } | { ok: false; why: 'too-large' | 'too-deep' | 'not-json' };

/**
 * Measures a body before anything walks it, without trusting any of its numbers: an array's length
 * is counted against the budget before its elements are visited (so `a = []; a.length = 1e8` costs
 * one step), and only JSON's own kinds of value are accepted (no typed arrays, maps or dates,
 * whose "length" would be walked element by element).
 */
export function checkBody(body: unknown, limits: { chars: number; nodes: number; depth: number } = BODY_LIMITS): BodyCheck {
  let nodes = 0;
  let chars = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > limits.nodes) return { ok: false, why: 'too-large' };
    if (value === null || typeof value === 'number' || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > limits.chars) return { ok: false, why: 'too-large' };
      continue;
    }
    if (typeof value !== 'object') return { ok: false, why: 'not-json' };
    if (depth >= limits.depth) return { ok: false, why: 'too-deep' };
    if (Array.isArray(value)) {
      // The length first: a sparse array claims any length for free.
      if (nodes + stack.length + value.length > limits.nodes) return { ok: false, why: 'too-large' };
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return { ok: false, why: 'not-json' };
    const keys = Object.keys(value);
    if (nodes + stack.length + keys.length > limits.nodes) return { ok: false, why: 'too-large' };
    for (const key of keys) {
      chars += key.length;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
    if (chars > limits.chars) return { ok: false, why: 'too-large' };
  }
  return { ok: true, nodes, chars };
}

// ---------- Snapshots ----------

export const SNAPSHOT_LIMITS = {
  /** Longer than any site allows (Instagram 150, TikTok 80, YouTube 1,000 characters). */
  bio: 2_500,
  /** The longest any site allows: a YouTube description (5,000). */
  caption: 5_000,
  /** Scores use the newest 30; history keeps the newest 60 of a creator. */
  posts: 100,
  hashtags: 60,
  links: 50,
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
  for (let max: number = limits.caption; size > limits.chars && max > 100; ) {
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
