import type { PriceSource } from './types';

/**
 * Published CPM ranges (US dollars per 1,000 views) that a fair price is worked out from, each with
 * its source and year, as lib/scoring/benchmarks.ts keeps its benchmarks. They are what sponsors
 * pay in general, never what this creator asks: a range to negotiate from. Update them yearly
 * (docs/scoring.md lists them).
 */
export const AWISEE_2025: PriceSource = {
  source: 'AWISEE, Influencer marketing CPM benchmarks by platform',
  year: 2025,
  url: 'https://awisee.com/blog/influencer-marketing-cpm/',
};
export const UNTAPPER_2026: PriceSource = {
  source: 'Untapper, Influencer Marketing Benchmarks & KPIs',
  year: 2026,
  url: 'https://untapper.com/influencer-marketing-benchmarks',
};

/** Per format: AWISEE's 2025 ranges (Instagram Reels and feed posts, TikTok, YouTube integrations). */
export const FORMAT_CPM = {
  'instagram-reel': { low: 15, high: 45, source: AWISEE_2025 },
  'instagram-post': { low: 20, high: 50, source: AWISEE_2025 },
  'instagram-story': { low: 10, high: 25, source: AWISEE_2025 },
  'tiktok-video': { low: 7, high: 25, source: AWISEE_2025 },
  /** An integration inside a long video; a dedicated video is $50–75 (same source). */
  'youtube-long': { low: 15, high: 35, source: AWISEE_2025 },
} as const;

/**
 * By tier, where no format range is published (YouTube Shorts): Untapper's micro (10k–50k followers)
 * $10–25 and macro (500k–1M and up) $25–50; the mid tier between them spans both.
 */
export function tierCpm(followers: number | null): { low: number; high: number; source: PriceSource } {
  if (followers !== null && followers < 50_000) return { low: 10, high: 25, source: UNTAPPER_2026 };
  if (followers !== null && followers >= 500_000) return { low: 25, high: 50, source: UNTAPPER_2026 };
  return { low: 10, high: 50, source: UNTAPPER_2026 };
}

/** Instagram feed posts show no views: Untapper's typical reach of a feed post, 10–20% of followers. */
export const INSTAGRAM_FEED_REACH = { low: 0.1, high: 0.2, source: UNTAPPER_2026 } as const;
