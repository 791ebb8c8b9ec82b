import { beyondShare } from '../../authenticity-measures';
import { count, decimal, fact } from '../../fact';
import { authenticityCheck } from '../check';

/** Likes unnaturally even across posts: a constant bought amount flattens them. */
export const likesUnnaturallyFlat = authenticityCheck({
  id: 'likes-unnaturally-flat',
  reads: 'posts',
  platforms: ['instagram'],
  suggests: ['bought-likes'],
  says: ['flag_likes_even_real'],
  run({ measures: m, calibration: cal }) {
    const cv = m.likesCv;
    if (cv === null) return { status: 'not-checked' };
    const { info, warn, typical } = cal.likesCv;
    const severity = cv < warn ? 'warn' : cv < info ? 'info' : null;
    if (!severity) return { status: 'passed' };
    const line = severity === 'warn' ? warn : info;
    return {
      status: 'flagged',
      flag: {
        source: cal.source,
        year: cal.year,
        suggests: 'bought-likes',
        value: cv,
        postIds: m.withLikes.map((p) => p.id),
        severity,
        threshold: line,
        evidence: fact(
          'flag_likes_even_real',
          count(m.withLikes.length),
          decimal(cv, 2, 2),
          decimal(typical, 2, 2),
          decimal(beyondShare(cal.percentiles.likesCv[severity]), 1),
          decimal(line, 2, 2),
        ),
      },
    };
  },
});
