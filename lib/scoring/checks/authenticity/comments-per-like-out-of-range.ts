import { beyondShare } from '../../authenticity-measures';
import { count, decimal, fact, percent } from '../../fact';
import { authenticityCheck } from '../check';

/** Comments ÷ likes out of the genuine range: too low = bought likes, too high = pods. */
export const commentsPerLikeOutOfRange = authenticityCheck({
  id: 'comments-per-like-out-of-range',
  reads: 'posts',
  platforms: ['instagram'],
  suggests: ['bought-likes', 'pods'],
  says: ['flag_comments_below_real', 'flag_comments_above_real'],
  run({ measures: m, calibration: cal }) {
    const ratio = m.commentsPerLike;
    if (ratio === null) return { status: 'not-checked' };
    const c = cal.commentsPerLike;
    const pct = cal.percentiles.commentsPerLike;
    const posts = m.withBoth.length;
    const common = { source: cal.source, year: cal.year, value: ratio, postIds: m.withBoth.map((p) => p.id) };
    // A pod adds comments only, so no second sign corroborates it: beyond the line is a "warn" at once.
    if (ratio > c.high) {
      const evidence = fact('flag_comments_above_real', percent(ratio), count(posts), decimal(beyondShare(pct.high), 1), percent(c.high));
      return { status: 'flagged', flag: { ...common, severity: 'warn', suggests: 'pods', threshold: c.high, evidence } };
    }
    const low =
      ratio < c.lowWarn
        ? { severity: 'warn' as const, line: c.lowWarn, share: pct.lowWarn }
        : ratio < c.lowInfo
          ? { severity: 'info' as const, line: c.lowInfo, share: pct.lowInfo }
          : null;
    if (!low) return { status: 'passed' };
    const evidence = fact('flag_comments_below_real', percent(ratio), count(posts), decimal(beyondShare(low.share), 1), percent(low.line));
    return { status: 'flagged', flag: { ...common, severity: low.severity, suggests: 'bought-likes', threshold: low.line, evidence } };
  },
});
