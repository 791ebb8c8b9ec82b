import type { Collection, Table } from 'dexie';
import { checksRan, type Scores } from '../scoring/types';
import { creatorKey, type Platform, type ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from './db';
import type { CreatorRecord, CreatorScores, StoredSnapshot } from './records';

/**
 * Visits: each page read is stored as a dated snapshot, and the creator's record is brought up to
 * date from it. Reading a creator's visits back (for scores, charts and campaigns) goes through here.
 */

/** Visits to the same page closer together than this are one visit: the newer, fuller snapshot replaces the older. */
const SAME_VISIT_MS = 30 * 60 * 1000;
/** Earlier visits a score merges (lib/scoring/merge.ts): the newest this many before the one scored. */
export const SCORING_HISTORY = 50;
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

const OVERALL_PARTS = ['engagement', 'reach', 'authenticity', 'brandFit'] as const;

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
 * Stores a visit: one dated snapshot per visit, plus the creator's latest summary, in one
 * transaction so a stopped worker never leaves one without the other.
 */
export async function recordSnapshot(db: VetlensDB, snapshot: ProfileSnapshot, scores: Scores): Promise<string> {
  const key = creatorKey(snapshot);
  await db.transaction('rw', db.snapshots, db.creators, async () => {
    const [last, existing] = await Promise.all([visitsOf(db.snapshots, key).last(), db.creators.get(key)]);
    // A video opened right after the channel page is another page, not the same visit: both are kept.
    const sameVisit = last && samePage(last.snapshot, snapshot) && Math.abs(Date.parse(snapshot.capturedAt) - Date.parse(last.capturedAt)) < SAME_VISIT_MS;
    const row: StoredSnapshot = { creatorKey: key, capturedAt: snapshot.capturedAt, snapshot };
    if (sameVisit && last?.id !== undefined) await db.snapshots.put({ ...row, id: last.id });
    else await db.snapshots.add(row);
    const count = (existing?.snapshotCount ?? 0) + (sameVisit ? 0 : 1);
    await db.creators.put(creatorAfterVisit(existing, snapshot, summarizeScores(scores, snapshot.platform), count));
  });
  return key;
}
