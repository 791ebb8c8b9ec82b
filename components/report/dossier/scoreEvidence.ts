import type { I18n } from '../../../lib/i18n/translate';
import type { OverallPart, OverallScore } from '../../../lib/scoring/types';
import type { CreatorScores } from '../../../lib/storage/records';
import { messageKey } from '../../../lib/i18n/keys';

/** "per view" or "per follower": engagement rates on the two bases are not comparable; empty where unknown. */
export function basisWords(scores: Pick<CreatorScores, 'engagementBasis'>, { t }: Pick<I18n, 't'>): string {
  return scores.engagementBasis ? t(messageKey('evidence_basis', scores.engagementBasis)) : '';
}

/** "low confidence · engagement only": how sure the overall is, and the one part it rests on where it rests on one. */
export function overallEvidence(scores: Pick<CreatorScores, 'confidence' | 'overallParts' | 'overall'>, { t }: Pick<I18n, 't'>): string {
  if (scores.overall === null || !scores.confidence) return '';
  const parts = scores.overallParts ?? [];
  const only = parts.length === 1 ? t('evidence_one_part', t(messageKey('part', parts[0]!))) : '';
  return [t(messageKey('confidence', scores.confidence.overall)), only].filter(Boolean).join(' · ');
}

/**
 * The card's note under the overall: "From brand fit only" where one part carries the whole overall
 * (the others could not be scored), so a 90 from brand fit alone is not read as a rounded judgement.
 */
export function overallOnePartNote(overall: Pick<OverallScore, 'score' | 'shares'>, { t, locale }: Pick<I18n, 't' | 'locale'>): string | undefined {
  if (overall.score === null || !overall.shares) return undefined;
  const parts = (Object.keys(overall.shares) as OverallPart[]).filter((part) => (overall.shares?.[part] ?? 0) > 0);
  return parts.length === 1 ? t('overall_one_part', t(messageKey('part', parts[0]!)).toLocaleLowerCase(locale)) : undefined;
}
