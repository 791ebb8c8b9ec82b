import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTLIST_ID, SCHEMA_VERSION, openVetlensDB, type CreatorRecord } from '../../lib/db';
import { listShortlist } from '../../lib/store';
import { makeSnapshot } from './helpers/snapshots';

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
  ]);
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

describe('store migrations', () => {
  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`upgrades a store written at version ${version} and keeps every record`, async () => {
      const name = `migrate-${version}-${Math.random()}`;
      await seedAt(version, name);
      const db = openVetlensDB(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(await db.creators.count()).toBe(2);
      expect(await db.snapshots.count()).toBe(2);
      expect(await db.shortlistEntries.count()).toBe(2);
      expect(await db.shortlists.get(DEFAULT_SHORTLIST_ID)).toBeDefined();
      expect(await db.briefs.get('brief1')).toBeDefined();
      expect(await db.campaigns.get('c1')).toMatchObject({ campaign: { name: 'C' } });
      expect(await db.settings.get('activeBriefId')).toEqual({ key: 'activeBriefId', value: 'brief1' });
      expect((await db.creators.get('instagram:a'))!.tags).toEqual(['travel', 'food']);
      expect(await db.creators.get('instagram:b')).toMatchObject({ notes: '', groupId: null, status: 'to-contact' });
      // The new index serves the shortlist, newest first.
      expect((await listShortlist(db)).map((r) => r.creator.key)).toEqual(['instagram:b', 'instagram:a']);
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
    expect(await db.creators.count()).toBe(2);
    await db.delete();
  });

  it('has tested every earlier version', () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });
});
