import { nextTick } from './rows';
import * as z from 'zod/mini';
import { CampaignSchema, parseCampaign, type Campaign } from '../campaign/schema';
import type { CampaignData } from '../storage/campaigns';
import { newCampaignId } from '../storage/campaigns';
import { OUTREACH_STATUSES, type CreatorRecord, type StoredSnapshot, type VetlensDB } from '../storage/db';
import type { I18n } from '../i18n/translate';
import { loadScoringSettings } from '../background/service';
import { scoreSnapshot } from '../scoring';
import { creatorKey, ProfileSnapshotSchema } from '../snapshot';
import { summarizeScores } from '../storage/visits';
import { formatIssue } from '../validation';

/**
 * The campaign file: `{ format, version, exportedAt, campaign, creators }`, where `creators` carries
 * the snapshot each creator's numbers came from, so an import into a fresh profile gives the same
 * campaign and the same numbers back.
 */
export const CAMPAIGN_FILE_FORMAT = 'vetlens-campaign';
export const CAMPAIGN_FILE_VERSION = 1;

const FileCreatorSchema = z.object({
  creatorKey: z.string().check(z.minLength(1), z.maxLength(300)),
  snapshot: ProfileSnapshotSchema,
  tags: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100))),
  notes: z.optional(z.string().check(z.maxLength(20000))),
  status: z.optional(z.enum(OUTREACH_STATUSES)),
});

export const CampaignFileSchema = z.object({
  format: z.literal(CAMPAIGN_FILE_FORMAT),
  version: z.literal(CAMPAIGN_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  campaign: CampaignSchema,
  creators: z.array(FileCreatorSchema).check(z.maxLength(10000)),
});
export type CampaignFile = z.infer<typeof CampaignFileSchema>;

export function campaignFile(campaign: Campaign, data: CampaignData, now = new Date()): CampaignFile {
  const creators = campaign.creators.flatMap((c) => {
    const snapshot = data.latest.get(c.creatorKey);
    if (!snapshot) return [];
    const record = data.records.get(c.creatorKey);
    return [{ creatorKey: c.creatorKey, snapshot, ...(record ? { tags: record.tags, notes: record.notes, status: record.status } : {}) }];
  });
  return { format: CAMPAIGN_FILE_FORMAT, version: CAMPAIGN_FILE_VERSION, exportedAt: now.toISOString(), campaign, creators };
}

export function campaignJson(campaign: Campaign, data: CampaignData, now = new Date()): string {
  return JSON.stringify(campaignFile(campaign, data, now), null, 2);
}

/**
 * The same text as `campaignJson`, written a chunk of creators at a time so a large campaign keeps
 * the page responsive and reports progress.
 */
export async function campaignJsonInChunks(campaign: Campaign, data: CampaignData, onProgress?: (done: number, total: number) => void, now = new Date(), chunk = 250): Promise<string> {
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

export type ParseResult = { ok: true; file: CampaignFile } | { ok: false; errors: string[] };

/** Validates every field of a campaign file; nothing is written here. */
/** Another computer's clock may run a little ahead; a snapshot dated later than this is refused. */
const CLOCK_SKEW_MS = 60 * 60_000;

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
    return { ok: false, errors: [`unsupported version ${JSON.stringify((raw as { version?: unknown }).version)} (this Vetlens reads version ${CAMPAIGN_FILE_VERSION})`] };
  }
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
    if (Date.parse(c.snapshot.capturedAt) > now.getTime() + CLOCK_SKEW_MS) errors.push(`creators[${i}].snapshot.capturedAt: ${c.snapshot.capturedAt} is in the future`);
    seen.add(c.creatorKey);
  });
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, file: parsed.data };
}

export interface ImportOutcome {
  campaign: Campaign;
  /** The file's campaign id was taken, so the import got a new one. */
  renamed: boolean;
  snapshotsAdded: number;
  creatorsAdded: number;
}

/**
 * Writes a validated file in one transaction: the campaign, each snapshot not stored yet, and a
 * creator record for creators this profile has never seen. Existing creators and campaigns are
 * never overwritten; a clashing campaign id gets a new id.
 */
export async function importCampaignFile(db: VetlensDB, file: CampaignFile, i18n: I18n, now = new Date()): Promise<ImportOutcome> {
  const settings = await loadScoringSettings(db);
  const scored = file.creators.map((c) => ({ ...c, scores: summarizeScores(scoreSnapshot(c.snapshot, { i18n, brief: settings.brief, weights: settings.weights }), c.snapshot.platform) }));
  return db.transaction('rw', db.campaigns, db.snapshots, db.creators, async () => {
    let campaign = file.campaign;
    const renamed = (await db.campaigns.get(campaign.id)) !== undefined;
    if (renamed) campaign = { ...campaign, id: newCampaignId(now) };
    let snapshotsAdded = 0;
    let creatorsAdded = 0;
    for (const c of scored) {
      const existing = await db.snapshots.where('[creatorKey+capturedAt]').equals([c.creatorKey, c.snapshot.capturedAt]).first();
      if (!existing) {
        await db.snapshots.add({ creatorKey: c.creatorKey, capturedAt: c.snapshot.capturedAt, snapshot: c.snapshot } satisfies StoredSnapshot);
        snapshotsAdded++;
      }
      if (!(await db.creators.get(c.creatorKey))) {
        const s = c.snapshot;
        const record: CreatorRecord = {
          key: c.creatorKey,
          platform: s.platform,
          handle: s.handle,
          displayName: s.displayName,
          url: s.url,
          followers: s.followers,
          verified: s.verified,
          firstSeenAt: s.capturedAt,
          lastSeenAt: s.capturedAt,
          snapshotCount: 1,
          scores: c.scores,
          tags: c.tags ?? [],
          notes: c.notes ?? '',
          status: c.status ?? 'to-contact',
          groupId: null,
        };
        await db.creators.add(record);
        creatorsAdded++;
      }
    }
    await db.campaigns.add({ id: campaign.id, campaign, updatedAt: campaign.updatedAt });
    return { campaign, renamed, snapshotsAdded, creatorsAdded };
  });
}
