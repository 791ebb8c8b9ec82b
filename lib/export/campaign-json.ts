import { nextTick } from './rows';
import * as z from 'zod/mini';
import { ResultImportSchema } from '../campaign/results/imports';
import { findOutliers } from '../campaign/results/rows';
import { CampaignSchema, parseCampaign, type Campaign } from '../campaign/schema';
import { scoreSnapshot } from '../scoring';
import { creatorKey, ProfileSnapshotSchema } from '../snapshot';
import { storeImportedCampaign, type CampaignData, type ImportedCampaign } from '../storage/campaigns';
import type { VetlensDB } from '../storage/db';
import { NotesSchema, OUTREACH_STATUSES, TagsSchema, inTheFuture } from '../storage/records';
import { loadScoringSettings } from '../storage/settings';
import { summarizeScores } from '../storage/visits';
import { prototypeKeyError, unknownKeysError } from '../import-keys';
import { formatIssue } from '../validation';

/**
 * The campaign file: `{ format, version, exportedAt, campaign, creators }`, where `creators` carries
 * the snapshot each creator's numbers came from, so an import into a fresh profile gives the same
 * campaign and the same numbers back.
 */
const CAMPAIGN_FILE_FORMAT = 'vetlens-campaign';
const CAMPAIGN_FILE_VERSION = 1;

const FileCreatorSchema = z.object({
  creatorKey: z.string().check(z.minLength(1), z.maxLength(300)),
  snapshot: ProfileSnapshotSchema,
  /** The marketer's own fields, by the rules of the stored creator record (tags cleaned by the tag rule). */
  tags: z.optional(TagsSchema),
  notes: z.optional(NotesSchema),
  status: z.optional(z.enum(OUTREACH_STATUSES)),
});

const CampaignFileSchema = z.object({
  format: z.literal(CAMPAIGN_FILE_FORMAT),
  version: z.literal(CAMPAIGN_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  campaign: CampaignSchema,
  /** The results files imported into the campaign (GA4, Shopify, WooCommerce, own CSV), as stored. */
  results: z.optional(z.array(ResultImportSchema).check(z.maxLength(500))),
  creators: z.array(FileCreatorSchema).check(z.maxLength(10000)),
});
type CampaignFile = z.infer<typeof CampaignFileSchema>;

function campaignFile(campaign: Campaign, data: CampaignData, now = new Date()): CampaignFile {
  const creators = campaign.creators.flatMap((c) => {
    const snapshot = data.latest.get(c.creatorKey);
    if (!snapshot) return [];
    const record = data.records.get(c.creatorKey);
    return [{ creatorKey: c.creatorKey, snapshot, ...(record ? { tags: record.tags, notes: record.notes, status: record.status } : {}) }];
  });
  const results = data.results?.length ? { results: [...data.results] } : {};
  return { format: CAMPAIGN_FILE_FORMAT, version: CAMPAIGN_FILE_VERSION, exportedAt: now.toISOString(), campaign, ...results, creators };
}

export function campaignJson(campaign: Campaign, data: CampaignData, now = new Date()): string {
  return JSON.stringify(campaignFile(campaign, data, now), null, 2);
}

/**
 * The same text as `campaignJson`, written a chunk of creators at a time so a large campaign keeps
 * the page responsive and reports progress.
 */
export async function campaignJsonInChunks(
  campaign: Campaign,
  data: CampaignData,
  onProgress?: (done: number, total: number) => void,
  now = new Date(),
  chunk = 250,
): Promise<string> {
  const { creators, ...head } = campaignFile(campaign, data, now);
  if (creators.length === 0) return JSON.stringify({ ...head, creators }, null, 2);
  const opening = JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "creators": [\n');
  const parts: string[] = [];
  for (let i = 0; i < creators.length; i += chunk) {
    for (const creator of creators.slice(i, i + chunk)) parts.push(JSON.stringify(creator, null, 2).replace(/^/gm, '    '));
    onProgress?.(Math.min(i + chunk, creators.length), creators.length);
    if (i + chunk < creators.length) await nextTick();
  }
  return `${opening}${parts.join(',\n')}\n  ]\n}`;
}

function safeCreatorKey(snapshot: CampaignFile['creators'][number]['snapshot']): string | null {
  try {
    return creatorKey(snapshot);
  } catch {
    return null;
  }
}

type ParseResult = { ok: true; file: CampaignFile } | { ok: false; errors: string[] };

/** Validates every field of a campaign file; nothing is written here. */
export function parseCampaignFile(text: string, now = new Date()): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format !== CAMPAIGN_FILE_FORMAT) {
    return { ok: false, errors: [`not a Vetlens campaign file (format must be "${CAMPAIGN_FILE_FORMAT}")`] };
  }
  if (typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version !== CAMPAIGN_FILE_VERSION) {
    return {
      ok: false,
      errors: [`unsupported version ${JSON.stringify((raw as { version?: unknown }).version)} (this Vetlens reads version ${CAMPAIGN_FILE_VERSION})`],
    };
  }
  // Keys the format does not have are an error, not silently dropped, and prototype keys anywhere.
  const badKey =
    prototypeKeyError(raw) ??
    unknownKeysError(raw, ['format', 'version', 'exportedAt', 'campaign', 'results', 'creators']) ??
    (Array.isArray((raw as { creators?: unknown }).creators)
      ? ((raw as { creators: unknown[] }).creators
          .map((c, i) => unknownKeysError(c, ['creatorKey', 'snapshot', 'tags', 'notes', 'status'], `creators[${i}]`))
          .find(Boolean) ?? null)
      : null);
  if (badKey) return { ok: false, errors: [badKey] };
  const parsed = CampaignFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((issue) => formatIssue(issue)) };
  }
  const errors: string[] = [];
  const campaign = parseCampaign(parsed.data.campaign);
  if (!campaign.ok) errors.push(campaign.error);
  const seen = new Set<string>();
  parsed.data.creators.forEach((c, i) => {
    const key = safeCreatorKey(c.snapshot);
    if (key !== c.creatorKey) errors.push(`creators.${i}.creatorKey: "${c.creatorKey}" does not match its snapshot (${key ?? 'invalid url'})`);
    if (seen.has(c.creatorKey)) errors.push(`creators.${i}.creatorKey: "${c.creatorKey}" is listed twice`);
    if (inTheFuture(c.snapshot.capturedAt, now)) errors.push(`creators[${i}].snapshot.capturedAt: ${c.snapshot.capturedAt} is in the future`);
    seen.add(c.creatorKey);
  });
  parsed.data.results?.forEach((r, i) => {
    if (r.campaignId !== parsed.data.campaign.id)
      errors.push(`results.${i}.campaignId: "${r.campaignId}" is not this file's campaign ("${parsed.data.campaign.id}")`);
    // The same bounds as a results file imported in the side panel (lib/campaign/results/rows.ts).
    for (const [row, metric] of findOutliers(r.rows))
      errors.push(`results.${i}.rows: line ${row.line} of ${r.fileName || 'the results file'}: ${metric} ${row[metric]} is far beyond any real figure`);
  });
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, file: parsed.data };
}

/**
 * Imports a validated file: each creator scored with this profile's brief and weights, then the
 * campaign (with the file's snapshots as its own data, never as creators' visits) and its new
 * creators stored together (lib/storage/campaigns.ts).
 */
export async function importCampaignFile(db: VetlensDB, file: CampaignFile, now = new Date()): Promise<ImportedCampaign> {
  const settings = await loadScoringSettings(db);
  const creators = file.creators.map((c) => ({
    ...c,
    scores: summarizeScores(scoreSnapshot(c.snapshot, { brief: settings.brief, weights: settings.weights }), c.snapshot.platform),
  }));
  return storeImportedCampaign(db, file.campaign, creators, now, file.results ?? []);
}
