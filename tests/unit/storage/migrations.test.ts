import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../../lib/brief';
import { newCampaign } from '../../../lib/campaign/schema';
import type { Post } from '../../../lib/snapshot';
import { SCHEMA_VERSION, openVetlensDB } from '../../../lib/storage/db';
import { DEFAULT_SHORTLIST_ID, ROW_SCHEMAS, STORED_TABLES, type CreatorRecord } from '../../../lib/storage/records';
import { tidyCreatorV2 } from '../../../lib/storage/migrations/v2';
import { compactVisitsV4 } from '../../../lib/storage/migrations/v4';
import { repairCreatorV5 } from '../../../lib/storage/migrations/v5';
import { settingRule } from '../../../lib/storage/settings';
import { loadNewestWorkspaceRows } from '../../../lib/storage/workspace';
import { importOf, springCampaign } from '../campaign/results/fixtures';
import { makePost, makeSnapshot } from '../helpers/snapshots';
import { watchTables } from '../helpers/store-watch';

const DAY = 86_400_000;
const NEWEST = Date.parse('2024-11-30T12:00:00.000Z');

function posts(ids: number[], likes: number, newestPublished: number): Post[] {
  // p0 is the newest post; each older one a day earlier.
  return ids.map((n) => makePost({ id: `p${n}`, publishedAt: new Date(newestPublished - n * DAY).toISOString(), likes, comments: 1 }));
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
    rows.push({
      creatorKey: key,
      capturedAt: new Date(at).toISOString(),
      snapshot: makeSnapshot({
        handle: key.split(':')[1]!,
        capturedAt: new Date(at).toISOString(),
        followers: 1000 + (200 * 24 - h),
        posts: posts(ids, 200 * 24 - h, NEWEST),
      }),
    });
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

/** The tables each release had: results arrived with version 3, the marketer's verdicts with version 6. */
function tablesAt(version: number): string[] {
  const first = ['snapshots', 'creators', 'shortlists', 'shortlistEntries', 'briefs', 'campaigns', 'settings'];
  return [...first, ...(version >= 3 ? ['resultImports', 'resultMappings'] : []), ...(version >= 6 ? ['verdicts'] : [])].sort();
}

const BRIEF = { id: 'brief1', brief: emptyBrief('Glow serum'), updatedAt: '2024-11-01T00:00:00.000Z' };
const CAMPAIGN = newCampaign({
  id: 'c1',
  name: 'Winter',
  now: new Date('2024-11-01T00:00:00.000Z'),
  creators: [{ creatorKey: 'instagram:a', platform: 'instagram', handle: 'a' }],
});
const SETTINGS = [
  { key: 'activeBriefId', value: 'brief1' },
  { key: 'weights', value: { engagement: 0.5, authenticity: 0.3, brandFit: 0.2 } },
];
const MAPPING = {
  id: 'a\u001fb',
  mapping: {
    source: 'custom',
    key: 'a',
    keyKind: 'code',
    campaign: null,
    clicks: null,
    orders: 'b',
    revenue: null,
    date: null,
    status: null,
    rowIsOrder: false,
    decimal: 'auto',
  },
  updatedAt: '2026-03-01T00:00:00.000Z',
} as const;
const RESULT_IMPORT = importOf('shopify-sales-by-discount.csv', springCampaign());

/** The three creators as release `version` stored them (see seedAt). */
function creatorsAt(version: number): CreatorRecord[] {
  return [
    creator('instagram:a', {
      tags: version < 2 ? [' Travel', 'travel', 'FOOD ', 'İdman'] : version < 5 ? ['Travel', 'travel', 'food', 'İdman'] : ['travel', 'food', 'idman'],
    }),
    // A record as an early build could leave it: fields missing.
    version < 2
      ? ({ ...creator('instagram:b'), notes: undefined, groupId: undefined, status: undefined } as unknown as CreatorRecord)
      : creator('instagram:b', { tags: [version < 5 ? 'Food' : 'food'] }),
    creator('instagram:c', { notes: 'Met at the fair', status: 'negotiating' }),
  ];
}

/**
 * Seeds a store the way release `version` wrote it: its tables only, tags as its writers left them
 * (version 1 kept them as typed; versions 2 to 4 trimmed them but kept their case; version 5 applied the tag rule), and a history
 * of visits compacted only from version 4 on. Then opens it with the current code.
 */
async function seedAt(version: number, name: string) {
  const old = openVetlensDB(name, undefined, version);
  await old.open();
  await old.creators.bulkPut(creatorsAt(version));
  await old.snapshots.bulkAdd(longHistory('instagram:c'));
  // Releases 4 and 5 compacted as they stored, with the compaction of release 4.
  if (version >= 4) await compactVisitsV4(old.table('snapshots'), 'instagram:c', NEWEST);
  await old.snapshots.bulkAdd([
    {
      creatorKey: 'instagram:a',
      capturedAt: '2024-11-01T00:00:00.000Z',
      snapshot: makeSnapshot({ handle: 'a', url: 'https://www.instagram.com/a/', capturedAt: '2024-11-01T00:00:00.000Z' }),
    },
    {
      creatorKey: 'instagram:b',
      capturedAt: '2024-11-02T00:00:00.000Z',
      snapshot: makeSnapshot({ handle: 'b', url: 'https://www.instagram.com/b/', capturedAt: '2024-11-02T00:00:00.000Z' }),
    },
  ]);
  await old.shortlistEntries.bulkPut([
    { listId: DEFAULT_SHORTLIST_ID, creatorKey: 'instagram:a', addedAt: '2024-11-01T00:00:00.000Z' },
    { listId: DEFAULT_SHORTLIST_ID, creatorKey: 'instagram:b', addedAt: '2024-11-03T00:00:00.000Z' },
  ]);
  await old.briefs.put(BRIEF);
  await old.campaigns.put({ id: CAMPAIGN.id, campaign: CAMPAIGN, updatedAt: CAMPAIGN.updatedAt });
  await old.settings.bulkPut(SETTINGS);
  if (version >= 3) {
    await old.resultImports.put(RESULT_IMPORT);
    await old.resultMappings.put(MAPPING);
  }
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
    it(`upgrades a store written at version ${version}: every record kept, every row valid`, async () => {
      const name = `migrate-${version}-${Math.random()}`;
      await seedAt(version, name);
      // The seed is really that release's store: its version and its tables, opened without our schema.
      const raw = new Dexie(name);
      await raw.open();
      expect(raw.verno).toBe(version);
      expect(raw.tables.map((t) => t.name).sort()).toEqual(tablesAt(version));
      raw.close();

      const db = openVetlensDB(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(db.tables.map((t) => t.name).sort()).toEqual(tablesAt(SCHEMA_VERSION));
      // Every row reads back valid by its table's schema, and already in the form the rules give it.
      for (const table of STORED_TABLES) {
        for (const row of await db.table(table).toArray()) {
          const parsed = ROW_SCHEMAS[table].safeParse(row);
          expect(parsed.success && parsed.data, `${table} ${JSON.stringify(row).slice(0, 80)}`).toEqual(row);
        }
      }
      for (const setting of await db.settings.toArray()) expect(settingRule(setting.key).safeParse(setting.value).success, setting.key).toBe(true);

      expect(await db.creators.count()).toBe(3);
      // Tags follow the tag rule: lower case, once each, a dotted capital İ as a plain i.
      expect((await db.creators.get('instagram:a'))!.tags).toEqual(['travel', 'food', 'idman']);
      expect(await db.creators.get('instagram:b')).toMatchObject({ notes: '', groupId: null, status: 'to-contact', tags: version < 2 ? [] : ['food'] });
      expect(await db.creators.get('instagram:c')).toMatchObject({ notes: 'Met at the fair', status: 'negotiating' });
      expect(await db.snapshots.where('creatorKey').anyOf('instagram:a', 'instagram:b').count()).toBe(2);
      expect(await db.shortlists.get(DEFAULT_SHORTLIST_ID)).toBeDefined();
      expect(await db.briefs.get('brief1')).toEqual(BRIEF);
      expect(await db.campaigns.get('c1')).toEqual({ id: 'c1', campaign: CAMPAIGN, updatedAt: CAMPAIGN.updatedAt });
      expect(await db.settings.toArray()).toEqual(SETTINGS);
      expect(await db.resultImports.toArray()).toEqual(version >= 3 ? [RESULT_IMPORT] : []);
      expect(await db.resultMappings.toArray()).toEqual(version >= 3 ? [MAPPING] : []);
      expect(await db.verdicts.count()).toBe(0);
      // The shortlist lists newest first from the version 2 index.
      expect((await loadNewestWorkspaceRows(db, DEFAULT_SHORTLIST_ID)).map((r) => r.creator.key)).toEqual(['instagram:b', 'instagram:a']);

      // The long history is compacted (by the version 4 upgrade, or as that release stored it):
      // every visit of the last week, then one a day to 90 days, then one a week.
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

  it('writes back only the records an upgrade changes: each released upgrade leaves tidy records unwritten', async () => {
    const name = `migrate-writes-${Math.random()}`;
    const old = openVetlensDB(name, undefined, 1);
    await old.open();
    await old.creators.bulkPut(creatorsAt(1));
    old.close();
    const db = openVetlensDB(name);
    const written: string[] = [];
    watchTables(db, 'count-creator-writes', (tableName, table) =>
      tableName === 'creators'
        ? {
            mutate: (request) => {
              if (request.type === 'put') written.push(...request.values.map((row: CreatorRecord) => row.key));
              return table.mutate(request);
            },
          }
        : {},
    );
    await db.open();
    // Version 2 tidies a's tags and fills b's missing fields; c was tidy. Version 5's tag rule then
    // turns a's dotted "i̇dman" (lower-cased by version 2) into "idman"; b and c follow it already.
    expect(written).toEqual(['instagram:a', 'instagram:b', 'instagram:a']);
    expect((await db.creators.get('instagram:a'))!.tags).toEqual(['travel', 'food', 'idman']);
    await db.delete();
  });

  it('upgrades every record of a store larger than the upgrades read at a time', async () => {
    const name = `migrate-many-${Math.random()}`;
    const old = openVetlensDB(name, undefined, 1);
    await old.open();
    // Keys sort as text ("instagram:c10" before "instagram:c2"): every record must still be read once.
    await old.creators.bulkPut(Array.from({ length: 2_500 }, (_, i) => creator(`instagram:c${i}`, { tags: [` Tag${i % 3} `, 'TAG0'] })));
    old.close();
    const db = openVetlensDB(name);
    await db.open();
    const creators = await db.creators.toArray();
    expect(creators).toHaveLength(2_500);
    const expectedTags = (key: string) => {
      const n = Number(key.slice('instagram:c'.length)) % 3;
      return n === 0 ? ['tag0'] : [`tag${n}`, 'tag0'];
    };
    expect(creators.filter((c) => c.tags.join() !== expectedTags(c.key).join()).map((c) => c.key)).toEqual([]);
    expect((await db.creators.get('instagram:c2498'))!.tags).toEqual(['tag2', 'tag0']);
    await db.delete();
  });

  it('runs each released upgrade as it was released: version 2 trims and lower-cases tags, version 5 applies the later tag rule', () => {
    const creator = { tags: ['  Two  Words ', 'İdman', 'two  words'], notes: 'kept', groupId: null, status: 'contacted' };
    expect(tidyCreatorV2(creator)).toBe(true);
    expect(creator).toEqual({ tags: ['two  words', 'i\u0307dman'], notes: 'kept', groupId: null, status: 'contacted' });
    expect(tidyCreatorV2(creator)).toBe(false);
    expect(repairCreatorV5(creator)).toBe(true);
    expect(creator).toEqual({ tags: ['two words', 'idman'], notes: 'kept', groupId: null, status: 'contacted' });
    expect(repairCreatorV5(creator)).toBe(false);
    // A record an early build left without its fields is filled in, by either.
    const bare: Record<string, unknown> = { tags: [] };
    expect(repairCreatorV5(bare)).toBe(true);
    expect(bare).toEqual({ tags: [], notes: '', groupId: null, status: 'to-contact' });
  });

  it('adds the verdicts table at version 6: a verdict is kept per creator and flag, found by creator', async () => {
    const name = `migrate-verdicts-${Math.random()}`;
    await seedAt(5, name);
    const db = openVetlensDB(name);
    await db.open();
    const verdict = { creatorKey: 'instagram:c', flag: 'authenticity:like-drop', note: 'A deleted giveaway post', explainedAt: '2024-12-01T00:00:00.000Z' };
    await db.verdicts.put(verdict);
    await db.verdicts.put({ ...verdict, note: 'Giveaway removed by the platform' });
    expect(await db.verdicts.where('creatorKey').equals('instagram:c').toArray()).toEqual([{ ...verdict, note: 'Giveaway removed by the platform' }]);
    await db.delete();
  });

  it('adds the campaign results tables at version 3: empty after the upgrade, then read and written', async () => {
    const name = `migrate-results-${Math.random()}`;
    await seedAt(2, name);
    const db = openVetlensDB(name);
    await db.open();
    expect(await db.resultImports.count()).toBe(0);
    expect(await db.resultMappings.count()).toBe(0);
    await db.resultMappings.put(MAPPING);
    expect((await db.resultMappings.get('a\u001fb'))?.mapping.orders).toBe('b');
    expect(await db.resultImports.where('campaignId').equals('c1').count()).toBe(0);
    await db.delete();
  });
});
