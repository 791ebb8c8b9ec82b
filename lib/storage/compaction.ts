import { POST_LIMITS } from '../limits';
import type { Post } from '../snapshot';
import type { VetlensDB } from './db';
import type { StoredSnapshot } from './records';
import { visitsOf, type SnapshotTable } from './visits';

/**
 * Bounded history. A creator's visits of the last week stay as they are; older ones are kept one a
 * day, and those older than 90 days one a week: the newest visit of each day or week, which holds
 * the numbers the history charts show (followers, and the posts its engagement rate comes from).
 * Profile pages and post pages are kept apart, so a day keeps its profile reading.
 *
 * Scores merge the posts of every stored visit of a creator, newest reading first; so before a
 * visit goes, the newest reading of each post still needed (the newest `POST_LIMITS.keptByCompaction`
 * by publish date) is
 * folded into the visit kept for that day or week, which is newer than the one that goes.
 */
export const COMPACTION = {
  keepAllDays: 7,
  dailyUntilDays: 90,
  neededPosts: POST_LIMITS.keptByCompaction,
  /** What the snapshot schema allows. */
  maxPosts: POST_LIMITS.perSnapshot,
} as const;

const DAY = 86_400_000;

/** Monday of the UTC week of `t`, as YYYY-MM-DD. */
function weekOf(t: number): string {
  const date = new Date(t);
  const monday = t - ((date.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

function bucketOf(row: StoredSnapshot, reference: number): string | null {
  const t = Date.parse(row.capturedAt);
  const age = reference - t;
  if (!Number.isFinite(t) || age < COMPACTION.keepAllDays * DAY) return null;
  const period = age < COMPACTION.dailyUntilDays * DAY ? `d:${row.capturedAt.slice(0, 10)}` : `w:${weekOf(t)}`;
  return `${period}:${row.snapshot.pageKind}`;
}

/** Post ids still needed: the newest `neededPosts` by publish date across every visit (undated last). */
function neededPostIds(rows: readonly StoredSnapshot[]): Set<string> {
  const published = new Map<string, string>();
  for (const row of rows) for (const post of row.snapshot.posts) published.set(post.id, post.publishedAt ?? published.get(post.id) ?? '');
  const ids = [...published.entries()].sort((a, b) => b[1].localeCompare(a[1])).slice(0, COMPACTION.neededPosts);
  return new Set(ids.map(([id]) => id));
}

interface CompactionPlan {
  remove: number[];
  /** Kept visits that received posts from removed ones. */
  update: StoredSnapshot[];
}

/**
 * Which of one creator's stored visits go, and what the kept ones take over from them. Ages count
 * from the creator's newest visit (never later than `now`), so a creator not visited for a year
 * keeps the detail of that last week.
 */
export function planCompaction(rows: readonly StoredSnapshot[], now = Date.now()): CompactionPlan {
  const sorted = [...rows].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || (a.id ?? 0) - (b.id ?? 0));
  const newest = sorted.at(-1);
  if (!newest) return { remove: [], update: [] };
  const reference = Math.min(Date.parse(newest.capturedAt), now);
  // The newest visit of each bucket is its keeper.
  const keeperOf = new Map<string, StoredSnapshot>();
  const bucketOfRow = new Map<StoredSnapshot, string>();
  for (const row of sorted) {
    const bucket = bucketOf(row, reference);
    if (bucket === null) continue;
    bucketOfRow.set(row, bucket);
    keeperOf.set(bucket, row);
  }
  const removed = sorted.filter((row) => bucketOfRow.has(row) && keeperOf.get(bucketOfRow.get(row)!) !== row);
  if (removed.length === 0) return { remove: [], update: [] };

  // Where each post's newest reading is (later visits overwrite earlier ones).
  const newestReading = new Map<string, { row: StoredSnapshot; post: Post }>();
  for (const row of sorted) for (const post of row.snapshot.posts) newestReading.set(post.id, { row, post });
  const needed = neededPostIds(sorted);
  const removedSet = new Set(removed);
  const folded = new Map<StoredSnapshot, Post[]>();
  for (const id of needed) {
    const reading = newestReading.get(id);
    if (!reading || !removedSet.has(reading.row)) continue;
    const keeper = keeperOf.get(bucketOfRow.get(reading.row)!)!;
    if (keeper.snapshot.posts.some((p) => p.id === id)) continue;
    folded.set(keeper, [...(folded.get(keeper) ?? []), reading.post]);
  }
  const update = [...folded.entries()].map(([keeper, posts]) => {
    let merged = [...keeper.snapshot.posts, ...posts];
    if (merged.length > COMPACTION.maxPosts) {
      // Over the schema's limit: the posts no score needs make room.
      const spare = merged.length - COMPACTION.maxPosts;
      const drop = new Set(
        keeper.snapshot.posts
          .filter((p) => !needed.has(p.id))
          .slice(-spare)
          .map((p) => p.id),
      );
      merged = merged.filter((p) => !drop.has(p.id)).slice(0, COMPACTION.maxPosts);
    }
    return { ...keeper, snapshot: { ...keeper.snapshot, posts: merged } };
  });
  return { remove: removed.flatMap((row) => (row.id === undefined ? [] : [row.id])), update };
}

/** Compacts one creator's history in the given table (a live store or a migration's). */
export async function compactRows(table: SnapshotTable, key: string, now = Date.now()): Promise<number> {
  const rows = await visitsOf(table, key).toArray();
  const plan = planCompaction(rows, now);
  if (plan.remove.length === 0) return 0;
  await table.bulkPut(plan.update);
  await table.bulkDelete(plan.remove);
  return plan.remove.length;
}

/** Compacts one creator's history, in one transaction. Returns how many visits were folded away. */
export function compactCreatorHistory(db: VetlensDB, key: string, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.snapshots, () => compactRows(db.snapshots, key, now));
}
