import type { BrandBrief } from '../brief';
import type { I18n } from '../i18n/translate';
import type { ProfileSnapshot } from '../snapshot';
import { scoreAuthenticity } from './authenticity';
import { scoreBrandFit, type BrowserLanguage } from './brand-fit';
import { scoreEngagement } from './engagement';
import { DEFAULT_WEIGHTS, type BrandFitScore, type OverallScore, type ScoreWeights, type Scores } from './types';

export interface ScoreContext {
  i18n: I18n;
  /** Earlier snapshots of the same creator, oldest first (for growth signals). */
  history?: readonly ProfileSnapshot[];
  /** The active brand brief, if any. */
  brief?: BrandBrief | null;
  weights?: ScoreWeights;
  /** The browser's own language detector on the same text, where there is one (it may only veto). */
  browserLanguage?: BrowserLanguage | null;
}

/**
 * The weighted mix of the part scores. Parts without a score (no brief, too little data) leave the
 * mix and the other weights are scaled up; without an engagement score there is no overall number,
 * since the other parts alone cannot say whether a creator reaches anyone.
 */
export function scoreOverall(parts: { engagement: Scores['engagement']; authenticity: Scores['authenticity']; brandFit: BrandFitScore | null }, weights: ScoreWeights, i18n: I18n): OverallScore {
  const { t } = i18n;
  const entries = [
    ['engagement', parts.engagement, weights.engagement],
    ['authenticity', parts.authenticity, weights.authenticity],
    ['brandFit', parts.brandFit, weights.brandFit],
  ] as const;
  const used = entries.filter(([, part, weight]) => part !== null && part.score !== null && weight > 0);
  const weightSum = used.reduce((s, [, , w]) => s + w, 0);
  if (weightSum === 0 || parts.engagement.score === null) {
    return { score: null, confidence: 'none', weights, reasons: [t('reason_overall_not_enough')] };
  }
  const total = used.reduce((s, [, part, w]) => s + part!.score! * w, 0);
  const confidences = ['none', 'low', 'medium', 'high'] as const;
  const lowest = Math.min(...used.map(([, p]) => confidences.indexOf(p!.confidence)));
  const reasons = [t('reason_overall_mix', Math.round(weights.engagement * 100), Math.round(weights.authenticity * 100), Math.round(weights.brandFit * 100))];
  reasons.push(used.map(([name, part, w]) => t('reason_overall_part', t(`part_${name}`), part!.score!, Math.round((w / weightSum) * 100))).join('; '));
  for (const [name, part, w] of entries) {
    if (w > 0 && (part === null || part.score === null)) reasons.push(t('reason_overall_left_out', t(`part_${name}`)));
  }
  return { score: Math.round(total / weightSum), confidence: confidences[lowest] ?? 'low', weights, reasons };
}

/** Scores one snapshot. Pure: data in, scores out, time counted from the snapshot's capturedAt. */
export function scoreSnapshot(snapshot: ProfileSnapshot, context: ScoreContext): Scores {
  const { i18n } = context;
  const engagement = scoreEngagement(snapshot, i18n);
  const authenticity = scoreAuthenticity(snapshot, engagement, i18n, context.history ?? []);
  const brandFit: BrandFitScore | null = context.brief ? scoreBrandFit(snapshot, context.brief, i18n, { browserLanguage: context.browserLanguage }) : null;
  const overall = scoreOverall({ engagement, authenticity, brandFit }, context.weights ?? DEFAULT_WEIGHTS, i18n);
  return { engagement, authenticity, brandFit, overall };
}
