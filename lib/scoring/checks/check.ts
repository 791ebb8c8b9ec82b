import type { BrandBrief } from '../../brief';
import type { MessageKey } from '../../i18n/message-keys';
import type { Platform, ProfileSnapshot } from '../../snapshot';
import type { AuthenticityMeasures } from '../authenticity-measures';
import type { AuthenticityCalibration } from '../authenticity-references';
import type { BrandFitDoc, BrandFitSource, BriefTerm } from '../brand-fit-text';
import type { KeyFact } from '../fact';
import type { AuthenticityFlag, BrandFitMatch, BrandFitWarning, EngagementScore } from '../types';

/**
 * A check is a module (lib/scoring/checks/README.md): one file, one exported check, with its id (the
 * file's name), what it reads, what it can say and a `run` that says "not checked" when the data
 * does not allow it. Each kind has one registry (`checks/<kind>/index.ts`); the score functions walk it.
 */

/** What an authenticity check is given: the creator as merged, engagement, earlier visits and the fitted lines. */
export interface AuthenticityInput {
  snapshot: ProfileSnapshot;
  engagement: EngagementScore;
  history: readonly ProfileSnapshot[];
  measures: AuthenticityMeasures;
  calibration: AuthenticityCalibration;
}

/** A flag as a check raises it: the registry adds the check's id. */
export type FlagDraft<K extends MessageKey> = Omit<AuthenticityFlag, 'id' | 'evidence'> & { evidence: KeyFact<K> };

export type AuthenticityOutcome<K extends MessageKey> = { status: 'not-checked' } | { status: 'passed' } | { status: 'flagged'; flag: FlagDraft<K> };

export type Suggestion = NonNullable<AuthenticityFlag['suggests']>;

export interface AuthenticityCheckModule<Id extends string = string, K extends MessageKey = MessageKey> {
  /** The file's name; the catalogues name the check `check_<id in snake case>`. */
  id: Id;
  /**
   * What it reads: the posts in the scoring window, the profile's own counts, or earlier visits.
   * With no post check possible and nothing found, authenticity has no score ("not enough data").
   */
  reads: 'posts' | 'profile' | 'history';
  /** The platforms whose data it judges. */
  platforms: readonly Platform[];
  /** The manipulations its flags point to. */
  suggests: readonly Suggestion[];
  /** Every message its evidence can be (the type holds `run` to them). */
  says: readonly K[];
  /** Passed, flagged with the evidence, or "not-checked" where the data does not allow the check. */
  run(input: AuthenticityInput): AuthenticityOutcome<K>;
}

/** Declares an authenticity check; the `const` type parameters keep its id and messages exact. */
export function authenticityCheck<const Id extends string, const K extends MessageKey>(check: AuthenticityCheckModule<Id, K>): AuthenticityCheckModule<Id, K> {
  return check;
}

/** What a brand-fit check is given: the snapshot, the brief, and the text prepared once for all checks. */
export interface BrandFitInput {
  snapshot: ProfileSnapshot;
  brief: BrandBrief;
  /** The brief's keywords and category names, weighted. */
  terms: readonly BriefTerm[];
  /** The bio and each post with a caption or hashtags, as the text search indexes them. */
  docs: readonly BrandFitDoc[];
  /** The bio and each caption with its #tags and @mentions, where brand names are looked for. */
  sources: readonly BrandFitSource[];
  /** The content language (ISO 639-1), or null when unsure. */
  language: string | null;
}

export type BrandFitPart = 'text' | 'language' | 'followers' | 'platform';

export interface BrandFitOutcome<K extends MessageKey> {
  /** "not-asked": the brief leaves it open; "not-checked": the page lacks what it needs. */
  status: 'not-asked' | 'not-checked' | 'checked';
  /** A part check's value, 0–100 (absent unless checked). */
  score?: number;
  /** A warning check's points off the fit score. */
  penalty?: number;
  reasons: Array<KeyFact<K>>;
  warnings?: Array<Omit<BrandFitWarning, 'evidence'> & { evidence: KeyFact<K> }>;
  /** The text check's matches and the terms that matched nothing. */
  matches?: BrandFitMatch[];
  missing?: string[];
  /** The language check's answer: whether the brief accepts the content language. */
  accepted?: boolean;
}

export interface BrandFitCheckModule<Id extends string = string, K extends MessageKey = MessageKey> {
  /** The file's name: a part of the fit score's name, or the id of the warnings it raises. */
  id: Id;
  /** How it counts: a part of the fit score with its weight, or warnings with points off (per hit, at most `max`). */
  counts: { part: BrandFitPart; weight: number } | { penalty: { per: number; max: number } };
  /** The brief's fields that ask for it; none: it always runs. */
  asks: ReadonlyArray<keyof BrandBrief>;
  /** What of the page it reads. */
  reads: ReadonlyArray<'bio' | 'captions' | 'hashtags' | 'followers' | 'platform' | 'language'>;
  says: readonly K[];
  run(input: BrandFitInput): BrandFitOutcome<K>;
}

export function brandFitCheck<const Id extends string, const K extends MessageKey>(check: BrandFitCheckModule<Id, K>): BrandFitCheckModule<Id, K> {
  return check;
}
