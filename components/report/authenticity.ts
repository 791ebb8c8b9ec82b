import type { I18n } from '../../lib/i18n/translate';
import type { Confidence } from '../../lib/scoring/types';
import { messageKey } from '../../lib/i18n/keys';

/** An authenticity score from low or no confidence rests on too little to colour as good or poor. */
export function isTentative(confidence: Confidence | undefined): boolean {
  return confidence === 'low' || confidence === 'none';
}

/** "3 of 7 checks", or nothing when the checks are not known. */
export function checksNote(checks: { ran: number; of: number } | null | undefined, i18n: I18n): string | undefined {
  return checks && checks.of > 0 ? i18n.t('report_checks_run', checks.ran, checks.of) : undefined;
}

/** The authenticity part of a stored score summary (a creator record's `scores`). */
interface StoredAuthenticity {
  authenticity: number | null;
  authenticityConfidence?: Confidence;
  authenticityChecks?: { ran: number; of: number } | null;
}

/**
 * What a list says beside a stored authenticity score that rests on little ("low confidence · 3 of 7
 * checks"), as the card does with its neutral colour. Null for a confident score, for no score, and
 * for records stored before the confidence was.
 */
export function tentativeAuthenticity(scores: StoredAuthenticity, i18n: I18n): string | null {
  const confidence = scores.authenticityConfidence;
  if (scores.authenticity === null || !confidence || !isTentative(confidence)) return null;
  return [i18n.t(messageKey('confidence', confidence)), checksNote(scores.authenticityChecks, i18n)].filter(Boolean).join(' · ');
}
