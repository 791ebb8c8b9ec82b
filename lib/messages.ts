import * as z from 'zod/mini';
import { OBSERVER_CHANNEL } from './platforms/observe';
import type { Dossier } from './dossier/types';
import { FactSchema } from './scoring/fact';
import { ConfidenceSchema, type Scores } from './scoring/types';
import { PlatformSchema, ProfileSnapshotSchema, UnreadableReasonSchema, type ProfileSnapshot } from './snapshot';
import { messageKey } from './i18n/keys';
import type { MessageKey } from './i18n/message-keys';

/** One visit a tab stored: the creator and the snapshot's time, which is its place in the history. */
export const ForgetItemSchema = z.object({
  creatorKey: z.string().check(z.minLength(1), z.maxLength(300)),
  capturedAt: z.iso.datetime({ offset: true }),
});
export type ForgetItem = z.infer<typeof ForgetItemSchema>;

/**
 * The data the messages carry and answer with. The messages themselves (who sends what to whom, and
 * what each is answered with) are listed once, in lib/protocol/channels.ts.
 */

/** What the background answers a snapshot with. Scores are checked for shape, not re-derived; reasons and evidence are facts (lib/scoring/fact.ts). */
const ScoreShape = z.looseObject({
  score: z.nullable(z.number()),
  confidence: ConfidenceSchema,
  reasons: z.array(FactSchema),
});
const RaisedShape = z.array(z.looseObject({ id: z.string(), evidence: FactSchema }));

const ReportShapeSchema = z.object({
  snapshot: ProfileSnapshotSchema,
  scores: z.object({
    engagement: ScoreShape,
    reach: z.optional(z.nullable(ScoreShape)),
    authenticity: z.extend(ScoreShape, { flags: RaisedShape }),
    brandFit: z.nullable(z.extend(ScoreShape, { warnings: RaisedShape })),
    overall: ScoreShape,
    /** What the scores rest on (lib/scoring/evidence.ts). */
    evidence: z.optional(z.looseObject({ visits: z.number(), openForLikes: z.number() })),
  }),
  /** Audience signals, sponsorships, price, contact and growth (lib/dossier), checked for shape. */
  dossier: z.optional(
    z.looseObject({
      audience: z.looseObject({}),
      sponsorships: z.looseObject({ share: z.nullable(z.number()) }),
      price: z.nullable(z.looseObject({ low: z.number(), high: z.number() })),
      contact: z.looseObject({ emails: z.array(z.string()) }),
      growth: z.looseObject({}),
    }),
  ),
});

/**
 * The scored report: checked for shape on arrival (ReportShapeSchema: the snapshot in full, the
 * scores and dossier for the fields every view relies on), typed in full (lib/scoring/types,
 * lib/dossier/types), as the worker made it with lib/scoring. This is the one place where a checked
 * shape is given its full type, so no receiver casts a report.
 */
export const ReportSchema = z.pipe(ReportShapeSchema, z.custom<Report, z.output<typeof ReportShapeSchema>>());
export interface Report {
  snapshot: ProfileSnapshot;
  scores: Scores;
  /** Absent in reports made before the dossier existed. */
  dossier?: Dossier;
}

/** A worker's refusal or failure: every answer to a content script can be one. */
const FailureSchema = z.object({ ok: z.literal(false), error: z.string() });

/** `lookAlikeOf`: the handle of another stored creator this one looks like (lib/handle-display.ts). */
export const SnapshotResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    creatorKey: z.string(),
    report: ReportSchema,
    shortlisted: z.boolean(),
    lookAlikeOf: z.optional(z.string().check(z.maxLength(300))),
  }),
  FailureSchema,
]);
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;

export const ToggleResponseSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), shortlisted: z.boolean() }), FailureSchema]);
export type ToggleResponse = z.infer<typeof ToggleResponseSchema>;

export const ForgetResponseSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), forgotten: z.number() }), FailureSchema]);
export type ForgetResponse = z.infer<typeof ForgetResponseSchema>;

export const OpenResponseSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), FailureSchema]);
export type OpenResponse = z.infer<typeof OpenResponseSchema>;

export { PANEL_REQUEST_KEY, PANEL_REQUEST_TTL_MS } from './panel-request';

/** A scored creator: what the card shows once the worker has answered (the worker sends it to the card too). */
export const ReadyTabStateSchema = z.object({
  status: z.literal('ready'),
  creatorKey: z.string(),
  report: ReportSchema,
  shortlisted: z.boolean(),
  lookAlikeOf: z.optional(z.string().check(z.maxLength(300))),
});
export type ReadyTabState = z.infer<typeof ReadyTabStateSchema>;

/** What a tab's content script tells the popup about the page it is on. */
export const TabStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('loading'), platform: PlatformSchema }),
  /** `pageKind: "post"` on a post or video page: the card then speaks of the post, not the account. */
  z.object({
    status: z.literal('unreadable'),
    platform: PlatformSchema,
    reason: UnreadableReasonSchema,
    detail: z.string(),
    pageKind: z.optional(z.enum(['post'])),
  }),
  ReadyTabStateSchema,
  /** The page was read but the background could not score or store it (e.g. storage is full). */
  z.object({ status: z.literal('error'), message: z.string().check(z.maxLength(1000)) }),
  /** The page sent far more than a person's browsing would: reading stopped, nothing of it kept. */
  z.object({ status: z.literal('flood'), platform: PlatformSchema }),
]);
export type TabState = z.infer<typeof TabStateSchema>;
/** The catalogue key of an unreadable page's message: a post or video page has its own words where the account's would be wrong. */
export function unreadableMessageKey(state: { reason: z.infer<typeof UnreadableReasonSchema>; pageKind?: 'post' }): MessageKey {
  if (state.pageKind === 'post' && state.reason === 'unavailable') return 'overlay_unreadable_unavailable_post';
  return messageKey('overlay_unreadable', state.reason);
}

/** A state the overlay shows ("none" removes it). */
export type VisibleTabState = Exclude<TabState, { status: 'none' }>;

/** The channel from the MAIN-world observer to the isolated content script (window.postMessage). */
export const ObservedMessageSchema = z.object({
  channel: z.literal(OBSERVER_CHANNEL),
  url: z.string().check(z.maxLength(4000)),
  body: z.unknown(),
});
