import type { ForgetItem } from '../messages';
import type { Scores } from '../scoring/types';
import type { ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from './db';
import type { CreatorRecord } from './records';
import { creatorAfterVisit, summarizeScores, visitsOf } from './visits';

/** Only visits this recent can be forgotten: a flood cannot reach into older history. */
const FORGET_RECENT_MS = 15 * 60_000;

/** A creator the marketer has done nothing with: not on a list, no tags, notes, status, links or verdicts on flags. */
async function untouched(db: VetlensDB, creator: CreatorRecord): Promise<boolean> {
  if (creator.tags.length > 0 || creator.notes !== '' || creator.status !== 'to-contact' || creator.groupId !== null) return false;
  if ((await db.shortlistEntries.where('creatorKey').equals(creator.key).count()) > 0) return false;
  return (await db.verdicts.where('creatorKey').equals(creator.key).count()) === 0;
}

/** A visit to take back: by its row when the worker knows which row the tab wrote, else by creator and time. */
export type ForgetRow = ForgetItem & { id?: number };

/**
 * Takes back what a tab stored during a flood: the listed visits (only recent ones), then each
 * creator left without visits that the marketer never touched. A creator with visits left gets its
 * summary back from the newest of them. The worker lists only rows the flooding tab wrote itself
 * (lib/background/rates.ts), so another tab's visit is never among them.
 */
export async function forgetVisits(
  db: VetlensDB,
  items: readonly ForgetRow[],
  score: (snapshot: ProfileSnapshot) => Promise<Scores>,
  now = new Date(),
): Promise<number> {
  const recent = items.filter((item) => {
    const at = Date.parse(item.capturedAt);
    return Number.isFinite(at) && now.getTime() - at < FORGET_RECENT_MS;
  });
  let forgotten = 0;
  const keys = [...new Set(recent.map((item) => item.creatorKey))];
  await db.transaction('rw', [db.snapshots, db.creators, db.shortlistEntries, db.verdicts], async () => {
    for (const item of recent) {
      if (item.id === undefined) {
        forgotten += await db.snapshots.where('[creatorKey+capturedAt]').equals([item.creatorKey, item.capturedAt]).delete();
        continue;
      }
      const row = await db.snapshots.get(item.id);
      const at = row ? Date.parse(row.capturedAt) : NaN;
      if (row?.creatorKey !== item.creatorKey || !(now.getTime() - at < FORGET_RECENT_MS)) continue;
      await db.snapshots.delete(item.id);
      forgotten++;
    }
    for (const key of keys) {
      const creator = await db.creators.get(key);
      if (!creator) continue;
      const left = await visitsOf(db.snapshots, key).count();
      if (left === 0 && Date.parse(creator.firstSeenAt) > now.getTime() - FORGET_RECENT_MS && (await untouched(db, creator))) await db.creators.delete(key);
    }
  });
  // Creators that keep older visits show the newest of those again.
  for (const key of keys) {
    const latest = await visitsOf(db.snapshots, key).last();
    const creator = latest && (await db.creators.get(key));
    if (!latest || !creator || creator.lastSeenAt === latest.capturedAt) continue;
    const scores = summarizeScores(await score(latest.snapshot), latest.snapshot.platform);
    // Read again after scoring, so an edit the marketer made meanwhile (tags, notes) is kept.
    await db.transaction('rw', db.snapshots, db.creators, async () => {
      const current = await db.creators.get(key);
      if (current) await db.creators.put(creatorAfterVisit(current, latest.snapshot, scores, await visitsOf(db.snapshots, key).count()));
    });
  }
  return forgotten;
}
