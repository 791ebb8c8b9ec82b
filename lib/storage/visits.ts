import type { Collection, Table } from 'dexie';
import { OVERALL_PARTS, checksRan, type Scores } from '../scoring/types';
import { creatorKey, type Platform, type ProfileSnapshot } from '../snapshot';
import { SNAPSHOT_LIMITS } from '../bounds';
import { SCORING_HISTORY_VISITS } from '../limits';
import type { VetlensDB } from './db';
import type { CreatorRecord, CreatorScores, StoredSnapshot } from './records';
import { withCountsShownEarlier } from './same-visit';

/**
 * Visits: each page read is stored as a dated snapshot, and the creator's record is brought up to
 * date from it. Reading a creator's visits back (for scores, charts and campaigns) goes through here.
 */

/** Visits to the same page closer together than this are one visit: the newer, fuller snapshot replaces the older. */
const SAME_VISIT_MS = 30 * 60 * 1000;
/** Earlier visits a score merges (lib/scoring/merge.ts): the newest this many before the one scored. */
export const SCORING_HISTORY = SCORING_HISTORY_VISITS;
/**
 * The most visits a creator's history chart shows. Compacted history (lib/storage/compaction.ts)
 * stays well under it for years; the side panel loads only these, never the whole store.
 */
export const HISTORY_SHOWN = 400;

/** The snapshots table of the live store, or of a migration's transaction. */
export type SnapshotTable = Table<StoredSnapshot, number | undefined, StoredSnapshot> | Table<StoredSnapshot, number>;

/**
 * One creator's stored visits, oldest first, through the `[creatorKey+capturedAt]` index: those
 * captured from `from` (included) until `before` (left out), by default all of them.
 */
export function visitsOf(table: SnapshotTable, key: string, range: { from?: string; before?: string } = {}): Collection<StoredSnapshot, number | undefined> {
  return (table as Table<StoredSnapshot, number | undefined>)
    .where('[creatorKey+capturedAt]')
    .between([key, range.from ?? ''], [key, range.before ?? '\uffff'], true, false);
}

export function summarizeScores(scores: Scores, platform: Platform): CreatorScores {
  return {
    overall: scores.overall.score,
    engagement: scores.engagement.score,
    // Views per follower (channel pages without likes) is not an engagement rate: not stored as one.
    engagementRate: scores.engagement.basis === 'followers' && platform !== 'instagram' ? null : scores.engagement.rate,
    reach: scores.reach?.score ?? null,
    authenticity: scores.authenticity.score,
    authenticityVerdict: scores.authenticity.verdict,
    authenticityConfidence: scores.authenticity.confidence,
    authenticityChecks: scores.authenticity.checks ? checksRan(scores.authenticity.checks) : null,
    brandFit: scores.brandFit?.score ?? null,
    confidence: {
      overall: scores.overall.confidence,
      engagement: scores.engagement.confidence,
      reach: scores.reach?.confidence ?? null,
      brandFit: scores.brandFit?.confidence ?? null,
    },
    engagementBasis: scores.engagement.rate === null ? null : scores.engagement.basis,
    overallParts: OVERALL_PARTS.filter((part) => (scores.overall.shares?.[part] ?? 0) > 0),
  };
}

/** Whether two snapshots were read from the same page: the profile, or the same post's page. */
function samePage(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  if (a.pageKind !== b.pageKind) return false;
  return a.pageKind === 'profile' || a.posts[0]?.id === b.posts[0]?.id;
}

/** The creator's profile address, for a creator first seen on one of their posts. */
function profileUrl(snapshot: Pick<ProfileSnapshot, 'platform' | 'handle' | 'platformId' | 'url'>): string {
  const { platform, handle, platformId } = snapshot;
  if (handle && platform === 'instagram') return `https://www.instagram.com/${encodeURIComponent(handle)}/`;
  if (handle) return `https://www.${platform}.com/@${encodeURIComponent(handle)}`;
  if (platform === 'youtube' && platformId) return `https://www.youtube.com/channel/${encodeURIComponent(platformId)}`;
  return snapshot.url;
}

/**
 * A creator's record as a visit leaves it: what the snapshot shows replaces what was known, what it
 * does not show is kept, and the marketer's own fields (tags, notes, status, group) stay as they
 * were, or start empty for a new creator.
 */
export function creatorAfterVisit(existing: CreatorRecord | undefined, snapshot: ProfileSnapshot, scores: CreatorScores, snapshotCount: number): CreatorRecord {
  return {
    key: existing?.key ?? creatorKey(snapshot),
    platform: snapshot.platform,
    handle: snapshot.handle ?? existing?.handle ?? null,
    displayName: snapshot.displayName ?? existing?.displayName ?? null,
    // A post page's address is the post's: the record keeps the profile's.
    url: snapshot.pageKind === 'profile' ? snapshot.url : (existing?.url ?? profileUrl(snapshot)),
    followers: snapshot.followers ?? existing?.followers ?? null,
    verified: snapshot.verified ?? existing?.verified ?? null,
    firstSeenAt: existing?.firstSeenAt ?? snapshot.capturedAt,
    lastSeenAt: snapshot.capturedAt,
    snapshotCount,
    scores,
    tags: existing?.tags ?? [],
    notes: existing?.notes ?? '',
    status: existing?.status ?? 'to-contact',
    groupId: existing?.groupId ?? null,
  };
}

/**
 * A creator's stored visits, oldest first: the newest `limit` of them, captured before `before`
 * when given (the visit being scored is not its own history).
 */
export async function storedSnapshots(db: VetlensDB, key: string, options: { before?: string; limit?: number } = {}): Promise<ProfileSnapshot[]> {
  const rows = await visitsOf(db.snapshots, key, { before: options.before })
    .reverse()
    .limit(options.limit ?? HISTORY_SHOWN)
    .toArray();
  return rows.reverse().map((r) => r.snapshot);
}

/** The creator's newest stored visit, or null. */
export async function latestSnapshot(db: VetlensDB, key: string): Promise<ProfileSnapshot | null> {
  return (await visitsOf(db.snapshots, key).last())?.snapshot ?? null;
}

/**
 * Pages of one creator kept apart within a visit (SAME_VISIT_MS): a person opens a few of their
 * posts or videos; a page loading post after post (a flood) gets no more rows than this. Later post
 * pages fold into the newest post page's row, which keeps each post's newest reading.
 */
export const PAGES_PER_VISIT = 12;

/** What storing one visit did, so the tab that sent it can take back exactly that (lib/background/rates.ts). */
export interface StoredVisit {
  key: string;
  /** The row the snapshot went into; null when it was not stored (its visit is full and the row is another tab's). */
  rowId: number | null;
  /** The row is new; false when the snapshot replaced or folded into a row the same sender wrote. */
  createdRow: boolean;
  createdCreator: boolean;
}

/** The newer post page with the older row's posts it does not show, newest reading first, within the snapshot's post limit. */
function foldPosts(older: ProfileSnapshot, newer: ProfileSnapshot, maxPosts: number): ProfileSnapshot {
  const shown = new Set(newer.posts.map((p) => p.id));
  return { ...newer, posts: [...newer.posts, ...older.posts.filter((p) => !shown.has(p.id))].slice(0, maxPosts) };
}

/**
 * Stores a visit: one dated snapshot per visit, plus the creator's latest summary, in one
 * transaction so a stopped worker never leaves one without the other. A re-read of the same page
 * within a visit replaces the row, and post pages beyond PAGES_PER_VISIT fold into the newest, but
 * only into a row `mayReplace` allows: the worker allows only rows the same tab wrote, so one tab
 * never changes what another stored (and a flood's takeback removes only its own rows).
 */
export async function storeVisit(
  db: VetlensDB,
  snapshot: ProfileSnapshot,
  scores: Scores,
  options: { mayReplace?: (rowId: number) => boolean; maxPosts?: number } = {},
): Promise<StoredVisit> {
  const key = creatorKey(snapshot);
  const mayReplace = options.mayReplace ?? (() => true);
  const at = Date.parse(snapshot.capturedAt);
  return db.transaction('rw', db.snapshots, db.creators, async () => {
    const [recent, existing] = await Promise.all([
      visitsOf(db.snapshots, key, { from: new Date(at - SAME_VISIT_MS).toISOString() }).toArray(),
      db.creators.get(key),
    ]);
    const last = recent.at(-1) ?? (await visitsOf(db.snapshots, key).last());
    // A video opened right after the channel page is another page, not the same visit: both are kept.
    const sameVisit = last && samePage(last.snapshot, snapshot) && Math.abs(at - Date.parse(last.capturedAt)) < SAME_VISIT_MS;
    const row: StoredSnapshot = { creatorKey: key, capturedAt: snapshot.capturedAt, snapshot };
    let target: StoredSnapshot | undefined;
    if (sameVisit && last?.id !== undefined && mayReplace(last.id)) target = last;
    else if (!sameVisit && snapshot.pageKind === 'post' && recent.filter((r) => r.snapshot.pageKind === 'post').length >= PAGES_PER_VISIT) {
      // A full visit: fold into the newest post page this sender wrote, or keep nothing.
      const own = recent.filter((r) => r.snapshot.pageKind === 'post' && r.id !== undefined && mayReplace(r.id)).at(-1);
      if (!own) return { key, rowId: null, createdRow: false, createdCreator: false };
      target = { ...own, snapshot: foldPosts(own.snapshot, snapshot, options.maxPosts ?? SNAPSHOT_LIMITS.posts) };
    }
    let rowId: number;
    if (target?.id !== undefined) {
      rowId = target.id;
      // A re-read of the same page keeps counts it showed earlier in the visit (Instagram's grid hover: lib/storage/same-visit.ts).
      await db.snapshots.put({ ...row, snapshot: target === last ? withCountsShownEarlier(target.snapshot, snapshot) : target.snapshot, id: target.id });
    } else rowId = (await db.snapshots.add(row)) as number;
    const count = (existing?.snapshotCount ?? 0) + (target ? 0 : 1);
    await db.creators.put(creatorAfterVisit(existing, snapshot, summarizeScores(scores, snapshot.platform), count));
    return { key, rowId, createdRow: !target, createdCreator: !existing };
  });
}

/** Stores a visit (see `storeVisit`) where any earlier row of the visit may be replaced. */
export async function recordSnapshot(db: VetlensDB, snapshot: ProfileSnapshot, scores: Scores): Promise<string> {
  return (await storeVisit(db, snapshot, scores)).key;
}
