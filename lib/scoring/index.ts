import type { BrandBrief } from '../brief';
import type { I18n } from '../i18n/translate';
import type { ProfileSnapshot } from '../snapshot';
import { scoreAuthenticity } from './authenticity';
import { scoreBrandFit } from './brand-fit';
import { scoreEngagement } from './engagement';
import { DEFAULT_WEIGHTS, type BrandFitScore, type OverallScore, type ScoreWeights, type Scores } from './types';

export interface ScoreContext {
  i18n: I18n;
  /** Earlier snapshots of the same creator, oldest first (for growth signals). */
  history?: readonly ProfileSnapshot[];
  /** The active brand brief, if any. */
  brief?: BrandBrief | null;
  weights?: ScoreWeights;
}

export function scoreOverall(parts: { engagement: Scores['engagement']; authenticity: Scores['authenticity']; brandFit: BrandFitScore | null }, weights: ScoreWeights, i18n: I18n): OverallScore {
  const entries = [
    [parts.engagement, weights.engagement],
    [parts.authenticity, weights.authenticity],
    [parts.brandFit, weights.brandFit],
  ] as const;
  let total = 0;
  let weightSum = 0;
  for (const [part, weight] of entries) {
    if (part && part.score !== null && weight > 0) {
      total += part.score * weight;
      weightSum += weight;
    }
  }
  if (weightSum === 0 || parts.engagement.score === null) {
    return { score: null, confidence: 'none', weights, reasons: [i18n.t('reason_overall_not_enough')] };
  }
  const confidences = ['none', 'low', 'medium', 'high'] as const;
  const lowest = Math.min(...entries.filter(([p]) => p && p.score !== null).map(([p]) => confidences.indexOf(p!.confidence)));
  return {
    score: Math.round(total / weightSum),
    confidence: confidences[lowest] ?? 'low',
    weights,
    reasons: [i18n.t('reason_overall_mix', Math.round(weights.engagement * 100), Math.round(weights.authenticity * 100), Math.round(weights.brandFit * 100))],
  };
}

/** Scores one snapshot. Pure: data in, scores out, time counted from the snapshot's capturedAt. */
export function scoreSnapshot(snapshot: ProfileSnapshot, context: ScoreContext): Scores {
  const { i18n } = context;
  const engagement = scoreEngagement(snapshot, i18n);
  const authenticity = scoreAuthenticity(snapshot, engagement, i18n, context.history ?? []);
  const brandFit: BrandFitScore | null = context.brief ? scoreBrandFit(snapshot, context.brief, i18n) : null;
  const overall = scoreOverall({ engagement, authenticity, brandFit }, context.weights ?? DEFAULT_WEIGHTS, i18n);
  return { engagement, authenticity, brandFit, overall };
}
