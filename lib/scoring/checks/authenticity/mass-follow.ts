import { PLATFORMS } from '../../../platforms/names';
import { THRESHOLDS } from '../../authenticity-measures';
import { GROWTH } from '../../authenticity-references';
import { count, fact } from '../../fact';
import { authenticityCheck } from '../check';

/** Mass-follow pattern: following far more accounts than a normal user, and more than follow back. */
export const massFollow = authenticityCheck({
  id: 'mass-follow',
  reads: 'profile',
  platforms: PLATFORMS,
  suggests: ['bought-followers'],
  says: ['flag_mass_follow'],
  run({ snapshot: { following, followers } }) {
    if (following === null || followers === null) return { status: 'not-checked' };
    if (following <= GROWTH.massFollowing || following <= followers) return { status: 'passed' };
    return {
      status: 'flagged',
      flag: {
        severity: following > THRESHOLDS.massFollowingWarn ? 'warn' : 'info',
        suggests: 'bought-followers',
        value: following,
        threshold: GROWTH.massFollowing,
        source: GROWTH.source,
        year: GROWTH.year,
        evidence: fact('flag_mass_follow', count(following), count(followers), count(GROWTH.massFollowing)),
      },
    };
  },
});
