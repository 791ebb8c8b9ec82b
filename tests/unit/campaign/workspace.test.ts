import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTLIST_ID } from '../../../lib/storage/records';
import { setShortlisted } from '../../../lib/storage/shortlists';
import { DEFAULT_QUERY, queryWorkspace, tierOf } from '../../../lib/storage/workspace';
import { addTag, allTags, setStatus } from '../../../lib/storage/creators';
import { applyUndo } from '../../../lib/storage/undo';
import { copyToList, createShortlist, deleteShortlist, listShortlists, moveToList, removeFromList, renameShortlist } from '../../../lib/storage/shortlists';
import { freshDb, post, snapshot, store } from './fixtures';

async function seeded() {
  const db = await freshDb();
  const specs = [
    { platform: 'instagram' as const, handle: 'ana', followers: 5_000, likes: 400 },
    { platform: 'tiktok' as const, handle: 'bob', followers: 250_000, likes: 20 },
    { platform: 'youtube' as const, handle: 'cem', followers: 2_000_000, likes: 900 },
    { platform: 'instagram' as const, handle: 'dua', followers: null, likes: null },
  ];
  let i = 0;
  for (const s of specs) {
    const key = await store(
      db,
      snapshot({ platform: s.platform, handle: s.handle, followers: s.followers, posts: [post('1', { likes: s.likes, comments: 1, views: 10_000 })] }),
    );
    await setShortlisted(db, key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 1 + i++)));
  }
  return db;
}

const keys = (rows: Array<{ creator: { key: string } }>) => rows.map((r) => r.creator.key);

describe('workspace queries', () => {
  it('filters by platform, tier, tag, status and search', async () => {
    const db = await seeded();
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, platform: 'instagram' }))).toEqual(['instagram:dua', 'instagram:ana']);
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, tier: 'mid' }))).toEqual(['tiktok:bob']);
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, tier: 'unknown' }))).toEqual(['instagram:dua']);
    await addTag(db, ['youtube:cem', 'instagram:ana'], 'food');
    await setStatus(db, ['youtube:cem'], 'negotiating');
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, tag: 'food', sort: 'name', direction: 'asc' }))).toEqual(['instagram:ana', 'youtube:cem']);
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, status: 'negotiating' }))).toEqual(['youtube:cem']);
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, search: '  BO ' }))).toEqual(['tiktok:bob']);
    expect(await allTags(db)).toEqual(['food']);
    // All creators, not only a list: tag filter through the tags index.
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, listId: null, tag: 'food', sort: 'name', direction: 'asc' }))).toEqual([
      'instagram:ana',
      'youtube:cem',
    ]);
  });

  it('sorts by scores with missing values last in both directions', async () => {
    const db = await seeded();
    const desc = await queryWorkspace(db, { ...DEFAULT_QUERY, sort: 'followers', direction: 'desc' });
    expect(keys(desc)).toEqual(['youtube:cem', 'tiktok:bob', 'instagram:ana', 'instagram:dua']);
    const asc = await queryWorkspace(db, { ...DEFAULT_QUERY, sort: 'followers', direction: 'asc' });
    expect(keys(asc)).toEqual(['instagram:ana', 'tiktok:bob', 'youtube:cem', 'instagram:dua']);
    const byEngagement = await queryWorkspace(db, { ...DEFAULT_QUERY, sort: 'engagement', direction: 'desc' });
    const scores = byEngagement.map((r) => r.creator.scores.engagement);
    const known = scores.filter((s): s is number => s !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(scores.slice(known.length).every((s) => s === null)).toBe(true);
    expect(keys(await queryWorkspace(db, DEFAULT_QUERY))).toEqual(['instagram:dua', 'youtube:cem', 'tiktok:bob', 'instagram:ana']);
  });

  it('names tiers by followers', () => {
    expect([null, 9_999, 10_000, 100_000, 500_000, 1_000_000].map(tierOf)).toEqual(['unknown', 'nano', 'micro', 'mid', 'macro', 'mega']);
  });
});

describe('bulk actions and undo', () => {
  it('removal undo restores exactly the removed entries, with their dates', async () => {
    const db = await seeded();
    const before = await db.shortlistEntries.toArray();
    const undo = await removeFromList(db, DEFAULT_SHORTLIST_ID, ['tiktok:bob', 'youtube:cem', 'not:there']);
    expect(undo.count).toBe(2);
    expect(keys(await queryWorkspace(db, DEFAULT_QUERY))).toEqual(['instagram:dua', 'instagram:ana']);
    await applyUndo(db, undo);
    expect(await db.shortlistEntries.toArray()).toEqual(before);
  });

  it('copies and moves between lists, and undoes a move', async () => {
    const db = await seeded();
    const list = await createShortlist(db, '  Spring   picks ', new Date('2026-02-01T00:00:00Z'));
    expect(list.name).toBe('Spring picks');
    await copyToList(db, ['instagram:ana'], list.id);
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, listId: list.id }))).toEqual(['instagram:ana']);
    const before = await db.shortlistEntries.toArray();
    const undo = await moveToList(db, ['instagram:ana', 'tiktok:bob'], DEFAULT_SHORTLIST_ID, list.id);
    expect(keys(await queryWorkspace(db, { ...DEFAULT_QUERY, listId: list.id, sort: 'name', direction: 'asc' }))).toEqual(['instagram:ana', 'tiktok:bob']);
    expect(keys(await queryWorkspace(db, DEFAULT_QUERY))).toEqual(['instagram:dua', 'youtube:cem']);
    await applyUndo(db, undo);
    const sortEntries = (e: Array<{ listId: string; creatorKey: string }>) =>
      [...e].sort((a, b) => (a.listId + a.creatorKey).localeCompare(b.listId + b.creatorKey));
    expect(sortEntries(await db.shortlistEntries.toArray())).toEqual(sortEntries(before));
  });

  it('undoes status and tag changes', async () => {
    const db = await seeded();
    const before = await db.creators.toArray();
    const u1 = await setStatus(db, ['instagram:ana', 'tiktok:bob'], 'contacted');
    const u2 = await addTag(db, ['instagram:ana'], ' summer ');
    expect((await db.creators.get('instagram:ana'))!.tags).toEqual(['summer']);
    await applyUndo(db, u2);
    await applyUndo(db, u1);
    expect(await db.creators.toArray()).toEqual(before);
  });

  it('renames, deletes with undo, and protects the default list', async () => {
    const db = await seeded();
    const list = await createShortlist(db, 'VIP');
    await copyToList(db, ['youtube:cem', 'tiktok:bob'], list.id);
    await renameShortlist(db, list.id, 'VIP 2026');
    expect((await listShortlists(db)).map((l) => [l.id === DEFAULT_SHORTLIST_ID ? 'default' : l.name, l.count])).toEqual([
      ['default', 4],
      ['VIP 2026', 2],
    ]);
    await expect(deleteShortlist(db, DEFAULT_SHORTLIST_ID)).rejects.toThrow();
    await expect(createShortlist(db, '   ')).rejects.toThrow();
    const undo = await deleteShortlist(db, list.id);
    expect((await listShortlists(db)).map((l) => l.id)).toEqual([DEFAULT_SHORTLIST_ID]);
    expect(await db.shortlistEntries.where('listId').equals(list.id).count()).toBe(0);
    await applyUndo(db, undo);
    expect((await listShortlists(db)).map((l) => [l.name, l.count])).toEqual([
      ['', 4],
      ['VIP 2026', 2],
    ]);
  });
});
