import * as z from 'zod/mini';
import { BrandBriefSchema } from './brief';
import { ResultImportSchema, StoredMappingSchema } from './campaign/results/imports';
import { OUTREACH_STATUSES, SCHEMA_VERSION, type VetlensDB } from './db';
import type { I18n } from './i18n/translate';
import { PlatformSchema, ProfileSnapshotSchema, SiteUrlSchema } from './snapshot';

/**
 * A full backup of everything Vetlens stores, and a restore that replaces it all or changes
 * nothing: the file is validated whole before anything is touched, and the writes run in one
 * transaction.
 */
export const BACKUP_FORMAT = 'vetlens-backup';
export const BACKUP_VERSION = 1;

const Iso = z.string().check(z.maxLength(40));
const Score = z.nullable(z.number());

const CreatorRecordSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  platform: PlatformSchema,
  handle: z.nullable(z.string().check(z.maxLength(100))),
  displayName: z.nullable(z.string().check(z.maxLength(500))),
  url: SiteUrlSchema,
  followers: z.nullable(z.number().check(z.nonnegative())),
  verified: z.nullable(z.boolean()),
  firstSeenAt: Iso,
  lastSeenAt: Iso,
  snapshotCount: z.number().check(z.int(), z.nonnegative()),
  scores: z.object({
    overall: Score,
    engagement: Score,
    engagementRate: Score,
    reach: z.optional(Score),
    authenticity: Score,
    authenticityVerdict: z.nullable(z.enum(['ok', 'review', 'suspicious'])),
    brandFit: Score,
  }),
  tags: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
  notes: z.string().check(z.maxLength(100_000)),
  status: z.enum(OUTREACH_STATUSES),
  groupId: z.nullable(z.string().check(z.maxLength(300))),
});

const TABLE_SCHEMAS = {
  snapshots: z.object({ id: z.optional(z.number().check(z.int(), z.positive())), creatorKey: z.string().check(z.maxLength(300)), capturedAt: Iso, snapshot: ProfileSnapshotSchema }),
  creators: CreatorRecordSchema,
  shortlists: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), name: z.string().check(z.maxLength(200)), createdAt: Iso }),
  shortlistEntries: z.object({ listId: z.string().check(z.maxLength(100)), creatorKey: z.string().check(z.maxLength(300)), addedAt: Iso }),
  briefs: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), brief: BrandBriefSchema, updatedAt: Iso }),
  // Campaign documents are validated by their own versioned schema when they are opened.
  campaigns: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), campaign: z.unknown(), updatedAt: Iso }),
  settings: z.object({ key: z.string().check(z.minLength(1), z.maxLength(100)), value: z.unknown() }),
  // Campaign results (schema v3): imported files and remembered column mappings.
  resultImports: ResultImportSchema,
  resultMappings: StoredMappingSchema,
} as const;

export type BackupTable = keyof typeof TABLE_SCHEMAS;
export const BACKUP_TABLES = Object.keys(TABLE_SCHEMAS) as BackupTable[];
/** Tables added after the first backups: a backup written before them has none, which restores as empty. */
const LATER_TABLES: ReadonlySet<BackupTable> = new Set(['resultImports', 'resultMappings']);
const tableSchema = <T extends BackupTable>(t: T) => (LATER_TABLES.has(t) ? z._default(z.array(TABLE_SCHEMAS[t]), []) : z.array(TABLE_SCHEMAS[t]));

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.number().check(z.int(), z.positive(), z.lte(SCHEMA_VERSION)),
  exportedAt: Iso,
  tables: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, tableSchema(t)])) as { [K in BackupTable]: z.ZodMiniArray<(typeof TABLE_SCHEMAS)[K]> }),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Reads every table in one read transaction, so the backup is one consistent moment. */
export async function createBackup(db: VetlensDB, now = new Date(), onProgress?: (done: number, total: number) => void): Promise<Backup> {
  const tables = {} as Record<BackupTable, unknown[]>;
  await db.transaction('r', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    for (const [i, name] of BACKUP_TABLES.entries()) {
      tables[name] = await db.table(name).toArray();
      onProgress?.(i + 1, BACKUP_TABLES.length);
    }
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), tables } as Backup;
}

export type RestoreResult = { ok: true; counts: Record<BackupTable, number> } | { ok: false; error: string };

/** Validates the whole file; on any problem it says where, and the store is not touched. */
export function parseBackup(text: string, i18n: I18n): { ok: true; backup: Backup } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: i18n.t('backup_error_not_json') };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: i18n.t('backup_error_invalid', issue ? `${issue.path.join('.') || '—'}: ${issue.message}` : '—') };
  }
  return { ok: true, backup: parsed.data };
}

/** Replaces everything with the backup, in one transaction: all of it, or (on any error) none of it. */
export async function restoreBackup(db: VetlensDB, backup: Backup, i18n: I18n): Promise<RestoreResult> {
  try {
    await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
      for (const name of BACKUP_TABLES) {
        const table = db.table(name);
        await table.clear();
        await table.bulkAdd(backup.tables[name] as never[]);
      }
    });
  } catch (error) {
    return { ok: false, error: i18n.t('backup_error_restore', error instanceof Error ? error.message : String(error)) };
  }
  return { ok: true, counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t].length])) as Record<BackupTable, number> };
}
