import { PLATFORMS } from '../../../platforms/names';
import { THRESHOLDS, beyondShare } from '../../authenticity-measures';
import { decimal, fact, percent, tier } from '../../fact';
import { authenticityCheck, type AuthenticityInput, type AuthenticityOutcome } from '../check';

type Says = 'flag_rate_above_real' | 'flag_engagement_too_high';

/** Instagram: engagement per follower against lines fitted on real accounts. */
function perFollower({ measures: m, calibration: cal }: AuthenticityInput): AuthenticityOutcome<Says> {
  const ratio = m.rateRatio;
  const reference = m.reference;
  if (ratio === null || m.rate === null || !reference) return { status: 'not-checked' };
  const severity = ratio > cal.rateHigh.warn ? 'warn' : ratio > cal.rateHigh.info ? 'info' : null;
  if (!severity) return { status: 'passed' };
  const line = cal.rateHigh[severity];
  return {
    status: 'flagged',
    flag: {
      source: cal.source,
      year: cal.year,
      severity,
      suggests: 'bought-likes',
      value: m.rate,
      threshold: line * reference.median,
      evidence: fact(
        'flag_rate_above_real',
        percent(m.rate),
        decimal(ratio, 2),
        percent(reference.median),
        tier(reference.label),
        decimal(beyondShare(cal.percentiles.rateHigh[severity]), 1),
        decimal(line, 2),
      ),
    },
  };
}

/** TikTok and YouTube: engagement per view against the tier's published band (not refitted). */
function perView({ engagement }: AuthenticityInput): AuthenticityOutcome<Says> {
  const { rate, benchmark } = engagement;
  if (rate === null || engagement.inputs.count < THRESHOLDS.minPosts || benchmark === null || benchmark.high === null) return { status: 'not-checked' };
  const infoLine = benchmark.high * THRESHOLDS.engagementHighInfo;
  const warnLine = benchmark.high * THRESHOLDS.engagementHighWarn;
  if (rate <= infoLine) return { status: 'passed' };
  const severity = rate > warnLine ? 'warn' : 'info';
  const multiple = severity === 'warn' ? THRESHOLDS.engagementHighWarn : THRESHOLDS.engagementHighInfo;
  const line = severity === 'warn' ? warnLine : infoLine;
  return {
    status: 'flagged',
    flag: {
      severity,
      suggests: 'bought-likes',
      value: rate,
      threshold: line,
      source: benchmark.source,
      year: benchmark.year,
      evidence: fact('flag_engagement_too_high', percent(rate), percent(line), tier(benchmark.tierLabel), decimal(multiple, 2)),
    },
  };
}

/** Engagement implausibly high: bought likes (or pods). */
export const engagementImplausiblyHigh = authenticityCheck({
  id: 'engagement-implausibly-high',
  reads: 'posts',
  platforms: PLATFORMS,
  suggests: ['bought-likes'],
  says: ['flag_rate_above_real', 'flag_engagement_too_high'],
  run: (input) => (input.snapshot.platform === 'instagram' ? perFollower(input) : perView(input)),
});
