import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../../lib/brief';
import { nodeI18n } from '../../../lib/i18n/node';
import { scoreSnapshot } from '../../../lib/scoring';
import { ReportSchema } from '../../../lib/messages';
import { genuinePosts, post, snapshot } from './helpers';

const i18n = nodeI18n('en');

describe('overall score', () => {
  it('mixes the parts with the marketer\'s weights', () => {
    const s = snapshot({ posts: genuinePosts(200) });
    const a = scoreSnapshot(s, { i18n, weights: { engagement: 1, authenticity: 0, brandFit: 0 } });
    expect(a.overall.score).toBe(a.engagement.score);
    const b = scoreSnapshot(s, { i18n, weights: { engagement: 0.5, authenticity: 0.5, brandFit: 0 } });
    expect(b.overall.score).toBe(Math.round((b.engagement.score! + b.authenticity.score!) / 2));
    expect(b.overall.reasons[1]).toBe(`Engagement ${b.engagement.score} counts 50%; Authenticity ${b.authenticity.score} counts 50%`);
  });

  it('leaves out a part without a score and says so', () => {
    const s = snapshot({ posts: genuinePosts(200) });
    const r = scoreSnapshot(s, { i18n, brief: { ...emptyBrief('No text'), keywords: ['skincare'] } });
    expect(r.brandFit?.score).toBeNull();
    expect(r.overall.score).toBe(Math.round((r.engagement.score! * 0.4 + r.authenticity.score! * 0.4) / 0.8));
    expect(r.overall.reasons).toContain('Brand fit has no score and is left out of the mix.');
  });

  it('says "not enough data" rather than a number when data is thin, and still shows the raw rate', () => {
    const r = scoreSnapshot(snapshot({ posts: [post(1, { likes: 300, comments: 5 }), post(2, { likes: 320, comments: 4 })] }), { i18n });
    expect(r.engagement.score).toBeNull();
    expect(r.engagement.rate).toBeCloseTo(314.5 / 20_000, 10);
    expect(r.engagement.reasons[0]).toContain('Only 2 posts');
    expect(r.overall).toMatchObject({ score: null, confidence: 'none', reasons: ['Not enough data for an overall score.'] });
  });

  it('keeps the report contract: it passes ReportSchema and survives JSON', () => {
    const s = snapshot({ bio: 'Skincare nerd', posts: genuinePosts(200).map((p) => ({ ...p, caption: 'Serum day #skincare' })) });
    const scores = scoreSnapshot(s, { i18n, brief: { ...emptyBrief('Glow'), keywords: ['serum'] } });
    const parsed = ReportSchema.parse(JSON.parse(JSON.stringify({ snapshot: s, scores })));
    expect(parsed.scores.brandFit?.score).toBe(scores.brandFit!.score);
    expect(JSON.parse(JSON.stringify(scores))).toMatchObject({ engagement: { percentile: scores.engagement.percentile }, authenticity: { verdict: 'ok' } });
  });
});
