import { describe, expect, it } from 'vitest';
import { INSTAGRAM_REACH_RATE, estimateCampaign, estimateCreator, farAboveBudget, postBaseline, reachRateFor } from '../../../lib/campaign/estimates';
import { newCampaign, newCampaignCreator, postsInSchedule, type CampaignCreator } from '../../../lib/campaign/schema';
import { post, snapshot } from './fixtures';

const tiktok = snapshot({
  platform: 'tiktok',
  handle: 'ana',
  posts: [
    post('1', { views: 1000, likes: 100, comments: 10, shares: 5 }),
    post('2', { views: 3000, likes: 200, comments: 20, shares: 0 }),
    post('3', { views: 2000, likes: 150, comments: null, shares: null }),
    // Pinned and fresh posts are left out, as in the engagement score.
    post('pinned', { views: 9_000_000, likes: 9_000_000 }, '2026-01-01T00:00:00Z', true),
    post('fresh', { views: 5, likes: 1 }, '2026-02-01T09:00:00Z'),
  ],
});

function creator(over: Partial<CampaignCreator> = {}): CampaignCreator {
  return { ...newCampaignCreator({ creatorKey: 'tiktok:ana', platform: 'tiktok', handle: 'ana' }), ...over };
}

describe('postBaseline', () => {
  it('takes medians over eligible posts only', () => {
    const b = postBaseline(tiktok);
    expect(b.viewsPerPost).toBe(2000);
    // engagements: 115, 220, 150 → median 150
    expect(b.engagementsPerPost).toBe(150);
    expect(b.viewSamples).toBe(3);
    expect(b.capturedAt).toBe(tiktok.capturedAt);
  });

  it('gives null, not zero, when views or likes are not shown', () => {
    const ig = snapshot({ platform: 'instagram', handle: 'x', likesHidden: true, posts: [post('1', { likes: null, comments: 4 })] });
    const b = postBaseline(ig);
    expect(b.viewsPerPost).toBeNull();
    expect(b.engagementsPerPost).toBeNull();
  });
});

describe('estimateCreator', () => {
  const campaign = { defaultSchedule: { kind: 'frequency' as const, postsPerPeriod: 2, period: 'week' as const, periods: 3, startDate: null } };

  it('multiplies per-post numbers by the scheduled posts; reach stays one post audience', () => {
    const e = estimateCreator(campaign, creator({ feePerPost: 100 }), tiktok);
    expect(e.posts).toBe(6);
    expect(e.expectedReach).toBe(2000);
    expect(e.expectedImpressions).toBe(12_000);
    expect(e.expectedEngagements).toBe(900);
    expect(e.byModel.fee.cost).toBe(600);
    expect(e.byModel.fee.cpm).toBeCloseTo(50); // 600 / 12000 * 1000
    expect(e.byModel.fee.cpe).toBeCloseTo(600 / 900);
  });

  it('prices each model side by side and picks the booked one', () => {
    const e = estimateCreator(
      campaign,
      creator({ model: 'commission', feePerPost: 50, commissionPercent: 10, expectedSales: 4000, productValue: 120 }),
      tiktok,
    );
    expect(e.byModel.fee.cost).toBe(300);
    expect(e.byModel.commission.cost).toBe(400);
    expect(e.byModel.barter.cost).toBe(120);
    expect(e.chosen).toEqual(e.byModel.commission);
  });

  it('uses the creator schedule over the campaign default', () => {
    const e = estimateCreator(campaign, creator({ schedule: { kind: 'dates', dates: ['2026-03-01', '2026-03-08', '2026-03-01'] } }), tiktok);
    expect(e.posts).toBe(2);
    expect(e.expectedImpressions).toBe(4000);
  });

  it('leaves every number null without a snapshot or terms', () => {
    const e = estimateCreator(campaign, creator(), null);
    expect(e.expectedReach).toBeNull();
    expect(e.expectedImpressions).toBeNull();
    expect(e.byModel.fee.cost).toBeNull();
    expect(e.byModel.commission.cost).toBeNull();
    expect(e.chosen.cpm).toBeNull();
  });
});

describe('estimateCampaign', () => {
  it('sums known values and says how many creators they cover', () => {
    const c = newCampaign({
      id: 'c1',
      name: 'Spring',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [
        { creatorKey: 'tiktok:ana', platform: 'tiktok', handle: 'ana' },
        { creatorKey: 'instagram:ghost', platform: 'instagram', handle: 'ghost' },
      ],
    });
    c.creators[0]!.feePerPost = 100;
    c.creators[1]!.feePerPost = 50;
    c.budget = 1000;
    const est = estimateCampaign(c, new Map([['tiktok:ana', tiktok]]));
    const posts = postsInSchedule(c.defaultSchedule);
    expect(est.reach).toEqual({ value: 2000, known: 1, of: 2 });
    expect(est.cost).toEqual({ value: 150 * posts, known: 2, of: 2 });
    // CPM pools only creators whose impressions are known: ana's cost over ana's impressions.
    expect(est.cpm).toBeCloseTo(((100 * posts) / (2000 * posts)) * 1000);
    expect(est.budgetLeft).toBe(1000 - 150 * posts);
  });
});

describe('rounding', () => {
  it('gives whole people and views when a median ends in .5', () => {
    const snap = snapshot({ platform: 'youtube', handle: 'y', posts: [post('1', { views: 12_000 }), post('2', { views: 987 })] });
    const e = estimateCreator({ defaultSchedule: { kind: 'dates', dates: ['2026-03-01'] } }, creator({ platform: 'youtube' }), snap);
    expect(postBaseline(snap).viewsPerPost).toBe(6493.5);
    expect(e.expectedReach).toBe(6494);
    expect(e.expectedImpressions).toBe(6494);
    expect(e.expectedEngagements).toBeNull();
  });
});

describe('reach where the page shows no views (Instagram)', () => {
  const campaign = { defaultSchedule: { kind: 'frequency' as const, postsPerPeriod: 1, period: 'week' as const, periods: 4, startDate: null } };
  const igCreator = (over: Partial<CampaignCreator> = {}) => ({
    ...newCampaignCreator({ creatorKey: 'instagram:lena', platform: 'instagram', handle: 'lena' }),
    ...over,
  });
  const photos = (followers: number | null) =>
    snapshot({ platform: 'instagram', handle: 'lena', followers, posts: [post('1', { likes: 900, comments: 30 }), post('2', { likes: 1100, comments: 50 })] });

  it('estimates reach from followers and the published rate of the follower band, and says so', () => {
    const e = estimateCreator(campaign, igCreator({ feePerPost: 200 }), photos(50_000));
    expect(e.reachBasis).toBe('estimate');
    expect(e.reachEstimate).toEqual({ rate: INSTAGRAM_REACH_RATE.bands[1].rate, source: INSTAGRAM_REACH_RATE.source, year: 2019 });
    expect(e.expectedReach).toBe(Math.round(50_000 * 0.22945));
    expect(e.expectedImpressions).toBe(Math.round(50_000 * 0.22945) * 4);
    expect(e.byModel.fee.cpm).toBeCloseTo((800 / (Math.round(50_000 * 0.22945) * 4)) * 1000);
  });

  it('uses each band of the study by follower count', () => {
    expect(reachRateFor('instagram', 5_000)?.rate).toBe(0.3772);
    expect(reachRateFor('instagram', 20_000)?.rate).toBe(0.22945);
    expect(reachRateFor('instagram', 400_000)?.rate).toBe(0.22885);
    expect(reachRateFor('instagram', 3_000_000)?.rate).toBe(0.1909);
    // The study is of Instagram; other platforms show views, and no count means no estimate.
    expect(reachRateFor('tiktok', 50_000)).toBeNull();
    expect(reachRateFor('instagram', null)).toBeNull();
  });

  it('prefers the views a page shows over the estimate', () => {
    const reels = snapshot({ platform: 'instagram', handle: 'lena', posts: [post('1', { views: 7000, likes: 300 }), post('2', { views: 9000, likes: 400 })] });
    const e = estimateCreator(campaign, igCreator(), reels);
    expect(e.reachBasis).toBe('views');
    expect(e.reachEstimate).toBeNull();
    expect(e.expectedReach).toBe(8000);
  });

  it('lets campaign totals cover every creator, counting the estimated ones', () => {
    const c = newCampaign({ id: 'c1', name: 'Mix', now: new Date('2026-02-01T00:00:00Z'), creators: [] });
    const withCreators = { ...c, defaultSchedule: campaign.defaultSchedule, creators: [creator(), igCreator()] };
    const latest = new Map([
      ['tiktok:ana', tiktok],
      ['instagram:lena', photos(50_000)],
    ]);
    const est = estimateCampaign(withCreators, latest);
    expect(est.reach.known).toBe(2);
    expect(est.reach.of).toBe(2);
    expect(est.reachEstimated).toBe(1);
    expect(est.reach.value).toBe(2000 + Math.round(50_000 * 0.22945));
  });
});

describe('farAboveBudget', () => {
  it('warns when a change takes the cost above 1.5 × the budget, and only upwards', () => {
    expect(farAboveBudget(30_000, 10_000, 720_300)).toBe(true);
    expect(farAboveBudget(30_000, 10_000, 40_000)).toBe(false);
    expect(farAboveBudget(30_000, 800_000, 720_300)).toBe(false);
    expect(farAboveBudget(null, 0, 720_300)).toBe(false);
    expect(farAboveBudget(30_000, null, 50_000)).toBe(true);
  });
});
