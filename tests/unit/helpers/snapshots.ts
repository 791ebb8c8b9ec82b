import type { Post, ProfileSnapshot } from '../../../lib/snapshot';

let counter = 0;

/** A valid snapshot with sensible defaults; tests override what they care about. */
export function makeSnapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    platform: 'instagram',
    handle: 'lena.travels',
    url: 'https://www.instagram.com/lena.travels/',
    capturedAt: '2024-11-25T12:00:00.000Z',
    displayName: 'Lena Travels',
    bio: 'Travel stories',
    verified: false,
    followers: 24310,
    following: 812,
    postCount: 348,
    totalLikes: null,
    precision: { followers: 'exact', following: 'exact', postCount: 'exact' },
    posts: [],
    links: [],
    likesHidden: false,
    platformId: null,
    pageLanguage: 'en',
    sources: ['embedded-json'],
    pageKind: 'profile',
    ...overrides,
  };
}

/** A valid post with no link, caption or views: tests give what they care about. */
export function makePost(overrides: Partial<Post> & Pick<Post, 'id'>): Post {
  return { url: null, publishedAt: null, likes: null, comments: null, views: null, shares: null, caption: null, hashtags: [], pinned: false, ...overrides };
}

/** Posts a few days apart before `capturedAt`, with the given likes and comments. */
export function makePosts(series: Array<[likes: number | null, comments: number | null]>, capturedAt = '2024-11-25T12:00:00.000Z'): Post[] {
  const base = Date.parse(capturedAt);
  return series.map(([likes, comments], i) => ({
    id: `post${++counter}`,
    url: null,
    publishedAt: new Date(base - (i + 3) * 86_400_000).toISOString(),
    likes,
    comments,
    views: null,
    shares: null,
    caption: `caption ${i} #travel`,
    hashtags: ['travel'],
    pinned: false,
  }));
}
