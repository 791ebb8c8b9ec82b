import * as z from 'zod/mini';
import type { Severity, Verdict } from './checks/ladder';
import type { Fact } from './fact';
import type { PostCount } from '../snapshot';

/**
 * The report's shape is a contract (overlay, popup, `npm run vet`, exports): every score has
 * `score` (0–100 or null when data is insufficient), `confidence` and `reasons` a marketer reads:
 * facts (lib/scoring/fact.ts), which each view writes in its language (lib/i18n/facts.ts).
 */
export const ConfidenceSchema = z.enum(['none', 'low', 'medium', 'high']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** What a rate is divided by: followers (Instagram) or views (TikTok, YouTube). */
export const RateBasisSchema = z.enum(['followers', 'views']);
export type RateBasis = z.infer<typeof RateBasisSchema>;

/** The authenticity verdict, from clean to most doubtful. */
export { AuthenticityVerdictSchema, type Verdict as AuthenticityVerdict } from './checks/ladder';

/** The parts the overall score mixes, in the order its reasons name them. */
export const OverallPartSchema = z.enum(['engagement', 'reach', 'authenticity', 'brandFit']);
export type OverallPart = z.infer<typeof OverallPartSchema>;
export const OVERALL_PARTS = OverallPartSchema.options;

/** The formats reach compares apart: TikTok videos; YouTube long videos and Shorts. */
export type ReachFormat = 'video' | 'long' | 'shorts';

/** Confidences from least to most sure: the schema's own order, the one place it is written. */
export const CONFIDENCE_ORDER: readonly Confidence[] = ConfidenceSchema.options;

/** How sure a confidence is, 0 ("none") to 3 ("high"), for sorting and comparing. */
export function confidenceRank(confidence: Confidence): number {
  return CONFIDENCE_ORDER.indexOf(confidence);
}

/** The least sure of the confidences given ("none" when given none). */
export function lowerConfidence(...confidences: Confidence[]): Confidence {
  return CONFIDENCE_ORDER[Math.min(...confidences.map(confidenceRank))] ?? 'none';
}

export interface ScoreBase {
  score: number | null;
  confidence: Confidence;
  reasons: Fact[];
}

export interface BenchmarkRef {
  /** e.g. "10k–50k" */
  tierLabel: string;
  /** The typical (median) rate for the tier, as a ratio (0.009 = 0.9%). */
  typical: number;
  /** Below this the tier calls it "low". */
  low: number | null;
  /** The upper end of the tier's "average" band. */
  high: number | null;
  /** What the rate is divided by. */
  basis: RateBasis;
  source: string;
  year: number;
  /** Log-normal spread used to turn the rate into a percentile (see lib/scoring/benchmarks.ts). */
  sigma?: number;
}

/**
 * A post left out of the rates, and why: pinned, too recent to have collected its engagement, beyond
 * the window a score uses, or its only reading taken while it was too recent (lib/limits.ts).
 */
export interface PostLeftOut {
  id: string;
  why: 'pinned' | 'too-recent' | 'beyond-window' | 'read-too-recent';
}

export interface EngagementScore extends ScoreBase {
  /** The engagement rate as a ratio, or null. */
  rate: number | null;
  basis: RateBasis | null;
  benchmark: BenchmarkRef | null;
  /** Ids of the posts used, and why others were left out. */
  inputs: { postIds: string[]; count: number; excluded: PostLeftOut[] };
  /** Where the rate sits among the tier's creators (0–100); the score equals it, rounded. */
  percentile?: number | null;
}

export interface ReachScore extends ScoreBase {
  /** Median views per post ÷ followers over every post with views, or null. */
  rate: number | null;
  /** The weighted percentile the score rounds. */
  percentile: number | null;
  /** One comparison per format seen (TikTok videos; YouTube long videos and Shorts apart). */
  parts: Array<{
    format: ReachFormat;
    ratio: number;
    typical: number;
    tierLabel: string;
    percentile: number;
    count: number;
    postIds: string[];
    source: string;
    year: number;
  }>;
  inputs: { postIds: string[]; count: number };
}

/** Counts of the posts in the scoring window, by the kind of page each count was read on. */
export interface CountOrigins {
  /** On the creator's profile or channel page (or its observed JSON). */
  listed: number;
  /** On the post's own page: videos and posts the marketer opened. */
  opened: number;
}

/** A post's counts, and its engagement per view where views and likes are known. */
export interface PostNumbers {
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  engagementPerView: number | null;
}

/** How this post's counts were shown: rounded ones, views set aside, likes hidden by the owner. */
export interface CurrentPostMarks {
  rounded?: readonly PostCount[];
  viewsSetAside?: 'live' | 'below-likes';
  likesHidden?: boolean;
}

/** What the scores rest on: everything seen of the creator, merged (lib/scoring/merge.ts). */
export interface ScoreEvidence {
  /** Stored visits merged, this one included. */
  visits: number;
  /** Posts known after merging, and those in the scoring window (latest 30, exclusions applied). */
  postsKnown: number;
  postsUsed: number;
  likes: CountOrigins;
  views: CountOrigins;
  /** The follower count of an earlier visit, where this page shows none. */
  followersFrom: { capturedAt: string; followers: number } | null;
  /** TikTok and YouTube: recent videos still to open before likes give a firm score; 0 when none. */
  openForLikes: number;
  /** The creator's usual numbers: medians over the window, this page's post left out. */
  usual: PostNumbers & { count: number };
  /** On a post page: this post, its counts as the page shows them, gaps filled from other pages. */
  current: (PostNumbers & { id: string } & CurrentPostMarks) | null;
}

export interface AuthenticityFlag {
  id: string;
  /** A step of the one severity ladder (lib/scoring/checks/ladder.ts). */
  severity: Severity;
  /** The evidence, as a fact to write in the interface's language: the numbers that raised it. */
  evidence: Fact;
  /** The measured value and the line it crossed, as ratios or counts. */
  value?: number;
  threshold?: number;
  /** Where the threshold comes from. */
  source?: string;
  year?: number;
  /** The posts the flag is about, where it is about particular posts. */
  postIds?: string[];
  /** The manipulation this flag points to; flags pointing to the same one corroborate each other. */
  suggests?: 'bought-likes' | 'bought-followers' | 'pods';
}

/** One authenticity check and whether the data allowed it. */
export interface AuthenticityCheck {
  id: string;
  status: 'passed' | 'flagged' | 'not-checked';
}

/** How many of the checks the data allowed ("3 of 7 checks"). */
export function checksRan(checks: readonly AuthenticityCheck[]): { ran: number; of: number } {
  return { ran: checks.filter((c) => c.status !== 'not-checked').length, of: checks.length };
}

export interface AuthenticityScore extends ScoreBase {
  verdict: Verdict | null;
  flags: AuthenticityFlag[];
  /** Every check, including those passed or impossible with this page's data. */
  checks?: AuthenticityCheck[];
  /** The posts and earlier snapshots the checks used. */
  inputs?: { postIds: string[]; count: number; historyCount: number };
}

export interface BrandFitWarning {
  id: 'competitor' | 'avoid-word' | 'undisclosed-sponsorship';
  evidence: Fact;
  postId?: string;
}

export interface BrandFitMatch {
  /** The brief's keyword or category term. */
  term: string;
  /** Where it matched: bio, captions or hashtags. */
  fields: Array<'bio' | 'caption' | 'hashtags'>;
  postIds: string[];
}

export interface BrandFitScore extends ScoreBase {
  briefName: string;
  warnings: BrandFitWarning[];
  /** Brief terms found in the bio, captions and hashtags. */
  matches?: BrandFitMatch[];
  /** Terms of the brief that matched nothing. */
  missing?: string[];
  /** Detected content language (ISO 639-1) or null, and whether the brief accepts it. */
  language?: { detected: string | null; accepted: boolean | null };
  /** Audience demographics cannot be read from a profile page: always null ("unknown"), never guessed. */
  audience?: { age: null; gender: null; country: null };
  inputs?: { postIds: string[]; count: number; bio: boolean };
  /** The parts of the fit score, 0–100 each, null where the brief leaves them open. */
  parts?: { text: number | null; language: number | null; followers: number | null; platform: number | null };
}

export interface OverallScore extends ScoreBase {
  /** The marketer's weights, as set. */
  weights: ScoreWeights;
  /** Each part's share of this score (0–1, summing to 1), after the adjustments the reasons explain. */
  shares?: Partial<Record<OverallPart, number>>;
}

export interface ScoreWeights {
  engagement: number;
  authenticity: number;
  brandFit: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { engagement: 0.4, authenticity: 0.4, brandFit: 0.2 };

export interface Scores {
  engagement: EngagementScore;
  /** TikTok and YouTube; null on Instagram. Optional only for reports made before it existed. */
  reach?: ReachScore | null;
  authenticity: AuthenticityScore;
  brandFit: BrandFitScore | null;
  overall: OverallScore;
  /** What the scores rest on. Optional only for reports made before it existed. */
  evidence?: ScoreEvidence;
}

/**
 * Fewer posts than this is an anecdote: the rate is shown, without a score. Two videos opened give
 * a score, at low confidence (confidenceFor), so opening videos visibly pays off.
 */
export const MIN_POSTS_FOR_SCORE = 2;
