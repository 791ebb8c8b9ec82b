import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../../lib/brief';
import { scoreOverall, scoreSnapshot } from '../../../lib/scoring';
import { ReportSchema } from '../../../lib/messages';
import type { AuthenticityScore, EngagementScore, ReachScore } from '../../../lib/scoring/types';
import { genuinePosts, inWords, post, snapshot } from './helpers';

/** A YouTube channel page: views on every tile, no likes. */
const channel = (views = 12_000, followers = 100_000) =>
  snapshot({
    platform: 'youtube',
    handle: 'chan',
    url: 'https://www.youtube.com/@chan',
    followers,
    following: null,
    posts: Array.from({ length: 12 }, (_, i) => post(i, { views: views + i * 500, url: `https://www.youtube.com/watch?v=v${i}` })),
  });

describe('overall score', () => {
  it("mixes the parts with the marketer's weights, and shows the sum it is", () => {
    const s = snapshot({ posts: genuinePosts(200) });
    const a = scoreSnapshot(s, { weights: { engagement: 1, authenticity: 0, brandFit: 0 } });
    expect(a.overall.score).toBe(a.engagement.score);
    const b = scoreSnapshot(s, { weights: { engagement: 0.5, authenticity: 0.5, brandFit: 0 } });
    expect(b.overall.score).toBe(Math.round((b.engagement.score! + b.authenticity.score!) / 2));
    expect(inWords(b.overall.reasons)[0]).toBe(
      `Overall ${b.overall.score} = Engagement ${b.engagement.score} × 50% + Authenticity ${b.authenticity.score} × 50%.`,
    );
    expect(inWords(b.overall.reasons)[1]).toBe('Your weights: engagement 50%, authenticity 50%, brand fit 0%.');
    expect(b.overall.shares).toEqual({ engagement: 0.5, authenticity: 0.5 });
  });

  it('leaves out a part without a score and says why, once', () => {
    const s = snapshot({ posts: genuinePosts(200) });
    const r = scoreSnapshot(s, { brief: { ...emptyBrief('No text'), keywords: ['skincare'] } });
    expect(r.brandFit?.score).toBeNull();
    expect(r.overall.score).toBe(Math.round((r.engagement.score! * 0.4 + r.authenticity.score! * 0.4) / 0.8));
    expect(inWords(r.overall.reasons)).toContain('Brand fit has no score: it is left out, and the other parts share its weight.');
    const noBrief = scoreSnapshot(s, {});
    expect(inWords(noBrief.overall.reasons).filter((x) => x.startsWith('Brand fit'))).toEqual([
      'Brand fit is left out: no active brief. The other parts share its weight.',
    ]);
    expect(new Set(inWords(noBrief.overall.reasons)).size).toBe(noBrief.overall.reasons.length);
  });

  it('says "not enough data" rather than a number when nothing can be ranked, and still shows the raw rate', () => {
    const r = scoreSnapshot(snapshot({ posts: [post(1, { likes: 300, comments: 5 })] }), {});
    expect(r.engagement.score).toBeNull();
    expect(r.engagement.rate).toBeCloseTo(305 / 20_000, 10);
    expect(inWords(r.engagement.reasons)[0]).toContain('Only 1 post with');
    expect(r.overall).toMatchObject({ score: null, confidence: 'none' });
    expect(inWords(r.overall.reasons)[0]).toBe('Not enough data for an overall score.');
  });

  it('is never "—" on a channel page that shows only views: reach stands in, and confidence says what is missing', () => {
    const r = scoreSnapshot(channel(), {});
    expect(r.engagement.score).toBeNull();
    // Median views (14,500 + 15,000) / 2 over 100,000 followers: 14.75%, the 52nd percentile of 10k–500k.
    expect(r.reach!.score).toBe(52);
    // Reach takes engagement's 40% beside authenticity's 40% (100, from the one check views allow): 52 × 2/3 + 100 × 1/3.
    expect(r.overall.score).toBe(68);
    expect(['low', 'medium']).toContain(r.overall.confidence);
    expect(inWords(r.overall.reasons)).toContain("No likes known yet: engagement's 40% goes to reach (views ÷ followers), and confidence is at most medium.");
    expect(inWords(r.overall.reasons)[0]).toBe('Overall 68 = Reach 52 × 67% + Authenticity 100 × 33%.');
  });

  it('shares the engagement weight between likes and reach once likes are known', () => {
    const posts = channel().posts.map((p, i) => (i < 4 ? { ...p, likes: 500, comments: 20 } : p));
    const r = scoreSnapshot({ ...channel(), posts }, { weights: { engagement: 1, authenticity: 0, brandFit: 0 } });
    // Likes + comments 520 per 12,000–13,500 views: median 4.08% per view, the 86th percentile of 100k–500k (typical 2.12%).
    expect(r.engagement.score).toBe(86);
    expect(r.reach!.score).toBe(52);
    expect(r.overall.shares).toEqual({ engagement: 0.5, reach: 0.5 });
    expect(r.overall.score).toBe(Math.round((r.engagement.score! + r.reach!.score!) / 2));
    expect(inWords(r.overall.reasons)).toContain("Engagement's 100% is shared equally by likes (engagement per view) and reach (views ÷ followers).");
  });

  it('counts low-confidence authenticity at half its weight, caps confidence by what is missing, and names both', () => {
    const part = (score: number, confidence: 'low' | 'medium' | 'high') => ({ score, confidence, reasons: [] });
    const engagement = {
      ...part(80, 'high'),
      rate: 0.01,
      basis: 'followers',
      benchmark: null,
      inputs: { postIds: [], count: 12, excluded: [] },
    } as EngagementScore;
    const authenticity = { ...part(100, 'low'), verdict: 'ok', flags: [] } as AuthenticityScore;
    const o = scoreOverall({ engagement, reach: null, authenticity, brandFit: null }, { engagement: 0.5, authenticity: 0.5, brandFit: 0 });
    expect(o.shares!.engagement).toBeCloseTo(2 / 3, 10);
    expect(o.score).toBe(Math.round(80 * (2 / 3) + 100 / 3));
    expect(o.confidence).toBe('low');
    expect(inWords(o.reasons)).toContain(
      'Authenticity counts half its weight: its confidence is low, and as it starts at 100 and drops only on evidence, from few checks it says little.',
    );

    const reach = { ...part(60, 'medium'), rate: 0.2, percentile: 60, parts: [], inputs: { postIds: [], count: 12 } } as ReachScore;
    const noAuth = { ...authenticity, score: null, confidence: 'none' } as AuthenticityScore;
    const reachOnly = scoreOverall(
      { engagement: { ...engagement, score: null, confidence: 'none' }, reach, authenticity: noAuth, brandFit: null },
      { engagement: 0.4, authenticity: 0.4, brandFit: 0.2 },
    );
    expect(reachOnly).toMatchObject({ score: 60, confidence: 'medium', shares: { reach: 1 } });
    expect(inWords(reachOnly.reasons)).toContain('Authenticity has no score: it is left out, and the other parts share its weight.');
  });

  it('keeps the report contract: it passes ReportSchema and survives JSON', () => {
    const s = snapshot({ bio: 'Skincare nerd', posts: genuinePosts(200).map((p) => ({ ...p, caption: 'Serum day #skincare' })) });
    const scores = scoreSnapshot(s, { brief: { ...emptyBrief('Glow'), keywords: ['serum'] } });
    const parsed = ReportSchema.parse(JSON.parse(JSON.stringify({ snapshot: s, scores })));
    expect(parsed.scores.brandFit?.score).toBe(scores.brandFit!.score);
    expect(parsed.scores.evidence).toMatchObject({ visits: 1, postsUsed: 12, likes: { listed: 12, opened: 0 } });
    expect(JSON.parse(JSON.stringify(scores))).toMatchObject({ engagement: { percentile: scores.engagement.percentile }, authenticity: { verdict: 'ok' } });
  });
});
