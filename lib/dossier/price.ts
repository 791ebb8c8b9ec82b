import { isShort } from '../scoring/merge';
import { median } from '../scoring/stats';
import type { Post, ProfileSnapshot } from '../snapshot';
import { FORMAT_CPM, INSTAGRAM_FEED_REACH, tierCpm } from './cpm';
import type { CampaignCreator } from '../campaign/schema';
import type { FairPrice, PriceFormat, PriceRange, PriceSource } from './types';

/** Fewer posts with views than this, and the median is one video's luck: no price from views. */
export const MIN_POSTS_FOR_PRICE = 3;

const roundMoney = (value: number) => (value >= 100 ? Math.round(value / 10) * 10 : Math.round(value));

function range(format: PriceFormat, views: { low: number; high: number }, cpm: { low: number; high: number }, sources: PriceSource[]): PriceRange {
  return {
    format,
    low: roundMoney((views.low * cpm.low) / 1000),
    high: roundMoney((views.high * cpm.high) / 1000),
    cpm: { low: cpm.low, high: cpm.high },
    sources,
  };
}

function viewsOf(posts: readonly Post[]): { median: number; posts: number } | null {
  const views: number[] = [];
  for (const p of posts) if (p.views !== null) views.push(p.views);
  const m = median(views);
  return views.length >= MIN_POSTS_FOR_PRICE && m !== null ? { median: m, posts: views.length } : null;
}

/**
 * A fair price per post: the creator's expected views (the median views of the posts seen, per
 * format) times the published CPM range of the platform and format. Instagram feed posts, which show
 * no views, use the published reach of a feed post (a share of followers). Null where neither views
 * nor followers are known.
 */
export function fairPrice(creator: ProfileSnapshot): FairPrice | null {
  const perFormat: PriceRange[] = [];
  let basis: FairPrice['basis'] = 'median-views';
  let expected: FairPrice['views'] | null = null;
  const note = (views: { median: number; posts: number }) => {
    if (!expected || views.median > expected.high) expected = { low: views.median, high: views.median, posts: views.posts };
  };
  const posts = creator.posts;
  if (creator.platform === 'youtube') {
    const long = viewsOf(posts.filter((p) => !isShort(p)));
    const shorts = viewsOf(posts.filter((p) => isShort(p)));
    if (long) {
      perFormat.push(range('youtube-long', { low: long.median, high: long.median }, FORMAT_CPM['youtube-long'], [FORMAT_CPM['youtube-long'].source]));
      note(long);
    }
    if (shorts) {
      const cpm = tierCpm(creator.followers);
      perFormat.push(range('youtube-shorts', { low: shorts.median, high: shorts.median }, cpm, [cpm.source]));
      note(shorts);
    }
  } else if (creator.platform === 'tiktok') {
    const videos = viewsOf(posts);
    if (videos) {
      perFormat.push(range('tiktok-video', { low: videos.median, high: videos.median }, FORMAT_CPM['tiktok-video'], [FORMAT_CPM['tiktok-video'].source]));
      note(videos);
    }
  } else {
    const reels = viewsOf(posts);
    if (reels) {
      perFormat.push(range('instagram-reel', { low: reels.median, high: reels.median }, FORMAT_CPM['instagram-reel'], [FORMAT_CPM['instagram-reel'].source]));
      note(reels);
    }
    if (creator.followers !== null) {
      const reach = { low: creator.followers * INSTAGRAM_FEED_REACH.low, high: creator.followers * INSTAGRAM_FEED_REACH.high };
      perFormat.push(range('instagram-post', reach, FORMAT_CPM['instagram-post'], [FORMAT_CPM['instagram-post'].source, INSTAGRAM_FEED_REACH.source]));
      if (!expected) {
        basis = 'reach-estimate';
        expected = { low: Math.round(reach.low), high: Math.round(reach.high), posts: 0 };
      }
    }
  }
  if (perFormat.length === 0 || !expected) return null;
  const sources = [...new Map(perFormat.flatMap((r) => r.sources).map((s) => [s.url, s])).values()];
  return {
    low: Math.min(...perFormat.map((r) => r.low)),
    high: Math.max(...perFormat.map((r) => r.high)),
    currency: 'USD',
    basis,
    views: expected,
    perFormat,
    sources,
  };
}

/** Where a typed fee sits against the fair range. */
export function feeAgainstRange(fee: number, price: Pick<FairPrice, 'low' | 'high'>): 'below' | 'within' | 'above' {
  return fee < price.low ? 'below' : fee > price.high ? 'above' : 'within';
}

/**
 * What the booked deal pays per post at the campaign's assumptions, to set beside the fair range:
 * the fee as typed; a commission at the sales the marketer expects (percent × expected sales,
 * spread over the creator's posts); a barter's product value spread the same way. Null where the
 * deal's terms are not filled in, or the schedule has no posts: never a guess.
 */
export function dealWorthPerPost(
  creator: Pick<CampaignCreator, 'model' | 'feePerPost' | 'commissionPercent' | 'expectedSales' | 'productValue'>,
  posts: number,
): { model: CampaignCreator['model']; perPost: number } | null {
  const { model } = creator;
  if (model === 'fee') return creator.feePerPost === null ? null : { model, perPost: creator.feePerPost };
  if (posts <= 0) return null;
  const total =
    model === 'commission'
      ? creator.commissionPercent === null || creator.expectedSales === null
        ? null
        : (creator.commissionPercent / 100) * creator.expectedSales
      : creator.productValue;
  return total === null ? null : { model, perPost: total / posts };
}
