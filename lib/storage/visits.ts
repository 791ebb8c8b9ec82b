import type { CreatorRecord, ShortlistEntry, StoredSnapshot, VetlensDB } from './db';
import { DEFAULT_SHORTLIST_ID } from './db';
import { creatorKey, type Platform, type ProfileSnapshot } from '../snapshot';
import type { Scores } from '../scoring/types';

/** Visits to the same page closer together than this are one visit: the newer, fuller snapshot replaces the older. */
export const SAME_VISIT_MS = 30 * 60 * 1000;
const HISTORY_LIMIT = 50;

export function summarizeScores(scores: Scores, platform: Platform): CreatorRecord['scores'] {
  return {
    overall: scores.overall.score,
    engagement: scores.engagement.score,
    // Views per follower (channel pages without likes) is not an engagement rate: not stored as one.
    engagementRate: scores.engagement.basis === 'followers' && platform !== 'instagram' ? null : scores.engagement.rate,
    reach: scores.reach?.score ?? null,
    authenticity: scores.authenticity.score,
    authenticityVerdict: scores.authenticity.verdict,
    brandFit: scores.brandFit?.score ?? null,
  };
}

/** Whether two snapshots were read from the same page: the profile, or the same post's page. */
function samePage(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  if (a.pageKind !== b.pageKind) return false;
  return a.pageKind === 'profile' || a.posts[0]?.id === b.posts[0]?.id;
}

/** The creator's profile address, for a creator first seen on one of their posts. */
export function profileUrl(snapshot: Pick<ProfileSnapshot, 'platform' | 'handle' | 'platformId' | 'url'>): string {
  const { platform, handle, platformId } = snapshot;
  if (handle && platform === 'instagram') return `https://www.instagram.com/${encodeURIComponent(handle)}/`;
  if (handle) return `https://www.${platform}.com/@${encodeURIComponent(handle)}`;
  if (platform === 'youtube' && platformId) return `https://www.youtube.com/channel/${encodeURIComponent(platformId)}`;
  return snapshot.url;
}

/** Earlier snapshots of a creator, oldest first, not counting the visit being scored. */
export async function historyFor(db: VetlensDB, key: string, before?: string): Promise<ProfileSnapshot[]> {
  const rows = await db.snapshots
    .where('[creatorKey+capturedAt]')
    .between([key, ''], [key, before ?? '\uffff'], true, false)
    .reverse()
    .limit(HISTORY_LIMIT)
    .toArray();
  return rows.reverse().map((r) => r.snapshot);
}

/**
 * Stores a visit: one dated snapshot per visit, plus the creator's latest summary, in one
 * transaction so a stopped worker never leaves one without the other.
 */
export async function recordSnapshot(db: VetlensDB, snapshot: ProfileSnapshot, scores: Scores): Promise<string> {
  const key = creatorKey(snapshot);
  await db.transaction('rw', db.snapshots, db.creators, async () => {
    const last = await db.snapshots.where('[creatorKey+capturedAt]').between([key, ''], [key, '\uffff']).last();
    // A video opened right after the channel page is another page, not the same visit: both are kept.
    const sameVisit = last && samePage(last.snapshot, snapshot) && Math.abs(Date.parse(snapshot.capturedAt) - Date.parse(last.capturedAt)) < SAME_VISIT_MS;
    const row: StoredSnapshot = { creatorKey: key, capturedAt: snapshot.capturedAt, snapshot };
    if (sameVisit && last?.id !== undefined) await db.snapshots.put({ ...row, id: last.id });
    else await db.snapshots.add(row);
    const existing = await db.creators.get(key);
    const record: CreatorRecord = {
      key,
      platform: snapshot.platform,
      handle: snapshot.handle,
      displayName: snapshot.displayName ?? existing?.displayName ?? null,
      // A post page's address is the post's: the record keeps the profile's.
      url: snapshot.pageKind === 'profile' ? snapshot.url : (existing?.url ?? profileUrl(snapshot)),
      followers: snapshot.followers ?? existing?.followers ?? null,
      verified: snapshot.verified ?? existing?.verified ?? null,
      firstSeenAt: existing?.firstSeenAt ?? snapshot.capturedAt,
      lastSeenAt: snapshot.capturedAt,
      snapshotCount: (existing?.snapshotCount ?? 0) + (sameVisit ? 0 : 1),
      scores: summarizeScores(scores, snapshot.platform),
      tags: existing?.tags ?? [],
      notes: existing?.notes ?? '',
      status: existing?.status ?? 'to-contact',
      groupId: existing?.groupId ?? null,
    };
    await db.creators.put(record);
  });
  return key;
}

export async function isShortlisted(db: VetlensDB, key: string, listId = DEFAULT_SHORTLIST_ID): Promise<boolean> {
  return (await db.shortlistEntries.get([listId, key])) !== undefined;
}

export async function setShortlisted(db: VetlensDB, key: string, on: boolean, listId = DEFAULT_SHORTLIST_ID, now = new Date()): Promise<boolean> {
  await db.transaction('rw', db.shortlistEntries, async () => {
    if (on) {
      const existing = await db.shortlistEntries.get([listId, key]);
      if (!existing) await db.shortlistEntries.put({ listId, creatorKey: key, addedAt: now.toISOString() });
    } else {
      await db.shortlistEntries.delete([listId, key]);
    }
  });
  return on;
}

export interface ShortlistRow {
  entry: ShortlistEntry;
  creator: CreatorRecord;
}

/** A shortlist's creators, newest first. */
export async function listShortlist(db: VetlensDB, listId = DEFAULT_SHORTLIST_ID, limit?: number): Promise<ShortlistRow[]> {
  let query = db.shortlistEntries.where('[listId+addedAt]').between([listId, ''], [listId, '\uffff']).reverse();
  if (limit !== undefined) query = query.limit(limit);
  const picked = await query.toArray();
  const creators = await db.creators.bulkGet(picked.map((e) => e.creatorKey));
  return picked.flatMap((entry, i) => (creators[i] ? [{ entry, creator: creators[i]! }] : []));
}
