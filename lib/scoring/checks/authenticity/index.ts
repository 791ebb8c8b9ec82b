import { commentsPerLikeOutOfRange } from './comments-per-like-out-of-range';
import { engagementFarBelowTier } from './engagement-far-below-tier';
import { engagementImplausiblyHigh } from './engagement-implausibly-high';
import { followerJump } from './follower-jump';
import { likesUnnaturallyFlat } from './likes-unnaturally-flat';
import { massFollow } from './mass-follow';
import { viewsPerFollowerLow } from './views-per-follower-low';

/**
 * The authenticity checks, in the order the card lists them. A check is one file here, named by its
 * id; tests/unit/scoring/checks/registry.test.ts fails on a file left out of this list.
 */
export const AUTHENTICITY_CHECKS = [
  engagementFarBelowTier,
  engagementImplausiblyHigh,
  commentsPerLikeOutOfRange,
  likesUnnaturallyFlat,
  viewsPerFollowerLow,
  massFollow,
  followerJump,
] as const;

export type AuthenticityCheckId = (typeof AUTHENTICITY_CHECKS)[number]['id'];
