import { openVetlensDB } from '../storage/db';
import type { CreatorRecord } from '../storage/records';

/**
 * The migration figure's store and its timed upgrade, for whichever IndexedDB is there: fake-indexeddb
 * in Node (bench-store.ts) or Chromium's own (bench-migration-chromium.ts), so both measure the same work.
 */

const N = 10_000;

/** A creator as the benches store it: tags as typed, so upgrade 2 rewrites every record. */
export function creatorRecord(i: number): CreatorRecord {
  return {
    key: `tiktok:creator${i}`,
    platform: 'tiktok',
    handle: `creator${i}`,
    displayName: `Creator ${i}`,
    url: `https://www.tiktok.com/@creator${i}`,
    followers: 1000 + i * 37,
    verified: i % 7 === 0,
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    lastSeenAt: '2026-02-01T00:00:00.000Z',
    snapshotCount: 10,
    scores: { overall: i % 100, engagement: (i * 7) % 100, engagementRate: 0.05, authenticity: 90, authenticityVerdict: 'ok', brandFit: null },
    tags: [' Beauty', 'beauty', 'SKINCARE '],
    notes: '',
    status: 'to-contact',
    groupId: null,
  };
}

/** A store as schema version 1 wrote it, with 10,000 creators on the default shortlist; returns its name. */
export async function version1Store(): Promise<string> {
  const name = `bench-migrate-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const old = openVetlensDB(name, undefined, 1);
  await old.open();
  await old.creators.bulkPut(Array.from({ length: N }, (_, i) => creatorRecord(i)));
  await old.shortlistEntries.bulkPut(
    Array.from({ length: N }, (_, i) => ({
      listId: 'default',
      creatorKey: `tiktok:creator${i}`,
      addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    })),
  );
  old.close();
  return name;
}

/** Milliseconds to open the store under the current schema (every upgrade from version 1); then deletes it. */
export async function timedUpgradeFromVersion1(name: string): Promise<number> {
  const start = performance.now();
  const db = openVetlensDB(name);
  await db.open();
  const ms = performance.now() - start;
  const sample = await db.creators.get('tiktok:creator42');
  if (sample?.tags.join(',') !== 'beauty,skincare') throw new Error('bench migration did not run');
  await db.delete();
  return ms;
}
