import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, filterAndSort, loadNewestWorkspaceRows, loadWorkspaceRows, showsNewestFirst } from '../../../lib/storage/workspace';
import { freshDb } from './fixtures';

async function seeded(count: number) {
  const db = await freshDb();
  await db.creators.bulkPut(
    Array.from({ length: count }, (_, i) => ({
      key: `tiktok:c${i}`,
      platform: 'tiktok' as const,
      handle: `c${i}`,
      displayName: null,
      url: `https://www.tiktok.com/@c${i}`,
      followers: i,
      verified: false,
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-01-01T00:00:00.000Z',
      snapshotCount: 1,
      scores: { overall: null, engagement: null, engagementRate: null, authenticity: null, authenticityVerdict: null, brandFit: null },
      tags: [],
      notes: '',
      status: 'to-contact' as const,
      groupId: null,
    })),
  );
  // Every other creator is on the list, added in order; one entry points at a creator that is gone.
  const entries = Array.from({ length: count / 2 }, (_, i) => ({
    listId: 'default',
    creatorKey: `tiktok:c${i * 2}`,
    addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  }));
  await db.shortlistEntries.bulkPut([...entries, { listId: 'default', creatorKey: 'tiktok:missing', addedAt: '2025-01-01T00:00:00.000Z' }]);
  return db;
}

describe('loading a large list', () => {
  it('shows exactly the top of the default order first, then the whole list', async () => {
    const db = await seeded(1000);
    const all = await loadWorkspaceRows(db, 'default');
    expect(all).toHaveLength(500);
    const sorted = filterAndSort(all, DEFAULT_QUERY);
    const newest = await loadNewestWorkspaceRows(db, 'default', 60);
    expect(newest.map((r) => r.creator.key)).toEqual(sorted.slice(0, 60).map((r) => r.creator.key));
    await db.delete();
  });

  it('reads a short list the same way as a long one', async () => {
    const db = await seeded(20);
    expect((await loadWorkspaceRows(db, 'default')).map((r) => r.creator.key).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `tiktok:c${i * 2}`).sort());
    await db.delete();
  });

  it('uses the first rows only where they are the top of what is shown', () => {
    expect(showsNewestFirst(DEFAULT_QUERY)).toBe(true);
    expect(showsNewestFirst({ ...DEFAULT_QUERY, search: 'x' })).toBe(false);
    expect(showsNewestFirst({ ...DEFAULT_QUERY, sort: 'followers' })).toBe(false);
    expect(showsNewestFirst({ ...DEFAULT_QUERY, direction: 'asc' })).toBe(false);
    expect(showsNewestFirst({ ...DEFAULT_QUERY, listId: null })).toBe(false);
  });
});

describe('sorting by overall', () => {
  const row = (key: string, overall: number | null, engagement: number | null, engagementRate: number | null = null) => ({
    addedAt: null,
    creator: {
      key,
      platform: 'youtube' as const,
      handle: key,
      displayName: null,
      url: `https://www.youtube.com/@${key}`,
      followers: 1000,
      verified: null,
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-01-01T00:00:00.000Z',
      snapshotCount: 1,
      scores: { overall, engagement, engagementRate, reach: 50, authenticity: null, authenticityVerdict: null, brandFit: null },
      tags: [],
      notes: '',
      status: 'to-contact' as const,
      groupId: null,
    },
  });

  it('puts creators without any engagement number after those with one, in either direction, and still ranks them', () => {
    const rows = [
      row('reach-high', 95, null),
      row('liked-low', 30, 20, 0.01),
      row('none', null, null),
      row('rate-only', 40, null, 0.02),
      row('reach-low', 10, null),
      row('liked-high', 80, 70, 0.05),
    ];
    const order = (direction: 'asc' | 'desc') => filterAndSort(rows, { ...DEFAULT_QUERY, listId: null, sort: 'overall', direction }).map((r) => r.creator.key);
    expect(order('desc')).toEqual(['liked-high', 'rate-only', 'liked-low', 'reach-high', 'reach-low', 'none']);
    expect(order('asc')).toEqual(['liked-low', 'rate-only', 'liked-high', 'reach-low', 'reach-high', 'none']);
  });
  it('puts the better-evidenced creator first at equal scores, in either direction', () => {
    const withConfidence = (key: string, confidence: 'low' | 'medium' | 'high') => {
      const r = row(key, 79, 60, 0.03);
      return {
        ...r,
        creator: { ...r.creator, scores: { ...r.creator.scores, confidence: { overall: confidence, engagement: confidence, reach: null, brandFit: null } } },
      };
    };
    // "a-thin" sorts first by key alone: the evidence must overrule that.
    const rows = [withConfidence('a-thin', 'low'), withConfidence('b-firm', 'high'), withConfidence('c-mid', 'medium')];
    const order = (direction: 'asc' | 'desc') => filterAndSort(rows, { ...DEFAULT_QUERY, listId: null, sort: 'overall', direction }).map((r) => r.creator.key);
    expect(order('desc')).toEqual(['b-firm', 'c-mid', 'a-thin']);
    expect(order('asc')).toEqual(['b-firm', 'c-mid', 'a-thin']);
  });
});
