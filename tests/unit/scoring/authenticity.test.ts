import { describe, expect, it } from 'vitest';
import { scoreSnapshot } from '../../../lib/scoring';
import { scoreAuthenticity, verdictFor } from '../../../lib/scoring/authenticity';
import { AUTHENTICITY_CALIBRATION, instagramRateReference } from '../../../lib/scoring/authenticity-references';
import { scoreEngagement } from '../../../lib/scoring/engagement';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { CAPTURED, genuinePosts, inWord, inWords, post, snapshot } from './helpers';

const EARLIER = '2026-01-10T12:00:00.000Z';
const auth = (s: ProfileSnapshot, history: ProfileSnapshot[] = []) => scoreSnapshot(s, { history }).authenticity;
const ids = (s: ProfileSnapshot, history: ProfileSnapshot[] = []) => auth(s, history).flags.map((f) => `${f.id}:${f.severity}`);

describe('scoreAuthenticity', () => {
  it('passes a genuine-looking creator with every check run', () => {
    const a = auth(snapshot({ posts: genuinePosts(200) }));
    expect(a.verdict).toBe('ok');
    expect(a.flags).toEqual([]);
    expect(a.checks?.filter((c) => c.status === 'passed').map((c) => c.id)).toEqual([
      'engagement-far-below-tier',
      'engagement-implausibly-high',
      'comments-per-like-out-of-range',
      'likes-unnaturally-flat',
      'mass-follow',
    ]);
    expect(a.checks?.find((c) => c.id === 'follower-jump')?.status).toBe('not-checked');
    expect(a.inputs?.count).toBe(12);
    expect(a.confidence).toBe('high');
  });

  it('names the benchmark and the real accounts the lines come from', () => {
    const a = auth(snapshot({ posts: genuinePosts(200) }));
    expect(inWords(a.reasons)).toContain(
      `Engagement compared with the typical 0.97% for 10k–50k accounts (Modash, Instagram engagement rate benchmarks, 2025); lines from 306 real genuine accounts (${AUTHENTICITY_CALIBRATION.source}, 2018).`,
    );
  });

  it('returns no verdict with too little data', () => {
    const a = auth(snapshot({ posts: [post(1, { likes: 10, comments: 1 })], following: null }));
    expect(a).toMatchObject({ verdict: null, score: null, confidence: 'none' });
  });

  it('flags engagement far below the tier: a "warn", and "severe" far under the line (bought followers)', () => {
    // 10k–50k today: typical 0.97% (Modash 2025); the warn line is half its "Low" mark, 0.2× typical.
    const a = auth(snapshot({ posts: genuinePosts(30) }));
    expect(a.flags[0]).toMatchObject({ id: 'engagement-far-below-tier', severity: 'warn', suggests: 'bought-followers' });
    expect(inWord(a.flags[0]!.evidence)).toBe(
      'Engagement 0.16% is only 0.16× the typical 0.97% for 10k–50k accounts; fewer than 1% of real accounts fall below 0.2×: a sign of bought followers.',
    );
    expect(a.verdict).toBe('review');
    const far = auth(snapshot({ posts: genuinePosts(15) }));
    expect(far.flags[0]).toMatchObject({ id: 'engagement-far-below-tier', severity: 'severe' });
    expect(far.verdict).toBe('suspicious');
  });

  it("flags implausibly high engagement against the tier median of the capture's time", () => {
    const flag = auth(snapshot({ posts: genuinePosts(20_000 * 0.06) })).flags.find((f) => f.id === 'engagement-implausibly-high');
    expect(flag).toMatchObject({ severity: 'warn', suggests: 'bought-likes', source: AUTHENTICITY_CALIBRATION.source });
    expect(inWord(flag!.evidence)).toContain(`${AUTHENTICITY_CALIBRATION.rateHigh.warn}×`);
  });

  it('leaves the engagement of a typical real small account alone, then and now (the known false alarm)', () => {
    // 500 followers and 23% engagement: the median of real accounts under 1k in 2018. The old line
    // (3× the 1k–5k band top, 13%) called this bought likes.
    for (const capturedAt of ['2018-10-01T12:00:00.000Z', CAPTURED]) {
      const a = auth(snapshot({ followers: 500, capturedAt, posts: genuinePosts(113, 12, capturedAt) }));
      expect(a.checks?.find((c) => c.id === 'engagement-implausibly-high')?.status).toBe('passed');
      expect(a.verdict).toBe('ok');
    }
    // Three times that is beyond every line.
    const bought = auth(snapshot({ followers: 500, capturedAt: '2018-10-01T12:00:00.000Z', posts: genuinePosts(340, 12, '2018-10-01T12:00:00.000Z') }));
    expect(bought.flags.map((f) => `${f.id}:${f.severity}`)).toContain('engagement-implausibly-high:warn');
  });

  it('compares engagement with the published tier median of its own time', () => {
    expect(instagramRateReference(500, '2018-06-01T00:00:00Z')).toMatchObject({ label: '<1k', median: 0.1699, year: 2018, derived: false });
    expect(instagramRateReference(3_000, '2018-06-01T00:00:00Z')).toMatchObject({ label: '1k–5k', median: 0.0645, year: 2018 });
    expect(instagramRateReference(3_000, CAPTURED)).toMatchObject({ label: '1k–5k', year: 2025, lowMark: 0.0172 });
    expect(instagramRateReference(3_000, CAPTURED).median).toBeCloseTo(Math.sqrt(0.0338 * 0.0442), 6);
    // No current figure under 1k: Modash's 1k–5k median × HypeAuditor's 2018 ratio (2.63), labelled derived.
    const small = instagramRateReference(500, CAPTURED);
    expect(small).toMatchObject({ label: '<1k', derived: true, lowMark: null });
    expect(small.median).toBeCloseTo(Math.sqrt(0.0338 * 0.0442) * (0.1699 / 0.0645), 6);
    // Later tiers keep today's table whatever the year.
    expect(instagramRateReference(20_000, '2018-06-01T00:00:00Z').year).toBe(2025);
  });

  it('draws its lines from the calibration it is given', () => {
    const s = snapshot({ posts: genuinePosts(200) });
    const strict = { ...AUTHENTICITY_CALIBRATION, rateHigh: { info: 0.5, warn: 0.9 } };
    const a = scoreAuthenticity(s, scoreEngagement(s), [], strict);
    expect(a.flags.map((f) => `${f.id}:${f.severity}`)).toContain('engagement-implausibly-high:warn');
    expect(scoreAuthenticity(s, scoreEngagement(s)).flags).toEqual([]);
  });

  it('flags comments ÷ likes above the line real accounts stay under (pods) with its source', () => {
    const posts = genuinePosts(200).map((p) => ({ ...p, comments: Math.round(p.likes! * 0.1) }));
    const flag = auth(snapshot({ posts })).flags.find((f) => f.id === 'comments-per-like-out-of-range');
    expect(flag).toMatchObject({
      severity: 'warn',
      suggests: 'pods',
      source: AUTHENTICITY_CALIBRATION.source,
      year: 2018,
      threshold: AUTHENTICITY_CALIBRATION.commentsPerLike.high,
    });
    expect(flag!.value).toBeCloseTo(0.1, 2);
    expect(flag!.postIds).toHaveLength(12);
    expect(inWord(flag!.evidence)).toMatch(/^Comments are 10% of likes over 12 posts; fewer than 5% of real accounts go above \d\.\d+%/);
  });

  it('catches bought likes: high engagement, even likes and a collapsed comments ratio corroborate each other', () => {
    const posts = genuinePosts(200).map((p) => ({ ...p, likes: p.likes! + 1000 }));
    const a = auth(snapshot({ posts }));
    expect(a.flags.map((f) => f.id)).toEqual(
      expect.arrayContaining(['engagement-implausibly-high', 'likes-unnaturally-flat', 'comments-per-like-out-of-range']),
    );
    expect(a.flags.every((f) => f.suggests === 'bought-likes')).toBe(true);
    expect(a.verdict).toBe('suspicious');
  });

  it('runs the per-post Instagram lines only with at least 6 posts', () => {
    const a = auth(snapshot({ posts: genuinePosts(200, 5) }));
    for (const id of ['engagement-far-below-tier', 'engagement-implausibly-high', 'comments-per-like-out-of-range', 'likes-unnaturally-flat']) {
      expect(a.checks?.find((c) => c.id === id)?.status, id).toBe('not-checked');
    }
    expect(a).toMatchObject({ verdict: null, score: null, confidence: 'none' });
    expect(auth(snapshot({ posts: genuinePosts(200, 6) })).checks?.find((c) => c.id === 'likes-unnaturally-flat')?.status).toBe('passed');
  });

  it('gives at most "low" confidence when fewer than half of the checks could run, however clean', () => {
    // TikTok grid with views only: views per follower and mass-follow run, 2 of 7.
    const posts = Array.from({ length: 12 }, (_, i) => post(i, { views: 60_000 }));
    const a = auth(snapshot({ platform: 'tiktok', followers: 200_000, posts }));
    expect(a.checks?.filter((c) => c.status !== 'not-checked')).toHaveLength(2);
    expect(a).toMatchObject({ score: 100, verdict: 'ok', confidence: 'low' });
    expect(inWords(a.reasons)).toContain('Fewer than half of the checks could run, so the confidence is low.');
    // Instagram without a follower count: 12 posts, yet only comments ÷ likes and even likes can run.
    const ig = auth(snapshot({ followers: null, posts: genuinePosts(200) }));
    expect(ig.checks?.filter((c) => c.status !== 'not-checked').map((c) => c.id)).toEqual(['comments-per-like-out-of-range', 'likes-unnaturally-flat']);
    expect(ig.confidence).toBe('low');
    expect(inWords(auth(snapshot({ posts: genuinePosts(200) })).reasons)).not.toContain('Fewer than half of the checks could run, so the confidence is low.');
  });

  it('flags the mass-follow pattern', () => {
    expect(ids(snapshot({ followers: 3_000, following: 6_500, posts: genuinePosts(100) }))).toContain('mass-follow:warn');
    expect(ids(snapshot({ followers: 3_000, following: 1_200, posts: genuinePosts(100) }))).not.toContain('mass-follow:warn');
  });

  it('flags a +50% follower jump between visits with flat likes as bought followers', () => {
    const earlier = snapshot({ capturedAt: EARLIER, followers: 20_000, posts: genuinePosts(300, 12, EARLIER) });
    const now = snapshot({ followers: 32_000, posts: genuinePosts(300) });
    const flag = auth(now, [earlier]).flags.find((f) => f.id === 'follower-jump')!;
    expect(flag.severity).toBe('severe');
    expect(inWord(flag.evidence)).toContain('60%');
    expect(inWord(flag.evidence)).toContain('31 days');
    expect(auth(now, [earlier]).verdict).toBe('suspicious');
  });

  it('asks for review, not alarm, when likes rose with the followers', () => {
    const earlier = snapshot({ capturedAt: EARLIER, followers: 20_000, posts: genuinePosts(300, 12, EARLIER) });
    const now = snapshot({ followers: 32_000, posts: genuinePosts(480) });
    expect(ids(now, [earlier])).toContain('follower-jump:warn');
  });

  it('leaves ordinary growth alone', () => {
    const earlier = snapshot({ capturedAt: EARLIER, followers: 19_500, posts: genuinePosts(300, 12, EARLIER) });
    expect(auth(snapshot({ posts: genuinePosts(300) }), [earlier]).checks?.find((c) => c.id === 'follower-jump')?.status).toBe('passed');
  });

  it('flags very low views per follower on TikTok, labelled as an estimate', () => {
    const posts = [1, 2, 3, 4].map((i) => post(i, { views: 300, likes: 30, comments: 1, shares: 0 }));
    const flag = auth(snapshot({ platform: 'tiktok', followers: 200_000, posts })).flags.find((f) => f.id === 'views-per-follower-low');
    expect(flag?.severity).toBe('warn');
    expect(flag?.source).toContain('estimate');
  });

  it("does not judge TikTok comments or likes by Instagram's InstaFake norms", () => {
    const posts = [1, 2, 3, 4].map((i) => post(i, { views: 50_000, likes: 3_000, comments: 600, shares: 10 }));
    const a = auth(snapshot({ platform: 'tiktok', followers: 200_000, posts }));
    expect(a.checks?.filter((c) => c.status === 'not-checked').map((c) => c.id)).toEqual(
      expect.arrayContaining(['comments-per-like-out-of-range', 'likes-unnaturally-flat']),
    );
    expect(a.flags.map((f) => f.id)).not.toContain('comments-per-like-out-of-range');
  });

  it('does not call a low rate per view a sign of bought followers', () => {
    const posts = [1, 2, 3, 4].map((i) => post(i, { views: 100_000, likes: 500, comments: 10, shares: 0 }));
    const a = auth(snapshot({ platform: 'tiktok', followers: 200_000, posts }));
    expect(a.checks?.find((c) => c.id === 'engagement-far-below-tier')?.status).toBe('not-checked');
  });

  it('explains an "ok" verdict that carries only a borderline reading', () => {
    const a = auth(snapshot({ followers: 3_000, following: 3_200, posts: genuinePosts(100) }));
    expect(a.flags.map((f) => `${f.id}:${f.severity}`)).toEqual(['mass-follow:info']);
    expect(a.verdict).toBe('ok');
    expect(inWords(a.reasons)).toContain('Only borderline readings, none backed by a second sign of the same kind.');
  });

  it('adds points only among flags that tell the same story', () => {
    const info = (suggests: 'bought-likes' | 'bought-followers') => ({ severity: 'info' as const, suggests });
    expect(verdictFor([info('bought-likes'), info('bought-followers')])).toBe('ok');
    expect(verdictFor([info('bought-likes'), info('bought-likes')])).toBe('review');
  });

  it('scores the same snapshot identically whatever the system clock says', async () => {
    const { vi } = await import('vitest');
    const earlier = snapshot({ capturedAt: EARLIER, followers: 20_000, posts: genuinePosts(300, 12, EARLIER) });
    const now = snapshot({
      followers: 32_000,
      posts: [post(0, { id: 'fresh', publishedAt: new Date(Date.parse(CAPTURED) - 3600_000).toISOString(), likes: 5 }), ...genuinePosts(300)],
    });
    const brief = {
      name: 'b',
      keywords: ['travel'],
      categories: [],
      languages: ['en'],
      competitors: [],
      avoidWords: [],
      followerRange: { min: null, max: null },
      platforms: ['instagram' as const],
    };
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-02-11T00:00:00Z'));
      const first = scoreSnapshot(now, { history: [earlier], brief });
      vi.setSystemTime(new Date('2031-07-01T00:00:00Z'));
      const later = scoreSnapshot(now, { history: [earlier], brief });
      expect(later).toEqual(first);
      expect(first.engagement.inputs.excluded).toEqual([{ id: 'fresh', why: 'too-recent' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
