import { count, fact } from '../../fact';
import { brandFitCheck } from '../check';

/** The follower count inside the brief's range. */
export const followers = brandFitCheck({
  id: 'followers',
  counts: { part: 'followers', weight: 0.15 },
  asks: ['followerRange'],
  reads: ['followers'],
  says: ['fit_reason_followers_unknown', 'fit_reason_followers_in', 'fit_reason_followers_out'],
  run({ snapshot, brief }) {
    const { min, max } = brief.followerRange;
    if (min === null && max === null) return { status: 'not-asked', reasons: [] };
    if (snapshot.followers === null) return { status: 'not-checked', reasons: [fact('fit_reason_followers_unknown')] };
    const inside = (min === null || snapshot.followers >= min) && (max === null || snapshot.followers <= max);
    const reason = fact(inside ? 'fit_reason_followers_in' : 'fit_reason_followers_out', count(snapshot.followers), count(min), count(max));
    return { status: 'checked', score: inside ? 100 : 0, reasons: [reason] };
  },
});
