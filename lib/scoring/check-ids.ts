/**
 * The authenticity checks' ids, for the views: they name each check without loading the checks
 * themselves (lib/scoring/checks/authenticity/). tests/unit/scoring/checks/registry.test.ts holds
 * this list to the registry.
 */
export const AUTHENTICITY_CHECK_IDS = [
  'engagement-far-below-tier',
  'engagement-implausibly-high',
  'comments-per-like-out-of-range',
  'likes-unnaturally-flat',
  'views-per-follower-low',
  'mass-follow',
  'follower-jump',
] as const;
export type AuthenticityCheckId = (typeof AUTHENTICITY_CHECK_IDS)[number];

export function isAuthenticityCheckId(id: string): id is AuthenticityCheckId {
  return (AUTHENTICITY_CHECK_IDS as readonly string[]).includes(id);
}
