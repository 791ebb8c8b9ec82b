import { describe, expect, it } from 'vitest';
import { REACH_EVIDENCE, REACH_REFERENCES, reachTierFor } from '../../../lib/scoring/benchmarks';
import { scoreReach } from '../../../lib/scoring/reach';
import { channelPage, inWords, post, snapshot } from './helpers';

const T = '2026-03-01T12:00:00.000Z';

const tiktok = (followers: number, ratio: number, count = 12) =>
  snapshot({
    platform: 'tiktok',
    handle: 'tt',
    url: 'https://www.tiktok.com/@tt',
    followers,
    posts: Array.from({ length: count }, (_, i) => post(i, { views: Math.round(followers * ratio) })),
  });

describe('reach: median views per post ÷ followers', () => {
  it('records every reference figure with its source, year and method', () => {
    for (const ref of Object.values(REACH_REFERENCES)) {
      expect(ref.source.length).toBeGreaterThan(5);
      expect(ref.year).toBeGreaterThanOrEqual(2020);
      expect(ref.method.length).toBeGreaterThan(20);
      expect(ref.evidence.some((e) => e.used)).toBe(true);
      for (const tier of ref.tiers) expect(tier.sigma).toBeGreaterThan(0.3);
    }
    for (const e of Object.values(REACH_EVIDENCE))
      expect(e).toMatchObject({ source: expect.any(String), year: expect.any(Number), method: expect.any(String), figures: expect.any(String) });
  });

  it("scores a TikTok creator at the tier's median 50, above it higher, below it lower", () => {
    const tier = reachTierFor(REACH_REFERENCES.tiktok, 50_000);
    expect(tier).toMatchObject({ label: '10k–100k', median: 0.17 });
    expect(scoreReach(tiktok(50_000, 0.17))!.score).toBe(50);
    expect(scoreReach(tiktok(50_000, 0.6))!.score).toBeGreaterThan(85);
    expect(scoreReach(tiktok(50_000, 0.03))!.score).toBeLessThan(10);
  });

  it('says no vendor publishes these bands, and is never more than "medium" confident', () => {
    const r = scoreReach(tiktok(50_000, 0.2, 30))!;
    expect(r.confidence).toBe('medium');
    expect(inWords(r.reasons).join(' ')).toContain('No vendor publishes reach bands by follower tier');
    expect(inWords(r.reasons).join(' ')).toContain('datares/TikTok_Famous');
    expect(inWords(r.reasons)[0]).toBe('Videos: median views are 20% of followers over 30 videos; typical for 10k–100k is 17%.');
  });

  it('compares YouTube Shorts and long videos each with their own reference, weighted by count', () => {
    const long = channelPage(T, 8, { views: () => 15_000 });
    const shorts = channelPage(T, 4, { shorts: true, views: () => 40_000 });
    const both = { ...long, posts: [...long.posts, ...shorts.posts.map((p) => ({ ...p, id: `s${p.id}` }))] };
    const r = scoreReach(both)!;
    expect(r.parts.map((p) => [p.format, p.count, p.tierLabel])).toEqual([
      ['long', 8, '10k–500k'],
      ['shorts', 4, '100k–500k'],
    ]);
    expect(r.parts[0]!.ratio).toBeCloseTo(0.15, 10);
    expect(r.parts[1]!.ratio).toBeCloseTo(0.4, 10);
    expect(r.score).toBe(Math.round((r.parts[0]!.percentile * 8 + r.parts[1]!.percentile * 4) / 12));
    expect(inWords(r.reasons)).toContain('The reach score weighs long videos and Shorts by how many of each were seen.');
  });

  it('has no score without followers or views, and none on Instagram', () => {
    const unknown = scoreReach(channelPage(T, 6, { followers: null }))!;
    expect(unknown).toMatchObject({ score: null, confidence: 'none' });
    expect(inWords(unknown.reasons)).toEqual(['The follower count is unknown, so reach (views ÷ followers) cannot be measured.']);
    expect(scoreReach(snapshot({ platform: 'tiktok', posts: [post(1, { likes: 5 })] }))!.score).toBeNull();
    expect(scoreReach(snapshot({ posts: [post(1, { views: 5_000 })] }))).toBeNull();
  });

  it('leaves out a format seen only once, and says so', () => {
    const long = channelPage(T, 5);
    const one = channelPage(T, 1, { shorts: true }).posts.map((p) => ({ ...p, id: 'short1' }));
    const r = scoreReach({ ...long, posts: [...long.posts, ...one] })!;
    expect(r.parts.map((p) => p.format)).toEqual(['long']);
    expect(inWords(r.reasons).filter((x) => /^Shorts: only 1 with views/.test(x))).toHaveLength(1);
  });
});
