import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { scoreSnapshot } from '../../../lib/scoring';
import type { Post, ProfileSnapshot } from '../../../lib/snapshot';
import { recordSnapshot } from '../../../lib/storage/visits';

let dbCounter = 0;
/** A fresh, empty database per test (fake-indexeddb). */
export async function freshDb(): Promise<VetlensDB> {
  const db = openVetlensDB(`vetlens-test-${process.pid}-${++dbCounter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export function post(
  id: string,
  counts: Partial<Pick<Post, 'likes' | 'comments' | 'views' | 'shares'>>,
  publishedAt = '2026-01-01T00:00:00Z',
  pinned = false,
): Post {
  return {
    id,
    url: null,
    publishedAt,
    likes: counts.likes ?? null,
    comments: counts.comments ?? null,
    views: counts.views ?? null,
    shares: counts.shares ?? null,
    caption: null,
    hashtags: [],
    pinned,
  };
}

export function snapshot(over: Partial<ProfileSnapshot> & Pick<ProfileSnapshot, 'platform' | 'handle'>): ProfileSnapshot {
  const host = { instagram: 'www.instagram.com', tiktok: 'www.tiktok.com', youtube: 'www.youtube.com' }[over.platform];
  const path = over.platform === 'instagram' ? `/${over.handle}/` : `/@${over.handle}`;
  return {
    url: `https://${host}${path}`,
    capturedAt: '2026-02-01T10:00:00Z',
    displayName: over.handle,
    bio: null,
    verified: false,
    followers: 50_000,
    following: 100,
    postCount: 10,
    totalLikes: null,
    precision: {},
    posts: [],
    links: [],
    likesHidden: false,
    sources: ['dom'],
    pageKind: 'profile',
    ...over,
  };
}

export async function store(db: VetlensDB, snap: ProfileSnapshot): Promise<string> {
  return recordSnapshot(db, snap, scoreSnapshot(snap, {}));
}
