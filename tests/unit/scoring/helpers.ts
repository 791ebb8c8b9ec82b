import type { Post, ProfileSnapshot } from '../../../lib/snapshot';

export const CAPTURED = '2026-02-10T12:00:00.000Z';
const DAY = 86_400_000;

export function post(i: number, p: Partial<Post> = {}, capturedAt = CAPTURED): Post {
  return {
    id: `p${i}`,
    url: null,
    publishedAt: new Date(Date.parse(capturedAt) - (3 + i) * DAY).toISOString(),
    likes: null,
    comments: null,
    views: null,
    shares: null,
    caption: null,
    hashtags: [],
    pinned: false,
    ...p,
  };
}

export function snapshot(s: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    platform: 'instagram',
    handle: 'creator',
    url: 'https://www.instagram.com/creator/',
    capturedAt: CAPTURED,
    displayName: 'Creator',
    bio: null,
    verified: false,
    followers: 20_000,
    following: 400,
    postCount: 100,
    totalLikes: null,
    precision: { followers: 'exact' },
    posts: [],
    links: [],
    likesHidden: false,
    sources: ['test'],
    pageKind: 'profile',
    ...s,
  };
}

/** Likes that vary like a genuine account's (CV about 0.3) around `median`, comments 2% of likes. */
export function genuinePosts(median: number, count = 12, capturedAt = CAPTURED): Post[] {
  const shape = [1, 0.7, 1.3, 0.9, 1.6, 0.8, 1.1, 0.6, 1.2, 1.0, 1.4, 0.75];
  return Array.from({ length: count }, (_, i) => {
    const likes = Math.round(median * shape[i % shape.length]!);
    return post(i, { likes, comments: Math.round(likes * 0.02) }, capturedAt);
  });
}
