import { describe, expect, it } from 'vitest';
import { scoreSnapshot } from '../../../lib/scoring';
import { latestSnapshot, recordSnapshot } from '../../../lib/storage/visits';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { freshDb } from '../campaign/fixtures';
import { post, snapshot } from '../scoring/helpers';

/** Issue 18 item 6: the counts a grid tile shows under the pointer outlive the pointer moving on, within one visit. */

const at = (minutes: number) => new Date(Date.parse('2026-03-01T12:00:00.000Z') + minutes * 60_000).toISOString();
const profile = (capturedAt: string, counts: Record<string, { likes: number; comments: number; rounded?: ['likes'] }>): ProfileSnapshot =>
  snapshot({ capturedAt, posts: ['a', 'b', 'c'].map((id, i) => post(i, { id, ...(counts[id] ?? {}) })) });

async function store(db: Awaited<ReturnType<typeof freshDb>>, page: ProfileSnapshot) {
  await recordSnapshot(db, page, scoreSnapshot(page, {}));
}

describe('one visit to an Instagram profile, the pointer over one tile after another', () => {
  it('keeps each tile’s likes and comments, rounded marks included', async () => {
    const db = await freshDb();
    await store(db, profile(at(0), { a: { likes: 1204, comments: 38 } }));
    await store(db, profile(at(1), { b: { likes: 12500, comments: 213, rounded: ['likes'] } }));
    await store(db, profile(at(2), { c: { likes: 880, comments: 12 } }));
    const kept = await latestSnapshot(db, 'instagram:creator');
    expect(kept!.posts.map((p) => [p.id, p.likes, p.comments, p.rounded ?? []])).toEqual([
      ['a', 1204, 38, []],
      ['b', 12500, 213, ['likes']],
      ['c', 880, 12, []],
    ]);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('lets a count the page shows now win over the earlier one', async () => {
    const db = await freshDb();
    await store(db, profile(at(0), { a: { likes: 1204, comments: 38 } }));
    await store(db, profile(at(1), { a: { likes: 1210, comments: 39 } }));
    expect((await latestSnapshot(db, 'instagram:creator'))!.posts[0]).toMatchObject({ likes: 1210, comments: 39 });
  });

  it('does not carry counts into another visit', async () => {
    const db = await freshDb();
    await store(db, profile(at(0), { a: { likes: 1204, comments: 38 } }));
    await store(db, profile(at(60 * 24), {}));
    expect((await latestSnapshot(db, 'instagram:creator'))!.posts[0]).toMatchObject({ likes: null, comments: null });
  });
});

describe('what the same visit does not keep', () => {
  it('keeps nothing once the page set loaded data aside', async () => {
    const db = await freshDb();
    await store(db, profile(at(0), { a: { likes: 99999, comments: 999 } }));
    await store(db, { ...profile(at(1), {}), overruled: ['followers'] });
    expect((await latestSnapshot(db, 'instagram:creator'))!.posts[0]).toMatchObject({ likes: null, comments: null });
  });
});
