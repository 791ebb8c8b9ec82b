import { newCampaign, parseCampaign, type Campaign } from '../campaign/schema';
import { withPromoCodes } from '../campaign/tracking';
import { newImportId } from '../campaign/results/import-file';
import type { ResultImport } from '../campaign/results/imports';
import type { ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from './db';
import { cleanTags, type CreatorRecord, type CreatorScores, type OutreachStatus, type StoredCampaign, type StoredVerdict } from './records';
import { creatorAfterVisit, latestSnapshot } from './visits';
import { loadNewestWorkspaceRows } from './workspace';

/**
 * Campaign drafts as stored: each saved only when it passes the campaign's rules
 * (lib/campaign/schema.ts) and checked again on every read, so a row an older version wrote is
 * reported rather than shown as data.
 */

/** A campaign id that sorts by creation time and does not collide across profiles. */
function newCampaignId(now: Date, random: () => number = Math.random): string {
  return `cmp-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** The campaign does not pass its schema (an empty name, a repeated code…); nothing was written. */
export class InvalidCampaignError extends Error {}

export async function saveCampaign(db: VetlensDB, campaign: Campaign, now = new Date()): Promise<Campaign> {
  const next = { ...campaign, updatedAt: now.toISOString() };
  const parsed = parseCampaign(next);
  if (!parsed.ok) throw new InvalidCampaignError(parsed.error);
  await db.transaction('rw', db.campaigns, async () => {
    // The snapshots an imported file brought stay with the campaign through its edits.
    const snapshots = (await db.campaigns.get(next.id))?.snapshots;
    await db.campaigns.put({ id: next.id, campaign: parsed.campaign, updatedAt: next.updatedAt, ...(snapshots ? { snapshots } : {}) });
  });
  return parsed.campaign;
}

/** Stored campaigns, newest first; rows that fail validation are reported, never shown as data. */
export async function listCampaigns(db: VetlensDB): Promise<{ campaigns: Campaign[]; invalid: string[] }> {
  const rows = await db.campaigns.orderBy('updatedAt').reverse().toArray();
  const campaigns: Campaign[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const parsed = parseCampaign(row.campaign);
    if (parsed.ok) campaigns.push(parsed.campaign);
    else invalid.push(row.id);
  }
  return { campaigns, invalid };
}

export async function loadCampaign(db: VetlensDB, id: string): Promise<Campaign | null> {
  const row = await db.campaigns.get(id);
  if (!row) return null;
  const parsed = parseCampaign(row.campaign);
  return parsed.ok ? parsed.campaign : null;
}

/** A deleted campaign with the results files imported into it, so an undo brings both back. */
export interface DeletedCampaign {
  row: StoredCampaign;
  imports: ResultImport[];
}

/** Deletes a campaign and its imported results files together (nothing is left behind without it). */
export async function deleteCampaign(db: VetlensDB, id: string): Promise<DeletedCampaign | null> {
  return db.transaction('rw', db.campaigns, db.resultImports, async () => {
    const row = await db.campaigns.get(id);
    if (!row) return null;
    const imports = await db.resultImports.where('campaignId').equals(id).toArray();
    await db.resultImports.bulkDelete(imports.map((i) => i.id));
    await db.campaigns.delete(id);
    return { row, imports };
  });
}

export async function restoreCampaign(db: VetlensDB, deleted: DeletedCampaign): Promise<void> {
  await db.transaction('rw', db.campaigns, db.resultImports, async () => {
    await db.campaigns.put(deleted.row);
    await db.resultImports.bulkPut(deleted.imports);
  });
}

/** A draft from a shortlist, in the list's order (newest first), or from a chosen set of creators. */
export async function createCampaignFromList(
  db: VetlensDB,
  input: { listId: string; name: string; now?: Date; onlyKeys?: readonly string[]; currency?: string },
): Promise<Campaign> {
  const now = input.now ?? new Date();
  const rows = await loadNewestWorkspaceRows(db, input.listId);
  const only = input.onlyKeys ? new Set(input.onlyKeys) : null;
  const creators = rows
    .filter((r) => !only || only.has(r.creator.key))
    .map((r) => ({ creatorKey: r.creator.key, platform: r.creator.platform, handle: r.creator.handle }));
  const campaign = withPromoCodes(
    newCampaign({ id: newCampaignId(now), name: input.name, now, creators, sourceListId: input.listId, currency: input.currency }),
  );
  return saveCampaign(db, campaign, now);
}

export async function createCampaignFromKeys(
  db: VetlensDB,
  input: { keys: readonly string[]; name: string; now?: Date; currency?: string },
): Promise<Campaign> {
  const now = input.now ?? new Date();
  const records = await db.creators.bulkGet([...input.keys]);
  const creators = records.flatMap((r) => (r ? [{ creatorKey: r.key, platform: r.platform, handle: r.handle }] : []));
  return saveCampaign(db, withPromoCodes(newCampaign({ id: newCampaignId(now), name: input.name, now, creators, currency: input.currency })), now);
}

export interface CampaignData {
  records: Map<string, CreatorRecord>;
  latest: Map<string, ProfileSnapshot>;
  /** The results files imported into the campaign, where an export carries them (the campaign file). */
  results?: readonly ResultImport[];
  /** The marketer's verdicts on each creator's flags (lib/verdicts): exports say which flags were explained, and why. */
  verdicts?: Map<string, StoredVerdict[]>;
}

/** The snapshots an imported campaign file brought, by creator: the campaign's own data (see StoredCampaign). */
export async function campaignSnapshots(db: VetlensDB, campaignId: string): Promise<Map<string, ProfileSnapshot>> {
  const row = await db.campaigns.get(campaignId);
  return new Map((row?.snapshots ?? []).map((s) => [s.creatorKey, s.snapshot]));
}

/**
 * The stored data a campaign's numbers come from: each creator's record and latest snapshot; for a
 * creator never visited here, the snapshot the campaign's file brought.
 */
export async function loadCampaignData(db: VetlensDB, campaign: Campaign, onProgress?: (done: number, total: number) => void): Promise<CampaignData> {
  const keys = campaign.creators.map((c) => c.creatorKey);
  const records = new Map<string, CreatorRecord>();
  const latest = new Map<string, ProfileSnapshot>();
  const own = await campaignSnapshots(db, campaign.id);
  const found = await db.creators.bulkGet(keys);
  found.forEach((r) => r && records.set(r.key, r));
  const CHUNK = 200;
  for (let i = 0; i < keys.length; i += CHUNK) {
    const slice = keys.slice(i, i + CHUNK);
    const snaps = await Promise.all(slice.map((k) => latestSnapshot(db, k)));
    snaps.forEach((s, j) => {
      const snapshot = s ?? own.get(slice[j]!);
      if (snapshot) latest.set(slice[j]!, snapshot);
    });
    onProgress?.(Math.min(i + CHUNK, keys.length), keys.length);
  }
  const verdicts = new Map<string, StoredVerdict[]>();
  for (const verdict of await db.verdicts.where('creatorKey').anyOf(keys).toArray())
    verdicts.set(verdict.creatorKey, [...(verdicts.get(verdict.creatorKey) ?? []), verdict]);
  return { records, latest, verdicts };
}

export interface ImportedCampaign {
  campaign: Campaign;
  /** The campaign's id was taken, so the import got a new one. */
  renamed: boolean;
  /** Snapshots kept with the campaign as its own data (never added to creators' history). */
  snapshotsKept: number;
  creatorsAdded: number;
  resultsAdded: number;
}

/** A creator as a campaign file carries it: the snapshot its numbers came from, scored here. */
interface ImportedCreator {
  creatorKey: string;
  snapshot: ProfileSnapshot;
  scores: CreatorScores;
  tags?: string[];
  notes?: string;
  status?: OutreachStatus;
}

/** The name, or the name with the first free " (n)" from 2 when another campaign has it: "Spring (2)", "Spring (3)". */
export function uniqueCampaignName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Stores an imported campaign in one transaction: the campaign with the file's snapshots as its own
 * data, and a creator record for creators this profile has never seen. The snapshots never join a
 * creator's visits: a file's old reading (5,000 followers) must not make a real visit look
 * suspicious. Existing creators and campaigns are never overwritten; a clashing campaign id gets a
 * new id.
 */
export async function storeImportedCampaign(
  db: VetlensDB,
  imported: Campaign,
  creators: readonly ImportedCreator[],
  now = new Date(),
  results: readonly ResultImport[] = [],
): Promise<ImportedCampaign> {
  return db.transaction('rw', [db.campaigns, db.creators, db.resultImports], async () => {
    const renamed = (await db.campaigns.get(imported.id)) !== undefined;
    // A copy beside its original gets its own name, "Spring (2)", so the two are told apart in the list.
    const names = new Set<string>();
    await db.campaigns.each((row) => {
      const stored = parseCampaign(row.campaign);
      if (stored.ok) names.add(stored.campaign.name);
    });
    const name = uniqueCampaignName(imported.name, names);
    const campaign = renamed || name !== imported.name ? { ...imported, id: renamed ? newCampaignId(now) : imported.id, name } : imported;
    let creatorsAdded = 0;
    for (const c of creators) {
      if (!(await db.creators.get(c.creatorKey))) {
        // No visits of its own: the record counts none, and its first real visit replaces these scores.
        const record = creatorAfterVisit(undefined, c.snapshot, c.scores, 0);
        await db.creators.add({ ...record, tags: cleanTags(c.tags ?? []), notes: c.notes ?? record.notes, status: c.status ?? record.status });
        creatorsAdded++;
      }
    }
    const snapshots = creators.map((c) => ({ creatorKey: c.creatorKey, snapshot: c.snapshot }));
    await db.campaigns.add({ id: campaign.id, campaign, updatedAt: campaign.updatedAt, snapshots });
    // The results files come along under new ids, so they never replace another campaign's.
    await db.resultImports.bulkAdd(results.map((r) => ({ ...r, id: newImportId(now), campaignId: campaign.id })));
    return { campaign, renamed, snapshotsKept: snapshots.length, creatorsAdded, resultsAdded: results.length };
  });
}
