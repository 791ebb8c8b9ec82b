import { writeFact, writeFacts } from '../../../lib/i18n/facts';
import { nodeI18n } from '../../../lib/i18n/node';
import type { Fact } from '../../../lib/scoring/fact';
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

const HOUR = 3_600_000;

/** A YouTube channel page read at `capturedAt`: `count` videos with views, no likes (as channel pages show). */
export function channelPage(
  capturedAt: string,
  count: number,
  p: { views?: (i: number) => number; followers?: number | null; firstAgeDays?: number; shorts?: boolean } = {},
): ProfileSnapshot {
  const first = p.firstAgeDays ?? 3;
  return snapshot({
    platform: 'youtube',
    handle: 'chan',
    url: 'https://www.youtube.com/@chan',
    capturedAt,
    followers: p.followers === undefined ? 100_000 : p.followers,
    following: null,
    platformId: 'UCchan',
    posts: Array.from({ length: count }, (_, i) => ({
      ...post(i, {}, capturedAt),
      id: `v${i}`,
      url: p.shorts ? `https://www.youtube.com/shorts/v${i}` : `https://www.youtube.com/watch?v=v${i}`,
      publishedAt: new Date(Date.parse(capturedAt) - (first + i) * DAY).toISOString(),
      views: p.views ? p.views(i) : 10_000,
    })),
  });
}

/** A YouTube watch page read at `capturedAt`: one video with views, likes and comments; no subscriber count unless given. */
export function watchPage(
  capturedAt: string,
  id: string,
  ageHours: number,
  counts: { views: number; likes: number; comments?: number | null },
  followers: number | null = null,
): ProfileSnapshot {
  return snapshot({
    platform: 'youtube',
    handle: 'chan',
    url: `https://www.youtube.com/watch?v=${id}`,
    capturedAt,
    followers,
    following: null,
    bio: null,
    precision: followers === null ? {} : { followers: 'rounded' },
    platformId: 'UCchan',
    pageKind: 'post',
    posts: [
      {
        ...post(0, {}, capturedAt),
        id,
        url: `https://www.youtube.com/watch?v=${id}`,
        publishedAt: new Date(Date.parse(capturedAt) - ageHours * HOUR).toISOString(),
        views: counts.views,
        likes: counts.likes,
        comments: counts.comments ?? null,
      },
    ],
  });
}

/**
 * Accounts in the shape of the real calibration set (lib/eval/instafake.ts), drawn from a seeded PRNG
 * so the fitting and evaluation method can be tested without the real data: followers 100–4,000,
 * engagement about 20% of followers (log-normal), likes varying about 30% from post to post,
 * comments about 2% of likes, one post a day.
 */
export function syntheticAccounts(count: number, seed: number, posts = 14) {
  let state = seed >>> 0;
  const rng = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
  const newest = Date.parse('2018-12-01T00:00:00Z') / 1000;
  return Array.from({ length: count }, () => {
    const followers = Math.round(Math.exp(Math.log(100) + rng() * Math.log(40)));
    const likesMedian = followers * 0.2 * Math.exp(0.4 * normal());
    const commentShare = 0.02 * Math.exp(0.6 * normal());
    const likes = Array.from({ length: posts }, () => Math.max(1, Math.round(likesMedian * Math.exp(0.3 * normal()))));
    return {
      userFollowerCount: followers,
      userFollowingCount: Math.round(400 * Math.exp(0.5 * normal())),
      userMediaCount: posts,
      mediaLikeNumbers: likes,
      mediaCommentNumbers: likes.map((l) => Math.max(0, Math.round(l * commentShare * Math.exp(0.3 * normal())))),
      mediaUploadTimes: likes.map((_, k) => newest - k * 86_400),
    };
  });
}

/** Facts written in English, as the card writes them (lib/i18n/facts.ts). */
export function inWords(facts: readonly Fact[], lang: 'en' | 'az' = 'en'): string[] {
  return writeFacts(facts, nodeI18n(lang));
}

/** One fact written in English. */
export function inWord(fact: Fact, lang: 'en' | 'az' = 'en'): string {
  return writeFact(fact, nodeI18n(lang));
}
