import * as z from 'zod/mini';
import { LINKS_PER_PROFILE, POST_LIMITS } from './limits';
import { PLATFORMS } from './platforms/names';
import { HttpUrlSchema } from './urls';
import { expected } from './validation';

/**
 * The ProfileSnapshot: what one visit to a creator's page could read. Field names are a contract
 * with outside tools (`npm run vet`, exports), so they stay as they are.
 *
 * Honest numbers: a count the page did not show is null, never 0. Each count read records whether
 * the page gave it exactly ("2,362", a JSON integer) or rounded ("12.5K").
 */
export { PLATFORMS };
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

const PrecisionSchema = z.enum(['exact', 'rounded']);
export type Precision = z.infer<typeof PrecisionSchema>;

/** Only the three sites' own https addresses: a snapshot's links are rendered as links. */
const SITE_URL = expected('an https address on www.instagram.com, www.tiktok.com or www.youtube.com');
export const SiteUrlSchema = z.string(SITE_URL).check(z.maxLength(2000, SITE_URL), z.regex(/^https:\/\/www\.(instagram|tiktok|youtube)\.com\//, SITE_URL));

const COUNT = expected('a whole number ≥ 0 or null');
const Count = z.nullable(z.number(COUNT).check(z.int(COUNT), z.nonnegative(COUNT), z.lte(1e13, COUNT)));
const Text = (max: number) =>
  z.nullable(z.string(expected(`text of at most ${max} characters, or null`)).check(z.maxLength(max, expected(`text of at most ${max} characters, or null`))));
const IsoDate = z.iso.datetime({ offset: true, ...expected('an ISO date and time with a time zone, such as 2024-05-01T12:00:00Z') });

/** A post's counts, in the order the card lists them; `rounded` names those the page gave rounded. */
export const PostCountSchema = z.enum(['likes', 'comments', 'views', 'shares', 'saves']);
export type PostCount = z.infer<typeof PostCountSchema>;
export const POST_COUNTS = PostCountSchema.options;

/** Comments kept per post: enough for a language sample, small enough to store on every visit. */
export const MAX_COMMENT_TEXTS = 50;

const PostSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.nullable(SiteUrlSchema),
  publishedAt: z.nullable(IsoDate),
  likes: Count,
  comments: Count,
  views: Count,
  shares: Count,
  saves: z.optional(Count),
  caption: Text(20000),
  hashtags: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
  pinned: z.boolean(),
  /** Which of this post's counts were rounded by the page; absent means exact or not read. */
  rounded: z.optional(z.array(PostCountSchema)),
  /** Whether publishedAt came from a relative text such as "3 weeks ago" (approximate). */
  dateApproximate: z.optional(z.boolean()),
  /**
   * The site's own paid-partnership label (Instagram's "Paid partnership", YouTube's "Includes paid
   * promotion"): true when shown; false only where the page's data says there is none (a YouTube
   * player response without its paid-promotion overlay); null or absent when not shown or not known.
   */
  sponsored: z.optional(z.nullable(z.boolean())),
  /**
   * Why the page's view count was not kept: "live" (a stream on air: its "18 watching" are viewers
   * now, and its views come with the replay), "below-likes" (fewer views than likes: not a view
   * count, or not this video's). Absent when views were kept or never shown.
   */
  viewsSetAside: z.optional(z.enum(['live', 'below-likes'])),
  /**
   * Comments the post's own page loaded (their text only, no names): the audience's languages are
   * read from them (lib/dossier/audience.ts). Absent where the page showed none.
   */
  commentTexts: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(MAX_COMMENT_TEXTS))),
  /** The place tagged on the post, as the page names it. */
  place: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
});
export type Post = z.infer<typeof PostSchema>;

export const COUNT_FIELDS = ['followers', 'following', 'postCount', 'totalLikes'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export const ProfileSnapshotSchema = z.object({
  platform: PlatformSchema,
  /** The @name without "@"; null where the page of that era shows none (never invented). */
  handle: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  url: SiteUrlSchema,
  capturedAt: IsoDate,
  displayName: Text(500),
  bio: Text(10000),
  verified: z.nullable(z.boolean()),
  followers: Count,
  following: Count,
  postCount: Count,
  totalLikes: Count,
  /** Exact or rounded, per count that was read. */
  precision: z.partialRecord(z.enum(COUNT_FIELDS), PrecisionSchema),
  posts: z.array(PostSchema).check(z.maxLength(POST_LIMITS.perSnapshot)),
  /** Links from the bio / header: used to join one creator across platforms. */
  links: z.array(HttpUrlSchema).check(z.maxLength(LINKS_PER_PROFILE)),
  /** The creator hides like and view counts (Instagram): "hidden", not zero. */
  likesHidden: z.boolean(),
  /** A platform-specific stable id where the page gives one (YouTube channel id, TikTok user id). */
  platformId: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  /** The page's `lang`, which decided how its counts were parsed. */
  pageLanguage: z.optional(z.nullable(z.string().check(z.maxLength(35)))),
  /** Where the numbers came from, in the order they were used: "embedded-json", "observed-json", "dom", "meta". */
  sources: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  /** What kind of page this was read from. */
  pageKind: z.enum(['profile', 'post']),
  /** What was cut to the size limits (lib/bounds.ts): long bios or captions, or posts beyond the newest. */
  trimmed: z.optional(z.array(z.enum(['bio', 'captions', 'posts', 'hashtags'])).check(z.maxLength(4))),
  /**
   * Data the page loaded that disagreed with what the page shows (its follower count, the creator's
   * name or badge): it was set aside, and the snapshot holds what the page shows.
   */
  overruled: z.optional(z.array(z.enum(['followers', 'displayName', 'verified'])).check(z.maxLength(3))),
  /** A private account: its header counts were read, its posts are hidden from this viewer. */
  privateAccount: z.optional(z.boolean()),
  /** The profile's public business contact fields, where the page gives them (Instagram's business email, phone and city). */
  businessContact: z.optional(
    z.object({
      email: z.nullable(z.string().check(z.maxLength(320))),
      phone: z.nullable(z.string().check(z.maxLength(40))),
      city: z.nullable(z.string().check(z.maxLength(200))),
    }),
  ),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;

/** Why a page gave no snapshot. Never zeros instead. */
export const UnreadableReasonSchema = z.enum([
  'not-profile',
  'login-wall',
  'bot-check',
  'unreadable',
  'private',
  'account-chooser',
  'cookie-wall',
  'unavailable',
]);
export type UnreadableReason = z.infer<typeof UnreadableReasonSchema>;

export type ExtractResult =
  | { ok: true; snapshot: ProfileSnapshot }
  | {
      ok: false;
      reason: UnreadableReason;
      detail: string;
      /** Set on a post or video page, whose card speaks of the post ("this video is not available"), not the account. */
      pageKind?: 'post';
    };

/** Stable identity of a creator on one platform: "instagram:nasa". */
export function creatorKey(snapshot: Pick<ProfileSnapshot, 'platform' | 'handle' | 'url' | 'platformId'>): string {
  if (snapshot.handle) return `${snapshot.platform}:${snapshot.handle.toLowerCase()}`;
  if (snapshot.platformId) return `${snapshot.platform}:id:${snapshot.platformId}`;
  return `${snapshot.platform}:url:${new URL(snapshot.url).pathname.replace(/\/+$/, '').toLowerCase()}`;
}

export function extractHashtags(text: string | null | undefined): string[] {
  if (!text) return [];
  const tags = new Set<string>();
  for (const match of text.matchAll(/#([\p{L}\p{N}_]+)/gu)) tags.add(match[1]!.toLowerCase());
  return [...tags].slice(0, 200);
}
