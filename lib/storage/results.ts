import { computeResults, type CampaignResults } from '../campaign/results/compute';
import { ColumnMappingSchema, ResultImportSchema, type ColumnMapping, type ResultImport } from '../campaign/results/imports';
import { campaignWindow } from '../campaign/results/window';
import type { Campaign } from '../campaign/schema';
import type { ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from './db';
import { campaignSnapshots } from './campaigns';
import { visitsOf } from './visits';

/**
 * Where results are read and written. Proof of delivery is read from the visits already stored
 * (`db.snapshots`, from a day before the campaign's start); imported files live in
 * `db.resultImports`, validated on the way in and on the way out.
 */

/**
 * Each creator's stored visits that can hold campaign posts, oldest first, with the snapshot the
 * campaign's own file brought (lib/storage/campaigns.ts) where no visit has that time.
 */
async function loadCampaignVisits(db: VetlensDB, campaign: Campaign): Promise<Map<string, ProfileSnapshot[]>> {
  const from = new Date(Date.parse(`${campaignWindow(campaign).start}T00:00:00Z`) - 86_400_000).toISOString();
  const visits = new Map<string, ProfileSnapshot[]>();
  const own = await campaignSnapshots(db, campaign.id);
  const CHUNK = 100;
  for (let i = 0; i < campaign.creators.length; i += CHUNK) {
    const slice = campaign.creators.slice(i, i + CHUNK);
    const rows = await Promise.all(slice.map((c) => visitsOf(db.snapshots, c.creatorKey, { from }).toArray()));
    slice.forEach((c, j) => {
      const stored = rows[j]!.map((r) => r.snapshot);
      const file = own.get(c.creatorKey);
      const extra = file && file.capturedAt >= from && !stored.some((s) => s.capturedAt === file.capturedAt) ? [file] : [];
      visits.set(
        c.creatorKey,
        [...stored, ...extra].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)),
      );
    });
  }
  return visits;
}

/** A campaign's imports, oldest first; records that fail validation are reported, never used. */
export async function listImports(db: VetlensDB, campaignId: string): Promise<{ imports: ResultImport[]; invalid: string[] }> {
  const rows = await db.resultImports.where('campaignId').equals(campaignId).sortBy('importedAt');
  const imports: ResultImport[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const parsed = ResultImportSchema.safeParse(row);
    if (parsed.success) imports.push(parsed.data);
    else invalid.push(row.id);
  }
  return { imports, invalid };
}

export async function loadResults(db: VetlensDB, campaign: Campaign): Promise<{ results: CampaignResults; imports: ResultImport[]; invalid: string[] }> {
  const [visits, { imports, invalid }] = await Promise.all([loadCampaignVisits(db, campaign), listImports(db, campaign.id)]);
  return { results: computeResults(campaign, visits, imports), imports, invalid };
}

type SaveImportOutcome = { ok: true } | { ok: false; duplicateOf: ResultImport };

/** Stores a validated import, unless the same file is already imported into this campaign. */
export async function saveImport(db: VetlensDB, record: ResultImport): Promise<SaveImportOutcome> {
  const parsed = ResultImportSchema.parse(record);
  return db.transaction('rw', db.resultImports, async () => {
    const same = await db.resultImports
      .where('campaignId')
      .equals(parsed.campaignId)
      .filter((r) => r.fileHash === parsed.fileHash)
      .first();
    if (same) return { ok: false, duplicateOf: same };
    await db.resultImports.add(parsed);
    return { ok: true };
  });
}

/** Removes an import; the record comes back for undo. */
export async function deleteImport(db: VetlensDB, id: string): Promise<ResultImport | null> {
  return db.transaction('rw', db.resultImports, async () => {
    const row = await db.resultImports.get(id);
    if (row) await db.resultImports.delete(id);
    return row ?? null;
  });
}

export async function restoreImport(db: VetlensDB, record: ResultImport): Promise<void> {
  await db.resultImports.put(ResultImportSchema.parse(record));
}

/** The mapping last used for files with these columns; null when none (or when it no longer validates). */
export async function rememberedMapping(db: VetlensDB, signature: string): Promise<ColumnMapping | null> {
  const row = await db.resultMappings.get(signature);
  const parsed = ColumnMappingSchema.safeParse(row?.mapping);
  return parsed.success ? parsed.data : null;
}

export async function rememberMapping(db: VetlensDB, signature: string, mapping: ColumnMapping, now = new Date()): Promise<void> {
  await db.resultMappings.put({ id: signature, mapping: ColumnMappingSchema.parse(mapping), updatedAt: now.toISOString() });
}
