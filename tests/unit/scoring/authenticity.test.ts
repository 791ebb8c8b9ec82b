import { describe, expect, it } from 'vitest';
import { nodeI18n } from '../../../lib/i18n/node';
import { scoreSnapshot } from '../../../lib/scoring';
import { verdictFor } from '../../../lib/scoring/authenticity';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { CAPTURED, genuinePosts, post, snapshot } from './helpers';

const i18n = nodeI18n('en');
const EARLIER = '2026-01-10T12:00:00.000Z';
const auth = (s: ProfileSnapshot, history: ProfileSnapshot[] = []) => scoreSnapshot(s, { i18n, history }).authenticity;
const ids = (s: ProfileSnapshot, history: ProfileSnapshot[] = []) => auth(s, history).flags.map((f) => `${f.id}:${f.severity}`);

describe('scoreAuthenticity', () => {
  it('passes a genuine-looking creator with every check run', () => {
    const a = auth(snapshot({ posts: genuinePosts(200) }));
    expect(a.verdict).toBe('ok');
    expect(a.flags).toEqual([]);
    expect(a.checks?.filter((c) => c.status === 'passed').map((c) => c.id)).toEqual(['engagement-far-below-tier', 'engagement-implausibly-high', 'comments-per-like-out-of-range', 'likes-unnaturally-flat', 'mass-follow']);
    expect(a.checks?.find((c) => c.id === 'follower-jump')?.status).toBe('not-checked');
    expect(a.inputs?.count).toBe(12);
    expect(a.confidence).toBe('high');
  });

  it('returns no verdict with too little data', () => {
    const a = auth(snapshot({ posts: [post(1, { likes: 10, comments: 1 })], following: null }));
    expect(a).toMatchObject({ verdict: null, score: null, confidence: 'none' });
  });

  it('flags engagement far below the tier (bought followers)', () => {
    // 10k–50k: "Low" is 0.39%, so half of it is 0.195%; 30 engagements per 20k followers is 0.15%.
    const a = auth(snapshot({ posts: genuinePosts(30) }));
    expect(a.flags[0]).toMatchObject({ id: 'engagement-far-below-tier', severity: 'severe', suggests: 'bought-followers' });
    expect(a.flags[0]!.evidence).toContain('0.39%');
    expect(a.verdict).toBe('suspicious');
  });

  it('flags implausibly high engagement', () => {
    expect(ids(snapshot({ posts: genuinePosts(20_000 * 0.06) }))).toContain('engagement-implausibly-high:warn');
  });

  it('flags a comments ÷ likes ratio above the InstaFake range (pods) with its source', () => {
    const posts = genuinePosts(200).map((p) => ({ ...p, comments: Math.round(p.likes! * 0.1) }));
    const flag = auth(snapshot({ posts })).flags.find((f) => f.id === 'comments-per-like-out-of-range');
    expect(flag).toMatchObject({ severity: 'warn', suggests: 'pods', source: expect.stringContaining('InstaFake'), year: 2019 });
    expect(flag!.value).toBeCloseTo(0.1, 2);
    expect(flag!.postIds).toHaveLength(12);
  });

  it('catches bought likes: flat likes and collapsed comments ratio corroborate each other', () => {
    const posts = genuinePosts(200).map((p) => ({ ...p, likes: p.likes! + 1000 }));
    const a = auth(snapshot({ posts }));
    expect(a.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['likes-unnaturally-flat', 'comments-per-like-out-of-range']));
    expect(a.flags.every((f) => f.suggests === 'bought-likes')).toBe(true);
    expect(a.verdict).not.toBe('ok');
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
    expect(flag.evidence).toContain('60%');
    expect(flag.evidence).toContain('31 days');
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

  it('does not judge TikTok comments or likes by Instagram\'s InstaFake norms', () => {
    const posts = [1, 2, 3, 4].map((i) => post(i, { views: 50_000, likes: 3_000, comments: 600, shares: 10 }));
    const a = auth(snapshot({ platform: 'tiktok', followers: 200_000, posts }));
    expect(a.checks?.filter((c) => c.status === 'not-checked').map((c) => c.id)).toEqual(expect.arrayContaining(['comments-per-like-out-of-range', 'likes-unnaturally-flat']));
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
    expect(a.reasons.at(-2)).toBe('Only borderline readings, none backed by a second sign of the same kind.');
  });

  it('adds points only among flags that tell the same story', () => {
    const info = (suggests: 'bought-likes' | 'bought-followers') => ({ id: 'x', severity: 'info' as const, evidence: '', suggests });
    expect(verdictFor([info('bought-likes'), info('bought-followers')])).toBe('ok');
    expect(verdictFor([info('bought-likes'), info('bought-likes')])).toBe('review');
  });

  it('scores the same snapshot identically whatever the system clock says', async () => {
    const { vi } = await import('vitest');
    const earlier = snapshot({ capturedAt: EARLIER, followers: 20_000, posts: genuinePosts(300, 12, EARLIER) });
    const now = snapshot({ followers: 32_000, posts: [post(0, { id: 'fresh', publishedAt: new Date(Date.parse(CAPTURED) - 3600_000).toISOString(), likes: 5 }), ...genuinePosts(300)] });
    const brief = { name: 'b', keywords: ['travel'], categories: [], languages: ['en'], competitors: [], avoidWords: [], followerRange: { min: null, max: null }, platforms: ['instagram' as const] };
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-02-11T00:00:00Z'));
      const first = scoreSnapshot(now, { i18n, history: [earlier], brief });
      vi.setSystemTime(new Date('2031-07-01T00:00:00Z'));
      const later = scoreSnapshot(now, { i18n, history: [earlier], brief });
      expect(later).toEqual(first);
      expect(first.engagement.inputs.excluded).toEqual([{ id: 'fresh', why: 'younger-than-48h' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
