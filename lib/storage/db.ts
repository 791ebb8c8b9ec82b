import Dexie, { type EntityTable } from 'dexie';
import type { BrandBrief } from '../brief';
import type { ResultImport, StoredMapping } from '../campaign/results/imports';
import { compactRows } from './compaction';
import type { Platform, ProfileSnapshot } from '../snapshot';

/**
 * The whole Vetlens store: every table and every migration lives in this one file.
 * Opened from the background worker and the extension's own pages only; a content script would
 * open the page's IndexedDB instead, so content scripts ask the background.
 */

export interface StoredSnapshot {
  id?: number;
  /** creatorKey(): "instagram:nasa" */
  creatorKey: string;
  capturedAt: string;
  snapshot: ProfileSnapshot;
}

export const OUTREACH_STATUSES = ['to-contact', 'contacted', 'negotiating', 'confirmed', 'declined'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];

/** The latest known state of one creator on one platform, kept for fast lists and sorting. */
export interface CreatorRecord {
  key: string;
  platform: Platform;
  handle: string | null;
  displayName: string | null;
  url: string;
  followers: number | null;
  verified: boolean | null;
  firstSeenAt: string;
  lastSeenAt: string;
  snapshotCount: number;
  /** Summary of the latest scores, for sorting and filtering without re-scoring. */
  scores: {
    overall: number | null;
    engagement: number | null;
    engagementRate: number | null;
    /** Reach score (views ÷ followers against its tier), TikTok and YouTube; absent in records made before it. */
    reach?: number | null;
    authenticity: number | null;
    authenticityVerdict: 'ok' | 'review' | 'suspicious' | null;
    brandFit: number | null;
  };
  tags: string[];
  notes: string;
  status: OutreachStatus;
  /** Creators joined across platforms share a group id (cross-platform linking). */
  groupId: string | null;
}

export interface Shortlist {
  id: string;
  name: string;
  createdAt: string;
}

export interface ShortlistEntry {
  listId: string;
  creatorKey: string;
  addedAt: string;
}

export interface StoredBrief {
  id: string;
  brief: BrandBrief;
  updatedAt: string;
}

export interface StoredCampaign {
  id: string;
  /** The campaign document itself; its schema lives with the campaign feature. */
  campaign: unknown;
  updatedAt: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export const DEFAULT_SHORTLIST_ID = 'default';
export const DB_NAME = 'vetlens';

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
};

/** The newest schema version. Every earlier one stays defined below, with its upgrade. */
export const SCHEMA_VERSION = 4;

/**
 * Schema versions, oldest first. Never edit a released version: add a new one with its upgrade.
 * `upTo` opens the store as an older release did (tests seed data at each earlier version).
 */
export function defineSchema(db: Dexie, upTo = SCHEMA_VERSION): void {
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
    db.version(2)
      .stores({ shortlistEntries: '[listId+creatorKey], listId, creatorKey, addedAt, [listId+addedAt]' })
      .upgrade((tx) =>
        tx
          .table('creators')
          .toCollection()
          .modify((creator: Partial<CreatorRecord>) => {
            const tags = Array.isArray(creator.tags) ? creator.tags : [];
            creator.tags = [...new Set(tags.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
            creator.notes = typeof creator.notes === 'string' ? creator.notes : '';
            creator.groupId ??= null;
            creator.status ??= 'to-contact';
          }),
      );
  }
  if (upTo >= 3) {
    // v3: campaign results imported from the shop's and the analytics' files, and the column
    // mapping remembered for each kind of file. New tables only: nothing to upgrade.
    db.version(3).stores({ resultImports: 'id, campaignId, importedAt', resultMappings: 'id' });
  }
  if (upTo >= 4) {
    // v4: bounded history. Each creator's older visits are compacted (daily, then weekly), keeping
    // the newest reading of every post scores still need (lib/storage/compaction.ts); new visits are
    // compacted as they are stored.
    db.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const snapshots = tx.table<StoredSnapshot, number>('snapshots');
        const keys = await snapshots.orderBy('creatorKey').uniqueKeys();
        for (const key of keys) await compactRows(snapshots, String(key));
      });
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
