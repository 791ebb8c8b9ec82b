import * as z from 'zod/mini';
import { BrandBriefSchema } from '../brief';
import { ColumnMappingSchema, ResultImportSchema } from '../campaign/results/imports';
import { PlatformSchema, ProfileSnapshotSchema, SiteUrlSchema } from '../snapshot';
import { AuthenticityVerdictSchema, ConfidenceSchema, OVERALL_PARTS, OverallPartSchema, RateBasisSchema } from '../scoring/types';
import { VERDICT_NOTE_MAX_CHARS } from '../verdicts';

/**
 * Every row Vetlens stores: one zod schema per table, and each TypeScript type comes from its
 * schema. The rules a row obeys (tags, notes, list names, outreach statuses, the fields a record
 * starts with) are written here once and used by every writer: the background worker, the side
 * panel, a restored backup and an imported campaign file. (A released migration keeps the rules of
 * its release: lib/storage/migrations/.)
 *
 * The documents kept inside rows (the snapshot, the brief, the campaign, an imported results file)
 * have their schemas in the domain layer (lib/snapshot.ts, lib/brief.ts, lib/campaign/), which
 * never imports from storage.
 */

const Iso = z.iso.datetime({ offset: true });
const Score = z.nullable(z.number().check(z.gte(0), z.lte(100)));
/** creatorKey() of lib/snapshot.ts: "instagram:nasa". */
const CreatorKey = z.string().check(z.minLength(1), z.maxLength(300));
const Id = z.string().check(z.minLength(1), z.maxLength(100));

export const DEFAULT_SHORTLIST_ID = 'default';

export const OUTREACH_STATUSES = ['to-contact', 'contacted', 'negotiating', 'confirmed', 'declined'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];

// ---------- Rules ----------

const TAG_MAX_CHARS = 50;
export const NOTES_MAX_CHARS = 20_000;
const LIST_NAME_MAX_CHARS = 100;

/**
 * The one tag rule: spaces collapsed, trimmed, lower case, at most 50 characters, so "Travel " and
 * "travel" are one tag. A dotted capital İ (Azerbaijani, Turkish) lower-cases to a plain "i", not
 * to "i" with a combining dot.
 */
export function cleanTag(tag: string): string {
  return tag
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .slice(0, TAG_MAX_CHARS)
    .trim();
}

/** A record's tags by the tag rule: text only, each once, none empty, in their first order. */
export function cleanTags(tags: readonly unknown[]): string[] {
  return [
    ...new Set(
      tags
        .filter((tag): tag is string => typeof tag === 'string')
        .map(cleanTag)
        .filter(Boolean),
    ),
  ];
}

/** A list's name: spaces collapsed and trimmed, at most 100 characters. */
export function cleanListName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, LIST_NAME_MAX_CHARS);
}

/** Times may run a little ahead on another computer's clock; a file's time beyond this is refused. */
const CLOCK_SKEW_MS = 60 * 60_000;

/** Whether a time read from a file lies in the future, beyond another clock's possible lead. */
export function inTheFuture(iso: string, now: Date): boolean {
  return Date.parse(iso) > now.getTime() + CLOCK_SKEW_MS;
}

/** Tags as stored, or as read from a file: cleaned by the tag rule on the way in. */
export const TagsSchema = z.pipe(
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
  z.transform((tags: string[]) => cleanTags(tags)),
);
export const NotesSchema = z.string().check(z.maxLength(NOTES_MAX_CHARS));

// ---------- Rows ----------

/** One stored visit: the snapshot a page gave, filed under its creator and time. */
const StoredSnapshotSchema = z.object({
  id: z.optional(z.number().check(z.int(), z.positive())),
  creatorKey: CreatorKey,
  capturedAt: Iso,
  snapshot: ProfileSnapshotSchema,
});
export type StoredSnapshot = z.infer<typeof StoredSnapshotSchema>;

/** Summary of the latest scores, for sorting and filtering without re-scoring. */
const CreatorScoresSchema = z.object({
  overall: Score,
  engagement: Score,
  // A ratio (0.012 = 1.2%); views per follower can pass 1, never this.
  engagementRate: z.nullable(z.number().check(z.gte(0), z.lte(1e6))),
  /** Reach score (views ÷ followers against its tier), TikTok and YouTube; absent in records made before it. */
  reach: z.optional(Score),
  authenticity: Score,
  authenticityVerdict: z.nullable(AuthenticityVerdictSchema),
  /** How sure the authenticity score is, and how many of its checks the data allowed; absent in records made before them. */
  authenticityConfidence: z.optional(ConfidenceSchema),
  authenticityChecks: z.optional(
    z.nullable(z.object({ ran: z.number().check(z.int(), z.nonnegative(), z.lte(100)), of: z.number().check(z.int(), z.nonnegative(), z.lte(100)) })),
  ),
  brandFit: Score,
  /**
   * How sure each score is, what the engagement rate is divided by, and which parts the overall rests
   * on: so lists, exports and sorting carry the evidence with the number. Absent in records made before them.
   */
  confidence: z.optional(
    z.object({ overall: ConfidenceSchema, engagement: ConfidenceSchema, reach: z.nullable(ConfidenceSchema), brandFit: z.nullable(ConfidenceSchema) }),
  ),
  engagementBasis: z.optional(z.nullable(RateBasisSchema)),
  overallParts: z.optional(z.array(OverallPartSchema).check(z.maxLength(OVERALL_PARTS.length))),
});
export type CreatorScores = z.infer<typeof CreatorScoresSchema>;

/**
 * The latest known state of one creator on one platform, kept for fast lists and sorting. The
 * marketer's own fields (tags, notes, status, group) start empty; a record an early build wrote
 * without them reads with these defaults.
 */
export const CreatorRecordSchema = z.object({
  key: CreatorKey,
  platform: PlatformSchema,
  handle: z.nullable(z.string().check(z.maxLength(100))),
  displayName: z.nullable(z.string().check(z.maxLength(500))),
  url: SiteUrlSchema,
  followers: z.nullable(z.number().check(z.int(), z.nonnegative(), z.lte(1e13))),
  verified: z.nullable(z.boolean()),
  firstSeenAt: Iso,
  lastSeenAt: Iso,
  snapshotCount: z.number().check(z.int(), z.nonnegative(), z.lte(1e9)),
  scores: CreatorScoresSchema,
  tags: z._default(TagsSchema, []),
  notes: z._default(NotesSchema, ''),
  status: z._default(z.enum(OUTREACH_STATUSES), 'to-contact'),
  /** Creators joined across platforms share a group id (lib/storage/linking.ts). */
  groupId: z._default(z.nullable(z.string().check(z.maxLength(300))), null),
});
export type CreatorRecord = z.infer<typeof CreatorRecordSchema>;

const ShortlistSchema = z.object({
  id: Id,
  /** The default list's name is empty: the interface names it in the marketer's language. */
  name: z.string().check(z.maxLength(LIST_NAME_MAX_CHARS)),
  createdAt: Iso,
});
export type Shortlist = z.infer<typeof ShortlistSchema>;

const ShortlistEntrySchema = z.object({
  listId: z.string().check(z.maxLength(100)),
  creatorKey: CreatorKey,
  addedAt: Iso,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

export const StoredBriefSchema = z.object({ id: Id, brief: BrandBriefSchema, updatedAt: Iso });
export type StoredBrief = z.infer<typeof StoredBriefSchema>;

const StoredCampaignSchema = z.object({
  id: Id,
  /** The campaign document (lib/campaign/schema.ts), checked by `parseCampaign` wherever it is read. */
  campaign: z.unknown(),
  updatedAt: Iso,
  /**
   * The snapshots an imported campaign file carried: the campaign's own data, shown for creators
   * with no visit of their own. Never creators' history, so a file cannot change anyone's scores.
   */
  snapshots: z.optional(z.array(z.object({ creatorKey: CreatorKey, snapshot: ProfileSnapshotSchema })).check(z.maxLength(10000))),
});
export type StoredCampaign = z.infer<typeof StoredCampaignSchema>;

/** One setting; its value is checked by the rule of its key (lib/storage/settings.ts). */
const SettingSchema = z.object({ key: Id, value: z.unknown() });
export type Setting = z.infer<typeof SettingSchema>;

/** The column mapping last used for results files with the same columns. */
const StoredMappingSchema = z.object({
  /** The file's columns, normalised and joined: files with the same columns share a mapping. */
  id: z.string().check(z.minLength(1), z.maxLength(20000)),
  mapping: ColumnMappingSchema,
  updatedAt: Iso,
});
export type StoredMapping = z.infer<typeof StoredMappingSchema>;

/**
 * The marketer's verdict on one flag of one creator (lib/verdicts): explained, with a note. The flag
 * is named as lib/verdicts names it; a verdict outlives new visits and is undone by deleting it.
 */
const VerdictSchema = z.object({
  creatorKey: CreatorKey,
  flag: z.string().check(z.minLength(1), z.maxLength(400)),
  note: z.string().check(z.minLength(1), z.maxLength(VERDICT_NOTE_MAX_CHARS)),
  explainedAt: Iso,
});
export type StoredVerdict = z.infer<typeof VerdictSchema>;

/** Each table's row schema. A results import is stored as the document itself. */
export const ROW_SCHEMAS = {
  snapshots: StoredSnapshotSchema,
  creators: CreatorRecordSchema,
  shortlists: ShortlistSchema,
  shortlistEntries: ShortlistEntrySchema,
  briefs: StoredBriefSchema,
  campaigns: StoredCampaignSchema,
  settings: SettingSchema,
  resultImports: ResultImportSchema,
  resultMappings: StoredMappingSchema,
  verdicts: VerdictSchema,
} as const;
export type StoredTable = keyof typeof ROW_SCHEMAS;
export const STORED_TABLES = Object.keys(ROW_SCHEMAS) as StoredTable[];
export type Row<T extends StoredTable> = z.infer<(typeof ROW_SCHEMAS)[T]>;
