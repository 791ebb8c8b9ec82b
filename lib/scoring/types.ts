import * as z from 'zod/mini';

/**
 * The report's shape is a contract (overlay, popup, `npm run vet`, exports): every score has
 * `score` (0–100 or null when data is insufficient), `confidence` and `reasons` a marketer reads.
 */
export const ConfidenceSchema = z.enum(['none', 'low', 'medium', 'high']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export interface ScoreBase {
  score: number | null;
  confidence: Confidence;
  reasons: string[];
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
  basis: 'followers' | 'views';
  source: string;
  year: number;
}

export interface EngagementScore extends ScoreBase {
  /** The engagement rate as a ratio, or null. */
  rate: number | null;
  basis: 'followers' | 'views' | null;
  benchmark: BenchmarkRef | null;
  /** Ids of the posts used, and why others were left out. */
  inputs: { postIds: string[]; count: number; excluded: Array<{ id: string; why: string }> };
}

export interface AuthenticityFlag {
  id: string;
  severity: 'info' | 'warn' | 'severe';
  /** Plain-language evidence: the numbers that raised it. */
  evidence: string;
}

export interface AuthenticityScore extends ScoreBase {
  verdict: 'ok' | 'review' | 'suspicious' | null;
  flags: AuthenticityFlag[];
}

export interface BrandFitWarning {
  id: 'competitor' | 'avoid-word' | 'undisclosed-sponsorship' | string;
  evidence: string;
  postId?: string;
}

export interface BrandFitScore extends ScoreBase {
  briefName: string;
  warnings: BrandFitWarning[];
}

export interface OverallScore extends ScoreBase {
  weights: ScoreWeights;
}

export interface ScoreWeights {
  engagement: number;
  authenticity: number;
  brandFit: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { engagement: 0.4, authenticity: 0.4, brandFit: 0.2 };

export interface Scores {
  engagement: EngagementScore;
  authenticity: AuthenticityScore;
  brandFit: BrandFitScore | null;
  overall: OverallScore;
}
