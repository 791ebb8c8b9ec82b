import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTLIST_ID } from '../../../lib/storage/records';
import type { VetlensDB } from '../../../lib/storage/db';
import { loadWorkspaceRows } from '../../../lib/storage/workspace';
import { freshDb, post, snapshot, store } from '../campaign/fixtures';
import { watchTables } from '../helpers/store-watch';

/**
 * How a whole list is read: the browser's IndexedDB answers one request at a time, so one request
 * for 10,000 creators would keep every other page and the worker waiting until it is answered.
 */

/** The limit of every query made on the creators table from here on (null: no limit). */
async function recordCreatorQueries(db: VetlensDB): Promise<Array<number | null>> {
  const limits: Array<number | null> = [];
  db.close();
  watchTables(db, 'record-creator-queries', (name, table) =>
    name === 'creators' ? { query: (req) => (limits.push(req.limit ?? null), table.query(req)) } : {},
  );
  await db.open();
  return limits;
}

async function withCreators(count: number): Promise<VetlensDB> {
  const db = await freshDb();
  const key = await store(db, snapshot({ platform: 'tiktok', handle: 'ana', posts: [post('1', { views: 1000, likes: 60, comments: 2 })] }));
  const base = (await db.creators.get(key))!;
  // 'tiktok:ana' sorts before every 'tiktok:bulk…' key: it is the first one read.
  const many = Array.from({ length: count - 1 }, (_, i) => ({ ...base, key: `tiktok:bulk${String(i).padStart(5, '0')}`, handle: `bulk${i}` }));
  await db.creators.bulkPut(many);
  await db.shortlistEntries.bulkPut(many.map((c) => ({ listId: DEFAULT_SHORTLIST_ID, creatorKey: c.key, addedAt: '2026-01-01T00:00:00.000Z' })));
  return db;
}

describe('reading a whole list', () => {
  it('reads every creator 2,000 a request, each once, in key order', async () => {
    const db = await withCreators(4_500);
    const limits = await recordCreatorQueries(db);
    const rows = await loadWorkspaceRows(db, null);
    expect(limits).toEqual([2_000, 2_000, 2_000]);
    expect(rows).toHaveLength(4_500);
    expect(new Set(rows.map((r) => r.creator.key)).size).toBe(4_500);
    expect(rows[0]!.creator.key).toBe('tiktok:ana');
    expect(rows[4_499]!.creator.key).toBe('tiktok:bulk04498');
  }, 30_000);

  it('joins a large list to its creators with the same reads', async () => {
    const db = await withCreators(2_001);
    const limits = await recordCreatorQueries(db);
    const rows = await loadWorkspaceRows(db, DEFAULT_SHORTLIST_ID);
    expect(limits).toEqual([2_000, 2_000]);
    expect(rows.map((r) => r.creator.key)).toEqual(Array.from({ length: 2_000 }, (_, i) => `tiktok:bulk${String(i).padStart(5, '0')}`));
  }, 30_000);
});
