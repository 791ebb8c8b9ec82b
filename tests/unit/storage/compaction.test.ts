import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../lib/background/service';
import { COMPACTION, planCompaction } from '../../../lib/storage/compaction';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import type { StoredSnapshot } from '../../../lib/storage/records';
import { HISTORY_SHOWN, storedSnapshots } from '../../../lib/storage/visits';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import type { Post } from '../../../lib/snapshot';
import { makePost, makeSnapshot } from '../helpers/snapshots';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';

const DAY = 86_400_000;
const EXTENSION_ID = 'vetlens-test-id';
const fromTab = { id: EXTENSION_ID, url: 'https://www.instagram.com/lena.travels/', tab: { id: 7 } };

let db: VetlensDB;
let deps: BackgroundDeps;
beforeEach(async () => {
  db = openVetlensDB(`vetlens-compaction-${Math.random()}`);
  await db.open();
  deps = { db, i18n: nodeI18n('en'), extensionId: EXTENSION_ID, contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
});
afterEach(async () => {
  await db.delete();
});

function post(id: string, publishedAt: number, likes: number): Post {
  return makePost({ id, publishedAt: new Date(publishedAt).toISOString(), likes, comments: 1 });
}

function row(id: number, at: number, posts: Post[], pageKind: 'profile' | 'post' = 'profile', followers = 1000): StoredSnapshot {
  const capturedAt = new Date(at).toISOString();
  return { id, creatorKey: 'instagram:lena.travels', capturedAt, snapshot: makeSnapshot({ capturedAt, posts, pageKind, followers }) };
}

describe('history compaction', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('keeps the last week whole, then the newest visit of each day, then of each week', () => {
    const rows = [
      row(1, now - 30 * DAY - 3_600_000, []),
      row(2, now - 30 * DAY, []),
      row(3, now - 200 * DAY - DAY, []),
      row(4, now - 200 * DAY, []),
      row(5, now - 2 * DAY, []),
      row(6, now - 2 * DAY + 60_000 * 40, []),
      row(7, now, []),
    ];
    // Rows 3 and 4 are a day apart: one week unless the later one is a Monday.
    const sameWeek = new Date(now - 200 * DAY).getUTCDay() !== 1;
    const plan = planCompaction(rows, now);
    expect(plan.remove).toEqual(sameWeek ? [3, 1] : [1]);
    expect(plan.update).toEqual([]);
  });

  it('folds the newest reading of a still-needed post into the visit that stays, and lets an unneeded one go', () => {
    const day = Date.parse('2026-02-09T00:00:00Z');
    const recentPosts = Array.from({ length: COMPACTION.neededPosts - 2 }, (_, i) => post(`new${i}`, now - i * 3_600_000, 10));
    const rows = [
      // Morning: the only reading of "a" (still among the newest 60) and of "old" (not needed).
      row(1, day + 8 * 3_600_000, [post('a', day - DAY, 500), post('old', now - 400 * DAY, 5)]),
      // Evening: the day's kept visit, which no longer shows "a".
      row(2, day + 20 * 3_600_000, [post('b', day, 7)], 'profile', 1200),
      row(3, now, recentPosts),
    ];
    const plan = planCompaction(rows, now);
    expect(plan.remove).toEqual([1]);
    expect(plan.update).toHaveLength(1);
    const kept = plan.update[0]!;
    expect(kept.id).toBe(2);
    expect(kept.snapshot.followers).toBe(1200);
    expect(kept.snapshot.posts.map((p) => [p.id, p.likes])).toEqual([
      ['b', 7],
      ['a', 500],
    ]);
  });

  it("keeps a day's profile reading apart from its post-page readings", () => {
    const day = now - 20 * DAY;
    const rows = [
      row(1, day + 3_600_000, [post('p', day, 1)]),
      row(2, day + 2 * 3_600_000, [post('v', day, 9)], 'post'),
      row(3, day + 3 * 3_600_000, [post('w', day, 3)], 'post'),
      row(4, now, []),
    ];
    const plan = planCompaction(rows, now);
    expect(plan.remove).toEqual([2]);
    expect(plan.update.map((r) => [r.id, r.snapshot.posts.map((p) => p.id)])).toEqual([[3, ['w', 'v']]]);
  });

  it('compacts a creator as visits are stored, so history stays bounded', async () => {
    const first = Date.parse('2025-06-01T00:00:00Z');
    // 120 days of a visit every 8 hours, stored as an old release left them.
    await db.snapshots.bulkAdd(
      Array.from({ length: 360 }, (_, i) => ({ ...row(0, first + i * 8 * 3_600_000, [post(`p${i}`, first + i * 8 * 3_600_000, i)]), id: undefined })),
    );
    const snapshot = makeSnapshot({ capturedAt: new Date(first + 360 * 8 * 3_600_000).toISOString() });
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, fromTab, deps);
    expect(response.ok).toBe(true);
    const count = await db.snapshots.count();
    // 7 days × 3 visits + the rest one a day / one a week, instead of 361.
    expect(count).toBeLessThan(130);
    expect(count).toBeGreaterThan(21 + 75);
    // The newest 60 posts' readings are all still stored.
    const ids = new Set((await db.snapshots.toArray()).flatMap((r) => r.snapshot.posts.map((p) => p.id)));
    for (let i = 300; i < 360; i++) expect(ids.has(`p${i}`), `p${i}`).toBe(true);
  });

  it('the side panel loads at most what its chart shows, the newest visits', async () => {
    const first = Date.parse('2025-01-01T00:00:00Z');
    await db.snapshots.bulkAdd(Array.from({ length: HISTORY_SHOWN + 250 }, (_, i) => ({ ...row(0, first + i * 3_600_000, []), id: undefined })));
    const shown = await storedSnapshots(db, 'instagram:lena.travels');
    expect(shown).toHaveLength(HISTORY_SHOWN);
    expect(shown.at(-1)!.capturedAt).toBe(new Date(first + (HISTORY_SHOWN + 249) * 3_600_000).toISOString());
    expect(shown[0]!.capturedAt < shown.at(-1)!.capturedAt).toBe(true);
  });
});
