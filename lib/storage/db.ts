import Dexie, { type EntityTable } from 'dexie';
import type { ResultImport } from '../campaign/results/imports';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV4 } from './migrations/v4';
import { upgradeToV5 } from './migrations/v5';
import {
  DEFAULT_SHORTLIST_ID,
  type CreatorRecord,
  type Setting,
  type Shortlist,
  type ShortlistEntry,
  type StoredBrief,
  type StoredCampaign,
  type StoredMapping,
  type StoredSnapshot,
  type StoredVerdict,
} from './records';

/**
 * The whole Vetlens store: every table and every schema version is defined in this one file; each
 * released version's upgrade runs its frozen code from lib/storage/migrations/; the rows' shapes and
 * rules are in lib/storage/records.ts.
 * Opened from the background worker and the extension's own pages only; a content script would
 * open the page's IndexedDB instead, so content scripts ask the background.
 */

const DB_NAME = 'vetlens';

export type VetlensDB = Dexie & {
  snapshots: EntityTable<StoredSnapshot, 'id'>;
  creators: EntityTable<CreatorRecord, 'key'>;
  shortlists: EntityTable<Shortlist, 'id'>;
  shortlistEntries: Dexie.Table<ShortlistEntry, [string, string]>;
  briefs: EntityTable<StoredBrief, 'id'>;
  campaigns: EntityTable<StoredCampaign, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  /** Files of campaign results the marketer imported (lib/campaign/results/imports.ts). */
  resultImports: EntityTable<ResultImport, 'id'>;
  /** The column mapping last used for files with the same columns. */
  resultMappings: EntityTable<StoredMapping, 'id'>;
  /** The marketer's verdicts on flags: explained, with a note (lib/verdicts, lib/storage/verdicts.ts). */
  verdicts: Dexie.Table<StoredVerdict, [string, string]>;
};

/** The newest schema version. Every earlier one stays defined below, with its upgrade. */
export const SCHEMA_VERSION = 6;

/**
 * Schema versions, oldest first. Never change what a released version stores: add a new version
 * with its upgrade. A released upgrade runs its own frozen code (lib/storage/migrations/), never
 * today's rules, so changing those cannot change it. `upTo` opens the store as an older release did
 * (tests seed data at each earlier version).
 */
function defineSchema(db: Dexie, upTo = SCHEMA_VERSION): void {
  db.version(1).stores({
    snapshots: '++id, creatorKey, [creatorKey+capturedAt], capturedAt',
    creators: 'key, platform, lastSeenAt, followers, status, groupId, *tags, scores.overall, scores.engagement, scores.authenticity, scores.brandFit',
    shortlists: 'id, name',
    shortlistEntries: '[listId+creatorKey], listId, creatorKey, addedAt',
    briefs: 'id',
    campaigns: 'id, updatedAt',
    settings: 'key',
  });
  if (upTo >= 2) {
    // v2: a shortlist lists newest first straight from an index; creator records written by v1 get
    // tidy tags (trimmed, lower-case, once each) and the fields v1 could leave out.
    db.version(2).stores({ shortlistEntries: '[listId+creatorKey], listId, creatorKey, addedAt, [listId+addedAt]' }).upgrade(upgradeToV2);
  }
  if (upTo >= 3) {
    // v3: campaign results imported from the shop's and the analytics' files, and the column
    // mapping remembered for each kind of file. New tables only: nothing to upgrade.
    db.version(3).stores({ resultImports: 'id, campaignId, importedAt', resultMappings: 'id' });
  }
  if (upTo >= 4) {
    // v4: bounded history. Each creator's older visits are compacted (daily, then weekly), keeping
    // the newest reading of every post scores still need (as released: migrations/v4.ts; today's
    // rule is lib/storage/compaction.ts); new visits are compacted as they are stored.
    db.version(4).stores({}).upgrade(upgradeToV4);
  }
  if (upTo >= 5) {
    // v5: versions 2 to 4 added tags as typed ("Travel" beside "travel"): every record's tags
    // follow the tag rule again, now that every writer applies it. Same tables, same format.
    db.version(5).stores({}).upgrade(upgradeToV5);
  }
  if (upTo >= 6) {
    // v6: the marketer's verdicts on flags, one row per creator and flag. A new table only: nothing to upgrade.
    db.version(6).stores({ verdicts: '[creatorKey+flag], creatorKey' });
  }
  db.on('populate', (tx) => {
    void tx.table('shortlists').add({ id: DEFAULT_SHORTLIST_ID, name: '', createdAt: new Date().toISOString() } satisfies Shortlist);
  });
}

export function openVetlensDB(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1], upTo = SCHEMA_VERSION): VetlensDB {
  const db = new Dexie(name, options) as VetlensDB;
  defineSchema(db, upTo);
  return db;
}
