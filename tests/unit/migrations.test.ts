import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTLIST_ID, SCHEMA_VERSION, openVetlensDB, type CreatorRecord } from '../../lib/storage/db';
import type { Post } from '../../lib/snapshot';
import { listShortlist } from '../../lib/storage/visits';
import { makeSnapshot } from './helpers/snapshots';

const DAY = 86_400_000;
const NEWEST = Date.parse('2024-11-30T12:00:00.000Z');

function posts(ids: number[], likes: number, newestPublished: number): Post[] {
  return ids.map((n) => ({
    id: `p${n}`,
    url: null,
    // p0 is the newest post; each older one a day earlier.
    publishedAt: new Date(newestPublished - n * DAY).toISOString(),
    likes,
    comments: 1,
    views: null,
    shares: null,
    caption: null,
    hashtags: [],
    pinned: false,
  }));
}

/**
 * A creator visited hourly for 200 days (4,800 visits), as an old release stored them: every visit
 * kept. Each visit shows the 12 posts newest at that time; a post's likes grow with each visit.
 */
function longHistory(key: string) {
  const rows = [];
  for (let h = 200 * 24 - 1; h >= 0; h--) {
    const at = NEWEST - h * 3_600_000;
    const newestPost = Math.floor((NEWEST - at) / DAY); // a new post a day
    const ids = Array.from({ length: 12 }, (_, i) => newestPost + i);
    rows.push({ creatorKey: key, capturedAt: new Date(at).toISOString(), snapshot: makeSnapshot({ handle: key.split(':')[1]!, capturedAt: new Date(at).toISOString(), followers: 1000 + (200 * 24 - h), posts: posts(ids, 200 * 24 - h, NEWEST) }) });
  }
  return rows;
}

function creator(key: string, overrides: Partial<CreatorRecord> = {}): CreatorRecord {
  return {
    key,
    platform: 'instagram',
    handle: key.split(':')[1]!,
    displayName: null,
    url: `https://www.instagram.com/${key.split(':')[1]}/`,
    followers: 1000,
    verified: false,
    firstSeenAt: '2024-11-01T00:00:00.000Z',
    lastSeenAt: '2024-11-01T00:00:00.000Z',
    snapshotCount: 1,
    scores: { overall: 50, engagement: 50, engagementRate: 0.01, authenticity: 90, authenticityVerdict: 'ok', brandFit: null },
    tags: [],
    notes: '',
    status: 'to-contact',
    groupId: null,
    ...overrides,
  };
}

/** Seeds a store the way release `version` wrote it, then opens it with the current code. */
async function seedAt(version: number, name: string) {
  const old = openVetlensDB(name, undefined, version);
  await old.open();
  await old.creators.bulkPut([
    creator('instagram:a', { tags: version < 2 ? [' Travel', 'travel', 'FOOD '] : ['travel', 'food'] }),
    // A record as an early build could leave it: fields missing.
    version < 2 ? ({ ...creator('instagram:b'), notes: undefined, groupId: undefined, status: undefined } as unknown as CreatorRecord) : creator('instagram:b'),
    creator('instagram:c'),
  ]);
  await old.snapshots.bulkAdd(longHistory('instagram:c'));
  await old.snapshots.bulkAdd([
    { creatorKey: 'instagram:a', capturedAt: '2024-11-01T00:00:00.000Z', snapshot: makeSnapshot({ handle: 'a' }) },
    { creatorKey: 'instagram:b', capturedAt: '2024-11-02T00:00:00.000Z', snapshot: makeSnapshot({ handle: 'b' }) },
  ]);
  await old.shortlistEntries.bulkPut([
    { listId: DEFAULT_SHORTLIST_ID, creatorKey: 'instagram:a', addedAt: '2024-11-01T00:00:00.000Z' },
    { listId: DEFAULT_SHORTLIST_ID, creatorKey: 'instagram:b', addedAt: '2024-11-03T00:00:00.000Z' },
  ]);
  await old.briefs.put({ id: 'brief1', brief: { name: 'B' } as never, updatedAt: '2024-11-01T00:00:00.000Z' });
  await old.campaigns.put({ id: 'c1', campaign: { name: 'C' }, updatedAt: '2024-11-01T00:00:00.000Z' });
  await old.settings.put({ key: 'activeBriefId', value: 'brief1' });
  old.close();
}

/** The likes of post `pN` at the last visit that showed it (visits count up to 4,800). */
function expectedNewestLikes(n: number): number {
  // pN is shown while it is among the 12 newest: from its day until 12 days later; the last hour of that window.
  for (let h = 0; h < 200 * 24; h++) {
    const at = NEWEST - h * 3_600_000;
    const newestPost = Math.floor((NEWEST - at) / DAY);
    if (n >= newestPost && n < newestPost + 12) return 200 * 24 - h;
  }
  return -1;
}

describe('store migrations', () => {
  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`upgrades a store written at version ${version} and keeps every record`, async () => {
      const name = `migrate-${version}-${Math.random()}`;
      await seedAt(version, name);
      const db = openVetlensDB(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(await db.creators.count()).toBe(3);
      expect(await db.snapshots.where('creatorKey').anyOf('instagram:a', 'instagram:b').count()).toBe(2);
      expect(await db.shortlistEntries.count()).toBe(2);
      expect(await db.shortlists.get(DEFAULT_SHORTLIST_ID)).toBeDefined();
      expect(await db.briefs.get('brief1')).toBeDefined();
      expect(await db.campaigns.get('c1')).toMatchObject({ campaign: { name: 'C' } });
      expect(await db.settings.get('activeBriefId')).toEqual({ key: 'activeBriefId', value: 'brief1' });
      expect((await db.creators.get('instagram:a'))!.tags).toEqual(['travel', 'food']);
      expect(await db.creators.get('instagram:b')).toMatchObject({ notes: '', groupId: null, status: 'to-contact' });
      // The new index serves the shortlist, newest first.
      expect((await listShortlist(db)).map((r) => r.creator.key)).toEqual(['instagram:b', 'instagram:a']);
      // v4: the long history is compacted: every visit of the last week, then one a day to 90 days, then one a week.
      const history = await db.snapshots.where('[creatorKey+capturedAt]').between(['instagram:c', ''], ['instagram:c', '\uffff']).toArray();
      const age = (row: { capturedAt: string }) => (NEWEST - Date.parse(row.capturedAt)) / DAY;
      expect(history.filter((r) => age(r) < 7)).toHaveLength(7 * 24);
      const daily = history.filter((r) => age(r) >= 7 && age(r) < 90);
      expect(new Set(daily.map((r) => r.capturedAt.slice(0, 10))).size).toBe(daily.length);
      expect(daily.length).toBeGreaterThanOrEqual(82);
      expect(daily.length).toBeLessThanOrEqual(84);
      const weekly = history.filter((r) => age(r) >= 90);
      expect(weekly.length).toBeGreaterThanOrEqual(15);
      expect(weekly.length).toBeLessThanOrEqual(17);
      expect(history.length).toBeLessThan(300);
      // Each kept day keeps that day's last visit, with its own numbers (what the charts show).
      for (const row of daily.slice(1, -1)) {
        expect(row.capturedAt.slice(11, 13)).toBe('23');
        expect(row.snapshot.followers).toBe(1000 + 200 * 24 - (NEWEST - Date.parse(row.capturedAt)) / 3_600_000);
      }
      // The newest reading of each of the newest 60 posts survives somewhere, as the scores merge them.
      const newestReading = new Map<string, number>();
      for (const row of history.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))) for (const p of row.snapshot.posts) newestReading.set(p.id, p.likes!);
      for (let n = 0; n < 60; n++) expect(newestReading.get(`p${n}`), `p${n}`).toBe(expectedNewestLikes(n));
      await db.delete();
    });
  }

  it('adds the campaign results tables at version 3: empty after the upgrade, then read and written', async () => {
    const name = `migrate-results-${Math.random()}`;
    await seedAt(2, name);
    const db = openVetlensDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.resultImports.count()).toBe(0);
    expect(await db.resultMappings.count()).toBe(0);
    await db.resultMappings.put({ id: 'a\u001fb', mapping: { source: 'custom', key: 'a', keyKind: 'code', campaign: null, clicks: null, orders: 'b', revenue: null, date: null, status: null, rowIsOrder: false, decimal: 'auto' }, updatedAt: '2026-03-01T00:00:00.000Z' });
    expect((await db.resultMappings.get('a\u001fb'))?.mapping.orders).toBe('b');
    expect(await db.resultImports.where('campaignId').equals('c1').count()).toBe(0);
    // Everything stored before is still there.
    expect(await db.campaigns.get('c1')).toMatchObject({ campaign: { name: 'C' } });
    expect(await db.creators.count()).toBe(3);
    await db.delete();
  });

  it('has tested every earlier version', () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });
});
