import type { Table, Transaction } from 'dexie';

/**
 * Schema version 4, as released (2026-11-29): bounded history. Each creator's older visits are
 * compacted: a creator's visits of the last week stay as they are; older ones are kept one a day,
 * and those older than 90 days one a week (the newest visit of each day or week). Profile pages and
 * post pages are kept apart. Before a visit goes, the newest reading of each post still needed (the
 * newest 60 by publish date) is folded into the visit kept for that day or week.
 *
 * Frozen: the compaction as that release ran it, whatever lib/storage/compaction.ts does today (see
 * README.md). Rows are typed here only as far as this code reads them; everything else in a row is
 * carried along untouched.
 */

interface OldPost {
  id: string;
  publishedAt?: string | null;
}
interface OldVisit {
  id?: number;
  creatorKey: string;
  capturedAt: string;
  snapshot: { pageKind: string; posts: OldPost[] };
}
type VisitTable = Table<OldVisit, number | undefined>;

const KEEP_ALL_DAYS = 7;
const DAILY_UNTIL_DAYS = 90;
const NEEDED_POSTS = 60;
const MAX_POSTS = 500;
const DAY = 86_400_000;

/** Monday of the UTC week of `t`, as YYYY-MM-DD. */
function weekOf(t: number): string {
  const date = new Date(t);
  const monday = t - ((date.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

function bucketOf(row: OldVisit, reference: number): string | null {
  const t = Date.parse(row.capturedAt);
  const age = reference - t;
  if (!Number.isFinite(t) || age < KEEP_ALL_DAYS * DAY) return null;
  const period = age < DAILY_UNTIL_DAYS * DAY ? `d:${row.capturedAt.slice(0, 10)}` : `w:${weekOf(t)}`;
  return `${period}:${row.snapshot.pageKind}`;
}

/** Post ids still needed: the newest NEEDED_POSTS by publish date across every visit (undated last). */
function neededPostIds(rows: readonly OldVisit[]): Set<string> {
  const published = new Map<string, string>();
  for (const row of rows) for (const post of row.snapshot.posts) published.set(post.id, post.publishedAt ?? published.get(post.id) ?? '');
  const ids = [...published.entries()].sort((a, b) => b[1].localeCompare(a[1])).slice(0, NEEDED_POSTS);
  return new Set(ids.map(([id]) => id));
}

/** Which of one creator's visits go, and what the kept ones take over. Ages count from the creator's newest visit (never later than `now`). */
export function planCompactionV4(rows: readonly OldVisit[], now: number): { remove: number[]; update: OldVisit[] } {
  const sorted = [...rows].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || (a.id ?? 0) - (b.id ?? 0));
  const newest = sorted.at(-1);
  if (!newest) return { remove: [], update: [] };
  const reference = Math.min(Date.parse(newest.capturedAt), now);
  // The newest visit of each bucket is its keeper.
  const keeperOf = new Map<string, OldVisit>();
  const bucketOfRow = new Map<OldVisit, string>();
  for (const row of sorted) {
    const bucket = bucketOf(row, reference);
    if (bucket === null) continue;
    bucketOfRow.set(row, bucket);
    keeperOf.set(bucket, row);
  }
  const removed = sorted.filter((row) => bucketOfRow.has(row) && keeperOf.get(bucketOfRow.get(row)!) !== row);
  if (removed.length === 0) return { remove: [], update: [] };

  // Where each post's newest reading is (later visits overwrite earlier ones).
  const newestReading = new Map<string, { row: OldVisit; post: OldPost }>();
  for (const row of sorted) for (const post of row.snapshot.posts) newestReading.set(post.id, { row, post });
  const needed = neededPostIds(sorted);
  const removedSet = new Set(removed);
  const folded = new Map<OldVisit, OldPost[]>();
  for (const id of needed) {
    const reading = newestReading.get(id);
    if (!reading || !removedSet.has(reading.row)) continue;
    const keeper = keeperOf.get(bucketOfRow.get(reading.row)!)!;
    if (keeper.snapshot.posts.some((p) => p.id === id)) continue;
    folded.set(keeper, [...(folded.get(keeper) ?? []), reading.post]);
  }
  const update = [...folded.entries()].map(([keeper, posts]) => {
    let merged = [...keeper.snapshot.posts, ...posts];
    if (merged.length > MAX_POSTS) {
      // Over the schema's limit: the posts no score needs make room.
      const spare = merged.length - MAX_POSTS;
      const drop = new Set(
        keeper.snapshot.posts
          .filter((p) => !needed.has(p.id))
          .slice(-spare)
          .map((p) => p.id),
      );
      merged = merged.filter((p) => !drop.has(p.id)).slice(0, MAX_POSTS);
    }
    return { ...keeper, snapshot: { ...keeper.snapshot, posts: merged } };
  });
  return { remove: removed.flatMap((row) => (row.id === undefined ? [] : [row.id])), update };
}

/** Compacts one creator's visits in the given snapshots table. Returns how many visits were folded away. */
export async function compactVisitsV4(table: VisitTable, key: string, now = Date.now()): Promise<number> {
  const rows = await table.where('[creatorKey+capturedAt]').between([key, ''], [key, '\uffff']).toArray();
  const plan = planCompactionV4(rows, now);
  if (plan.remove.length === 0) return 0;
  await table.bulkPut(plan.update);
  await table.bulkDelete(plan.remove);
  return plan.remove.length;
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const snapshots = tx.table<OldVisit, number | undefined>('snapshots');
  // creatorKey is always a string.
  const keys = (await snapshots.orderBy('creatorKey').uniqueKeys()) as string[];
  for (const key of keys) await compactVisitsV4(snapshots, String(key));
}
