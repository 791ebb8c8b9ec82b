import { beyondShare } from '../../authenticity-measures';
import { decimal, fact, percent, tier } from '../../fact';
import { authenticityCheck } from '../check';

/**
 * Engagement far below the tier's typical rate: few followers engage, a sign of bought followers.
 * Only a per-follower rate says that; a low rate per view is about the videos, not the audience.
 */
export const engagementFarBelowTier = authenticityCheck({
  id: 'engagement-far-below-tier',
  reads: 'posts',
  platforms: ['instagram'],
  suggests: ['bought-followers'],
  says: ['flag_rate_below_real'],
  run({ measures: m, calibration: cal }) {
    const ratio = m.rateRatio;
    const reference = m.reference;
    if (ratio === null || m.rate === null || !reference) return { status: 'not-checked' };
    // Where the tier has a published "Low" mark, the lines never sit above it (half of it for a
    // "warn"): real accounts of today's larger tiers are not in the calibration set.
    const mark = reference.lowMark === null ? Infinity : reference.lowMark / reference.median;
    const warnLine = Math.min(cal.rateLow.warn, mark / 2);
    const infoLine = Math.min(cal.rateLow.info, mark);
    const severity = ratio < warnLine / 2 ? 'severe' : ratio < warnLine ? 'warn' : ratio < infoLine ? 'info' : null;
    if (!severity) return { status: 'passed' };
    const line = severity === 'info' ? infoLine : warnLine;
    const share = severity === 'info' ? cal.percentiles.rateLow.info : cal.percentiles.rateLow.warn;
    return {
      status: 'flagged',
      flag: {
        source: cal.source,
        year: cal.year,
        severity,
        suggests: 'bought-followers',
        value: m.rate,
        threshold: line * reference.median,
        evidence: fact(
          'flag_rate_below_real',
          percent(m.rate),
          decimal(ratio, 2),
          percent(reference.median),
          tier(reference.label),
          decimal(beyondShare(share), 1),
          decimal(line, 2),
        ),
      },
    };
  },
});
