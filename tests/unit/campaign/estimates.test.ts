import { describe, expect, it } from 'vitest';
import { estimateCampaign, estimateCreator, postBaseline } from '../../../lib/campaign/estimates';
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
    const e = estimateCreator(campaign, creator({ model: 'commission', feePerPost: 50, commissionPercent: 10, expectedSales: 4000, productValue: 120 }), tiktok);
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
