import type { I18n } from '../i18n/translate';
import { formatPercent } from '../i18n/format';
import type { ProfileSnapshot } from '../snapshot';
import { clamp } from './stats';
import type { AuthenticityFlag, AuthenticityScore, EngagementScore } from './types';

const SEVERITY_PENALTY = { info: 0, warn: 20, severe: 40 } as const;

/**
 * First authenticity pass: engagement far below the tier's "low" band (bought followers) and far
 * above three times its "average" band (bought likes or pods). #4 adds the remaining signals.
 */
export function scoreAuthenticity(snapshot: ProfileSnapshot, engagement: EngagementScore, i18n: I18n): AuthenticityScore {
  const { t, locale } = i18n;
  const flags: AuthenticityFlag[] = [];
  const { rate, benchmark } = engagement;
  if (rate === null || benchmark === null || engagement.confidence === 'none') {
    return { score: null, confidence: 'none', verdict: null, flags, reasons: [t('reason_auth_not_enough')] };
  }
  if (benchmark.low !== null && rate < benchmark.low / 2) {
    flags.push({ id: 'engagement-far-below-tier', severity: 'severe', evidence: t('flag_engagement_far_below', formatPercent(rate, locale), formatPercent(benchmark.low, locale), benchmark.tierLabel) });
  }
  if (benchmark.high !== null && rate > benchmark.high * 3) {
    flags.push({ id: 'engagement-implausibly-high', severity: 'warn', evidence: t('flag_engagement_too_high', formatPercent(rate, locale), formatPercent(benchmark.high * 3, locale), benchmark.tierLabel) });
  }
  const score = clamp(100 - flags.reduce((sum, f) => sum + SEVERITY_PENALTY[f.severity], 0), 0, 100);
  const verdict = flags.some((f) => f.severity === 'severe') ? 'suspicious' : flags.length ? 'review' : 'ok';
  const reasons = flags.length ? flags.map((f) => f.evidence) : [t('reason_auth_no_flags')];
  return { score, confidence: engagement.confidence, verdict, flags, reasons };
}
