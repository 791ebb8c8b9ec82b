import * as z from 'zod/mini';
import { OBSERVER_CHANNEL } from './platforms/observe';
import type { Dossier } from './dossier/types';
import { ConfidenceSchema, type Scores } from './scoring/types';
import { PlatformSchema, ProfileSnapshotSchema, UnreadableReasonSchema, type ProfileSnapshot } from './snapshot';
import { messageKey } from './i18n/keys';
import type { MessageKey } from './i18n/message-keys';

/** One visit a tab stored: the creator and the snapshot's time, which is its place in the history. */
const ForgetItemSchema = z.object({ creatorKey: z.string().check(z.minLength(1), z.maxLength(300)), capturedAt: z.iso.datetime({ offset: true }) });
export type ForgetItem = z.infer<typeof ForgetItemSchema>;

/**
 * Every message is a member of a discriminated union whose type names its direction:
 * `content:*` goes from a content script to the background, `tab:*` from the popup to the content script of a tab. Each receiver parses
 * what arrives with these schemas and checks who sent it.
 */
const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  /** `personActive`: the person clicked, typed or scrolled just before (trusted events only), which gives the tab a person's allowance of new creators (lib/background/rates.ts). */
  z.object({ type: z.literal('content:snapshot'), snapshot: ProfileSnapshotSchema, personActive: z.optional(z.boolean()) }),
  /** Sets (not flips) the shortlist state, so a message retried after a stopped worker changes nothing twice. */
  z.object({
    type: z.literal('content:shortlist-set'),
    creatorKey: z.string().check(z.maxLength(300)),
    snapshot: ProfileSnapshotSchema,
    shortlisted: z.boolean(),
  }),
  /** After a flood: forget the visits this tab stored during it (and creators they made), see lib/storage/forget.ts. */
  z.object({ type: z.literal('content:forget'), items: z.array(ForgetItemSchema).check(z.minLength(1), z.maxLength(100)) }),
  /** The card's link to the brief in use: opens the side panel on its Briefs tab. */
  z.object({ type: z.literal('content:open-briefs') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** Everything the background accepts. Extension pages open the store themselves. */
export const ToBackgroundSchema = ContentToBackgroundSchema;

export const PopupToTabSchema = z.object({ type: z.literal('tab:current-state') });

/** What the background answers a snapshot with. Scores are checked for shape, not re-derived. */
const ScoreShape = z.looseObject({
  score: z.nullable(z.number()),
  confidence: ConfidenceSchema,
  reasons: z.array(z.string()),
});

export const ReportSchema = z.object({
  snapshot: ProfileSnapshotSchema,
  scores: z.object({
    engagement: ScoreShape,
    reach: z.optional(z.nullable(ScoreShape)),
    authenticity: ScoreShape,
    brandFit: z.nullable(ScoreShape),
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

export const SnapshotResponseSchema = z.discriminatedUnion('ok', [
  /** `lookAlikeOf`: the handle of another stored creator this one looks like (lib/handle-display.ts). */
  z.object({
    ok: z.literal(true),
    creatorKey: z.string(),
    report: ReportSchema,
    shortlisted: z.boolean(),
    lookAlikeOf: z.optional(z.string().check(z.maxLength(300))),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
/** The scored report. Its scores are checked for shape on arrival (ScoreShape), typed in full here. */
export interface Report {
  snapshot: ProfileSnapshot;
  scores: Scores;
  /** Absent in reports made before the dossier existed. */
  dossier?: Dossier;
}
export type SnapshotResponse = { ok: true; creatorKey: string; report: Report; shortlisted: boolean; lookAlikeOf?: string } | { ok: false; error: string };

export const ToggleResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), shortlisted: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ToggleResponse = z.infer<typeof ToggleResponseSchema>;

export type ForgetResponse = { ok: true; forgotten: number } | { ok: false; error: string };
export type OpenResponse = { ok: true } | { ok: false; error: string };

/** Session-storage key where the worker leaves the view the side panel should show (the card's brief link). */
export const PANEL_REQUEST_KEY = 'vetlens-panel-request';
/** A request older than this is stale: the panel opened for another reason. */
export const PANEL_REQUEST_TTL_MS = 30_000;

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
  z.object({
    status: z.literal('ready'),
    creatorKey: z.string(),
    report: ReportSchema,
    shortlisted: z.boolean(),
    lookAlikeOf: z.optional(z.string().check(z.maxLength(300))),
  }),
  /** The page was read but the background could not score or store it (e.g. storage is full). */
  z.object({ status: z.literal('error'), message: z.string().check(z.maxLength(1000)) }),
  /** The page sent far more than a person's browsing would: reading stopped, nothing of it kept. */
  z.object({ status: z.literal('flood'), platform: PlatformSchema }),
]);
export type TabState =
  | Exclude<z.infer<typeof TabStateSchema>, { status: 'ready' }>
  | { status: 'ready'; creatorKey: string; report: Report; shortlisted: boolean; lookAlikeOf?: string };
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
