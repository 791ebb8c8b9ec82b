import { INSTAFAKE } from '../scoring/authenticity-references';
import { BENCHMARKS, typicalRate, type TierBand } from '../scoring/benchmarks';
import type { Platform, Post, ProfileSnapshot } from '../snapshot';

/** mulberry32: a small seeded PRNG, so every evaluation run is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rng: () => number): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A log-normal with different spreads below and above the median, fitted to a 5th/50th/95th triple. */
function twoPieceLogNormal(rng: () => number, p5: number, p50: number, p95: number): number {
  const z = normal(rng);
  const sigma = z < 0 ? Math.log(p50 / p5) / 1.645 : Math.log(p95 / p50) / 1.645;
  return p50 * Math.exp(sigma * z);
}

interface SyntheticCreator {
  tier: string;
  platform: Platform;
  /** The creator's true engagement rate, drawn from the tier's log-normal. */
  trueRate: number;
  /** The visit being scored, and one earlier visit 30 days before (same creator, other posts). */
  snapshot: ProfileSnapshot;
  history: ProfileSnapshot[];
}

const DAY = 86_400_000;

/**
 * Spread of ln(engagement) above a tier's median. Below it, the tier's own σ from Modash's "Low" mark;
 * above it, real accounts spread far less than that symmetric reading implies: the 95th percentile
 * sits at 1.9× the median among the InstaFake calibration accounts (2018, lib/scoring/authenticity-references.ts)
 * and the 90th at 1.5–1.8× per tier among 1,794 TikTok accounts (datares/TikTok_Famous, November
 * 2020, figures as published in the project's research notes). ln(1.92) ÷ 1.645 ≈ 0.4.
 */
const UPPER_SIGMA = 0.4;
const EVAL_CAPTURED_AT = '2026-03-01T12:00:00.000Z';

interface PostParams {
  followers: number;
  rate: number;
  likesSigma: number;
  commentsPerLike: number;
}

/** Per-post likes log-normal with the creator's CV; comments a noisy share of likes. */
function drawPosts(rng: () => number, p: PostParams, capturedAt: string, prefix: string, count: number): Post[] {
  const median = (p.followers * p.rate) / (1 + p.commentsPerLike);
  const posts: Post[] = [];
  const captured = Date.parse(capturedAt);
  for (let i = 0; i < count; i++) {
    // Stochastic rounding keeps small accounts' single-digit comment counts unbiased.
    const likes = Math.max(0, Math.floor(median * Math.exp(p.likesSigma * normal(rng)) + rng()));
    const comments = Math.max(0, Math.floor(likes * p.commentsPerLike * Math.exp(0.3 * normal(rng) - 0.045) + rng()));
    posts.push({
      id: `${prefix}${i}`,
      url: null,
      publishedAt: new Date(captured - (3 + i * 2.5) * DAY).toISOString(),
      likes,
      comments,
      views: null,
      shares: null,
      caption: null,
      hashtags: [],
      pinned: false,
    });
  }
  return posts;
}

export function baseSnapshot(platform: Platform, handle: string, capturedAt: string, followers: number, following: number, posts: Post[]): ProfileSnapshot {
  return {
    platform,
    handle,
    url: `https://www.${platform}.com/${handle}/`,
    capturedAt,
    displayName: handle,
    bio: null,
    verified: false,
    followers,
    following,
    postCount: 200,
    totalLikes: null,
    precision: { followers: 'exact', following: 'exact' },
    posts,
    links: [],
    likesHidden: false,
    sources: ['synthetic'],
    pageKind: 'profile',
  };
}

/**
 * A genuine Instagram creator in a tier, drawn from the published distributions: engagement from the
 * tier's log-normal (benchmarks.ts), likes CV and comments ÷ likes from the InstaFake percentiles,
 * following log-normal around 500, 30-day growth about +2%. Twelve scored posts (HypeAuditor's 12),
 * plus a pinned post and a one-day-old post that must be left out.
 */
export function genuineCreator(rng: () => number, tier: TierBand, index: number, postCount = 12): SyntheticCreator {
  const upper = tier.max ?? 20_000_000;
  const followers = Math.round(Math.exp(Math.log(tier.min) + rng() * (Math.log(upper) - Math.log(tier.min))));
  const z = normal(rng);
  const trueRate = typicalRate(tier) * Math.exp((z < 0 ? tier.sigma : UPPER_SIGMA) * z);
  const cv = twoPieceLogNormal(rng, INSTAFAKE.likesCv.p5, INSTAFAKE.likesCv.median, INSTAFAKE.likesCv.p95);
  const params: PostParams = {
    followers,
    rate: trueRate,
    likesSigma: Math.sqrt(Math.log(1 + cv * cv)),
    commentsPerLike: twoPieceLogNormal(rng, INSTAFAKE.commentsPerLike.p5, INSTAFAKE.commentsPerLike.median, INSTAFAKE.commentsPerLike.p95),
  };
  const following = Math.min(7_500, Math.round(500 * Math.exp(0.9 * normal(rng))));
  const handle = `synthetic_${tier.label.replace(/\W+/g, '')}_${index}`;
  const posts = drawPosts(rng, params, EVAL_CAPTURED_AT, 'p', postCount);
  // Left out by the scoring: a pinned old hit and a post too young to have its engagement.
  posts.unshift(
    { ...posts[0]!, id: 'young', publishedAt: new Date(Date.parse(EVAL_CAPTURED_AT) - DAY).toISOString(), likes: Math.round(posts[0]!.likes! / 4) },
    { ...posts[0]!, id: 'pinned', pinned: true, likes: posts[0]!.likes! * 20 },
  );
  const growth = Math.max(-0.01, 0.02 + 0.02 * normal(rng));
  const earlierAt = new Date(Date.parse(EVAL_CAPTURED_AT) - 30 * DAY).toISOString();
  const earlierFollowers = Math.round(followers / (1 + growth));
  const earlierPosts = drawPosts(rng, { ...params, followers: earlierFollowers }, earlierAt, 'e', postCount);
  return {
    tier: tier.label,
    platform: 'instagram',
    trueRate,
    snapshot: baseSnapshot('instagram', handle, EVAL_CAPTURED_AT, followers, following, posts),
    history: [baseSnapshot('instagram', handle, earlierAt, earlierFollowers, following, earlierPosts)],
  };
}

/** A creator exactly at the tier's median: every post at the typical rate (for calibration). */
export function tierMedianCreator(platform: Platform, tier: TierBand): ProfileSnapshot {
  const followers = Math.round(Math.sqrt(tier.min * (tier.max ?? tier.min * 10)));
  const rate = typicalRate(tier);
  const posts: Post[] = [];
  for (let i = 0; i < 12; i++) {
    const publishedAt = new Date(Date.parse(EVAL_CAPTURED_AT) - (3 + i) * DAY).toISOString();
    if (BENCHMARKS[platform].basis === 'followers') {
      const engagements = Math.round(followers * rate);
      const comments = Math.round(engagements * 0.02);
      posts.push({
        id: `m${i}`,
        url: null,
        publishedAt,
        likes: engagements - comments,
        comments,
        views: null,
        shares: null,
        caption: null,
        hashtags: [],
        pinned: false,
      });
    } else {
      const views = Math.round(followers * 0.2);
      const engagements = Math.round(views * rate);
      const comments = Math.round(engagements * 0.02);
      posts.push({
        id: `m${i}`,
        url: null,
        publishedAt,
        likes: engagements - comments,
        comments,
        views,
        shares: 0,
        caption: null,
        hashtags: [],
        pinned: false,
      });
    }
  }
  return baseSnapshot(platform, `median_${tier.label.replace(/\W+/g, '')}`, EVAL_CAPTURED_AT, followers, 300, posts);
}
