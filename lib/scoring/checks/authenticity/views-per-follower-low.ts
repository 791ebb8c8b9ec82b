import { THRESHOLDS } from '../../authenticity-measures';
import { VIEWS_PER_FOLLOWER_ESTIMATE } from '../../authenticity-references';
import { count, fact, percent } from '../../fact';
import { median } from '../../stats';
import { authenticityCheck } from '../check';

/** Views ÷ followers very low (TikTok, YouTube): most followers never watch. */
export const viewsPerFollowerLow = authenticityCheck({
  id: 'views-per-follower-low',
  reads: 'posts',
  platforms: ['tiktok', 'youtube'],
  suggests: ['bought-followers'],
  says: ['flag_views_per_follower_low'],
  run({ snapshot, measures: { used } }) {
    const withViews = used.filter((p) => p.views !== null);
    const followers = snapshot.followers;
    if (snapshot.platform === 'instagram' || !followers || withViews.length < THRESHOLDS.minPosts) return { status: 'not-checked' };
    const ratio = median(withViews.map((p) => p.views!))! / followers;
    const est = VIEWS_PER_FOLLOWER_ESTIMATE;
    const below =
      ratio < est.veryLow ? { severity: 'warn' as const, line: est.veryLow } : ratio < est.low ? { severity: 'info' as const, line: est.low } : null;
    if (!below) return { status: 'passed' };
    return {
      status: 'flagged',
      flag: {
        source: est.source,
        year: est.year,
        suggests: 'bought-followers',
        value: ratio,
        postIds: withViews.map((p) => p.id),
        severity: below.severity,
        threshold: below.line,
        evidence: fact('flag_views_per_follower_low', percent(ratio), percent(below.line), count(withViews.length)),
      },
    };
  },
});
