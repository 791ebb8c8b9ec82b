import { describe, expect, it } from 'vitest';
import { vetJsonl } from '../../../lib/cli/vet-core';
import { nodeI18n } from '../../../lib/i18n/node';
import { scoreSnapshot } from '../../../lib/scoring';
import { eligiblePosts } from '../../../lib/scoring/engagement';
import { MIN_POST_AGE_HOURS, POST_LIMITS } from '../../../lib/limits';
import { isShort, mergeCreator } from '../../../lib/scoring/merge';
import { channelPage, inWords, snapshot, watchPage } from './helpers';

const i18n = nodeI18n('en');
const T0 = '2026-03-01T12:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

describe('merging every snapshot of a creator', () => {
  it('dedupes posts by id, and the newest reading wins', () => {
    const older = watchPage(at(0), 'v1', 24 * 5, { views: 10_000, likes: 400, comments: 10 });
    const newer = watchPage(at(24), 'v1', 24 * 6, { views: 12_000, likes: 450, comments: 12 });
    const channel = channelPage(at(25), 5);
    const { snapshot: merged, posts } = mergeCreator(channel, [older, newer]);
    expect(merged.posts.filter((p) => p.id === 'v1')).toHaveLength(1);
    // The channel page (newest) gives views; likes and comments come from the newest watch page.
    expect(merged.posts.find((p) => p.id === 'v1')).toMatchObject({ views: 10_000, likes: 450, comments: 12 });
    expect(posts.get('v1')!.from).toEqual({ views: 'profile', likes: 'post', comments: 'post' });
    expect(merged.posts.map((p) => p.id)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
  });

  it(`keeps the latest ${POST_LIMITS.scoringWindow} published posts across visits, with the exclusions`, () => {
    const old = channelPage(at(0), POST_LIMITS.scoringWindow, { firstAgeDays: 20 });
    const renamed = { ...old, posts: old.posts.map((p, i) => ({ ...p, id: `old${i}` })) };
    const now = channelPage(at(24 * 10), 12, { firstAgeDays: 1 });
    now.posts[5]!.pinned = true;
    const merged = mergeCreator(now, [renamed]).snapshot;
    expect(merged.posts).toHaveLength(POST_LIMITS.scoringWindow + 12);
    const { used, excluded } = eligiblePosts(merged);
    expect(used).toHaveLength(POST_LIMITS.scoringWindow);
    expect(used[0]!.id).toBe('v1');
    expect(excluded).toEqual(
      expect.arrayContaining([
        { id: 'v0', why: 'too-recent' },
        { id: 'v5', why: 'pinned' },
      ]),
    );
    // Twelve new posts push as many old ones out of the window; the too-recent and the pinned one make room for two.
    expect(excluded.filter((e) => e.why === 'beyond-window')).toHaveLength(12 - 2);
    // Newest first by date, whichever visit read them.
    const dates = used.map((p) => Date.parse(p.publishedAt!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it(`never mixes counts read before a post was ${MIN_POST_AGE_HOURS} hours old with later ones`, () => {
    const early = watchPage(at(0), 'v9', 10, { views: 900, likes: 200 });
    const later = { ...channelPage(at(24 * 5), 3), posts: [...channelPage(at(24 * 5), 3).posts] };
    later.posts.push({ ...later.posts[0]!, id: 'v9', url: 'https://www.youtube.com/watch?v=v9', publishedAt: at(-10), views: 50_000 });
    const merged = mergeCreator(later, [early]);
    expect(merged.snapshot.posts.find((p) => p.id === 'v9')).toMatchObject({ views: 50_000, likes: null });
    // Read early and never again: left out, and said so.
    const otherPage = watchPage(at(24 * 5), 'v8', 24 * 4, { views: 5_000, likes: 300 }, 120_000);
    const scores = scoreSnapshot(otherPage, { history: [early] });
    expect(scores.engagement.inputs.excluded).toContainEqual({ id: 'v9', why: 'read-too-recent' });
  });

  it("takes a post page's missing follower count from the newest earlier visit, and says so", () => {
    const channel = channelPage(at(0), 10, { followers: 250_000 });
    const watch = watchPage(at(2), 'v1', 24 * 4, { views: 11_000, likes: 500, comments: 20 });
    const merged = mergeCreator(watch, [channel]);
    expect(merged.snapshot.followers).toBe(250_000);
    expect(merged.followersFrom).toEqual({ capturedAt: at(0), pageKind: 'profile', followers: 250_000 });
    const scores = scoreSnapshot(watch, { history: [channel] });
    expect(scores.reach!.parts[0]!.tierLabel).toBe('10k–500k');
    expect(inWords(scores.overall.reasons).at(-1)).toMatch(/^This page shows no follower count: 250,000, read on .*2026, is used\.$/);
    expect(scores.evidence.followersFrom).toEqual({ capturedAt: at(0), followers: 250_000 });
    // A page that shows followers uses its own.
    expect(mergeCreator(watchPage(at(3), 'v2', 24 * 4, { views: 1, likes: 1 }, 260_000), [channel]).snapshot.followers).toBe(260_000);
  });

  it('keeps a Short a Short when it was opened as /watch?v=', () => {
    const shorts = channelPage(at(0), 4, { shorts: true });
    const opened = watchPage(at(1), 'v2', 24 * 6, { views: 9_000, likes: 700 });
    const merged = mergeCreator(opened, [shorts]).snapshot;
    expect(isShort(merged.posts.find((p) => p.id === 'v2')!)).toBe(true);
  });

  it("ignores another creator's snapshots and snapshots taken later", () => {
    const channel = channelPage(at(10), 5);
    const stranger = { ...watchPage(at(1), 'x1', 24 * 4, { views: 1_000, likes: 10 }), handle: 'someone.else', platformId: 'UCother' };
    const future = watchPage(at(20), 'v1', 24 * 4, { views: 1_000, likes: 10 });
    const merged = mergeCreator(channel, [stranger, future]);
    expect(merged.visits).toBe(1);
    expect(merged.snapshot.posts.map((p) => p.id)).not.toContain('x1');
    expect(merged.snapshot.posts.every((p) => p.likes === null)).toBe(true);
  });

  it('returns a snapshot without history unchanged', () => {
    const s = snapshot();
    expect(mergeCreator(s).snapshot).toBe(s);
  });
});

describe('a channel page, then watch pages: what the scores rest on', () => {
  const channel = channelPage(at(0), 30, { views: (i) => 8_000 + i * 200 });
  const w1 = watchPage(at(1), 'v2', 24 * 5, { views: 9_000, likes: 400, comments: 30 });
  const w2 = watchPage(at(2), 'v4', 24 * 7, { views: 8_600, likes: 310, comments: 22 });

  it('turns engagement from reach only into a likes-based score', () => {
    const before = scoreSnapshot(channel, {});
    expect(before.engagement.score).toBeNull();
    // Median views (10,800 + 11,000) / 2 over 100,000 followers: 10.9%, the 42nd percentile of 10k–500k.
    expect(before.reach!.score).toBe(42);
    expect(before.evidence).toMatchObject({ likes: { listed: 0, opened: 0 }, views: { listed: 30, opened: 0 }, openForLikes: 3 });

    const after = scoreSnapshot(w2, { history: [channel, w1] });
    expect(after.engagement).toMatchObject({ basis: 'views', confidence: 'low' });
    // The mean per view of 430 / 9,000 and 332 / 8,600 (4.32%): the 88th percentile of 100k–500k (typical 2.12%).
    expect(after.engagement.score).toBe(88);
    expect(after.engagement.inputs.postIds.sort()).toEqual(['v2', 'v4']);
    expect(after.evidence).toMatchObject({ visits: 3, likes: { listed: 0, opened: 2 }, openForLikes: 1 });
    expect(after.evidence.views.listed + after.evidence.views.opened).toBe(30);
    // Engagement's 40% shared equally by likes and reach, beside authenticity's 40%: a third each.
    expect(after.overall.shares).toEqual({ engagement: 1 / 3, reach: 1 / 3, authenticity: 1 / 3 });
    expect(after.overall.score).toBe(77);
  });

  it("compares the video on the page with the creator's usual numbers", () => {
    const { evidence } = scoreSnapshot(w2, { history: [channel, w1] });
    expect(evidence.current).toMatchObject({ id: 'v4', views: 8_600, likes: 310, comments: 22 });
    expect(evidence.usual.count).toBe(29);
    expect(evidence.usual.likes).toBe(400);
    expect(evidence.usual.views).toBe(8_000 + 15 * 200);
  });

  it('does the same through `npm run vet` for a .jsonl line whose history holds post snapshots', () => {
    const [line] = vetJsonl(`${JSON.stringify({ snapshot: w2, history: [w1, channel] })}\n`, { i18n });
    if (!line || 'error' in line) throw new Error(`expected a report, got ${JSON.stringify(line)}`);
    const report = line;
    expect(report.scores.engagement.inputs.count).toBe(2);
    expect(report.scores.evidence.likes.opened).toBe(2);
    // The same as the extension's scoring: (engagement 88 + reach 42 + authenticity 100) / 3.
    expect(report.scores.overall.score).toBe(77);
    expect(report.snapshot.pageKind).toBe('post');
  });
});

describe('posts without a date', () => {
  it('keep their place on the profile grid, even when opened on their own page', () => {
    const grid = channelPage(at(0), 4);
    grid.posts = grid.posts.map((p) => ({ ...p, publishedAt: null }));
    const opened = watchPage(at(1), 'v3', 0, { views: 10_500, likes: 300 });
    opened.posts = opened.posts.map((p) => ({ ...p, publishedAt: null }));
    expect(mergeCreator(opened, [grid]).snapshot.posts.map((p) => p.id)).toEqual(['v0', 'v1', 'v2', 'v3']);
  });
});
