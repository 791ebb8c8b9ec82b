import { describe, expect, it } from 'vitest';
import { MIN_POST_AGE_HOURS, MIN_POST_AGE_MS } from '../../../lib/limits';
import { BENCHMARKS, percentileInTier, rateAtPercentile, tierFor, typicalRate } from '../../../lib/scoring/benchmarks';
import { eligiblePosts, scoreEngagement } from '../../../lib/scoring/engagement';
import { CAPTURED, genuinePosts, inWords, post, snapshot } from './helpers';

describe('benchmarks', () => {
  it('gives every table a source and a year', () => {
    for (const table of Object.values(BENCHMARKS)) {
      expect(table.source.length).toBeGreaterThan(5);
      expect(table.year).toBeGreaterThanOrEqual(2019);
    }
  });

  it('puts the tier median at the 50th percentile and the "Low" mark at the 10th', () => {
    const tier = tierFor('instagram', 20_000);
    expect(tier.label).toBe('10k–50k');
    expect(percentileInTier(typicalRate(tier), tier)).toBeCloseTo(50, 5);
    expect(percentileInTier(tier.low!, tier)).toBeCloseTo(10, 1);
    expect(rateAtPercentile(tier, 10)).toBeCloseTo(tier.low!, 5);
  });
});

describe('scoreEngagement', () => {
  it('takes the median of (likes + comments) ÷ followers and compares it with the tier', () => {
    const s = snapshot({ followers: 20_000, posts: genuinePosts(400) });
    const e = scoreEngagement(s);
    const rates = s.posts.map((p) => (p.likes! + p.comments!) / 20_000).sort((a, b) => a - b);
    expect(e.rate).toBeCloseTo((rates[5]! + rates[6]!) / 2, 10);
    expect(e.inputs.count).toBe(12);
    expect(e.benchmark?.tierLabel).toBe('10k–50k');
    expect(e.benchmark?.source).toContain('Modash');
    expect(e.score).toBe(Math.round(e.percentile!));
    expect(inWords(e.reasons)[0]).toMatch(/^2(\.\d+)?% vs 0\.97% typical for 10k–50k on Instagram\.$/);
    expect(e.confidence).toBe('high');
  });

  it('scores a creator at the tier median about 50, above it higher, below it lower', () => {
    const tier = tierFor('instagram', 20_000);
    const at = (rate: number) =>
      scoreEngagement(snapshot({ posts: Array.from({ length: 9 }, (_, i) => post(i, { likes: Math.round(rate * 20_000), comments: 0 })) })).score!;
    expect(at(typicalRate(tier))).toBeGreaterThanOrEqual(49);
    expect(at(typicalRate(tier))).toBeLessThanOrEqual(51);
    expect(at(typicalRate(tier) * 2)).toBeGreaterThan(75);
    expect(at(typicalRate(tier) / 2)).toBeLessThan(25);
  });

  it(`leaves out pinned posts and posts younger than ${MIN_POST_AGE_HOURS} hours, counted from capturedAt`, () => {
    const s = snapshot({
      posts: [
        post(0, { id: 'young', publishedAt: new Date(Date.parse(CAPTURED) - MIN_POST_AGE_MS + 3600_000).toISOString(), likes: 1 }),
        post(1, { id: 'old-enough', publishedAt: new Date(Date.parse(CAPTURED) - MIN_POST_AGE_MS - 3600_000).toISOString(), likes: 200 }),
        post(2, { id: 'pinned', pinned: true, likes: 99_999 }),
        post(3, { likes: 200 }),
      ],
    });
    const { used, excluded } = eligiblePosts(s);
    expect(used.map((p) => p.id)).toEqual(['old-enough', 'p3']);
    expect(excluded).toEqual([
      { id: 'young', why: 'too-recent' },
      { id: 'pinned', why: 'pinned' },
    ]);
    expect(scoreEngagement(s).rate).toBeCloseTo(200 / 20_000, 10);
  });

  it('uses engagements ÷ views on TikTok', () => {
    const posts = [1, 2, 3].map((i) => post(i, { views: 10_000, likes: 800, comments: 50, shares: 50 }));
    const e = scoreEngagement(snapshot({ platform: 'tiktok', followers: 30_000, posts }));
    expect(e.basis).toBe('views');
    expect(e.rate).toBeCloseTo(0.09, 10);
    expect(e.benchmark?.source).toContain('TikTok');
    expect(e.confidence).toBe('medium');
  });

  it('measures no engagement when a YouTube channel shows only views, and says reach stands in', () => {
    const posts = [1, 2, 3, 4].map((i) => post(i, { views: 5_000 }));
    const e = scoreEngagement(snapshot({ platform: 'youtube', followers: 100_000, posts }));
    expect(e).toMatchObject({ score: null, rate: null, basis: null, confidence: 'none' });
    expect(inWords(e.reasons).join(' ')).toContain('reach stands in');
  });

  it('scores YouTube likes per view against the per-view medians by tier (SociaVault 2026)', () => {
    const posts = [1, 2, 3].map((i) => post(i, { views: 10_000, likes: 360, comments: 14 }));
    const e = scoreEngagement(snapshot({ platform: 'youtube', followers: 30_000, posts }));
    expect(e.basis).toBe('views');
    expect(e.rate).toBeCloseTo(0.0374, 10);
    expect(e.benchmark).toMatchObject({ tierLabel: '10k–50k', typical: 0.0374, source: expect.stringContaining('SociaVault'), year: 2026 });
    expect(e.score).toBe(50);
  });

  it('gives a low-confidence score from two opened videos, and none from one', () => {
    const two = [1, 2].map((i) => post(i, { views: 10_000, likes: 800, comments: 50, shares: 50 }));
    const e = scoreEngagement(snapshot({ platform: 'tiktok', followers: 30_000, posts: two }));
    // 900 engagements per 10,000 views: 9%, just above the 10k–50k tier's typical 8.86% (51st percentile).
    expect(e.score).toBe(51);
    expect(e.confidence).toBe('low');
    expect(inWords(e.reasons).join(' ')).toContain('From only 2 posts');
    expect(scoreEngagement(snapshot({ platform: 'tiktok', followers: 30_000, posts: two.slice(0, 1) }))).toMatchObject({ score: null, rate: 0.09 });
  });

  it('says why there is no score when likes are hidden or followers unknown', () => {
    expect(scoreEngagement(snapshot({ likesHidden: true, posts: genuinePosts(100) }))).toMatchObject({ score: null, confidence: 'none' });
    expect(inWords(scoreEngagement(snapshot({ followers: null, posts: genuinePosts(100) })).reasons)[0]).toContain('follower count');
  });

  it('lowers confidence for rounded counts', () => {
    const posts = genuinePosts(400).map((p) => ({ ...p, rounded: ['likes' as const] }));
    expect(scoreEngagement(snapshot({ posts })).confidence).toBe('medium');
  });
});
