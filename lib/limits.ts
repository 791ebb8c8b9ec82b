/**
 * The limits on a creator's posts, each written once. Code, tests and the catalogues' sentences
 * take them from here (messages get them as `$n` arguments), so changing one changes every place
 * that states it. tests/unit/limits.test.ts fails where one is written out again.
 */

/** How long a post collects engagement before it is scored: younger posts are left out of the rates. */
export const MIN_POST_AGE_HOURS = 48;
export const MIN_POST_AGE_MS = MIN_POST_AGE_HOURS * 3_600_000;

/**
 * How many posts each stage keeps, widest first. A page may give many posts; a visit stores the
 * newest of them; compaction keeps a reading of the newest across a creator's visits, twice the
 * window a score uses, so a post that drops out of the window by a few new posts is still there.
 */
export const POST_LIMITS = {
  /** Posts a snapshot may hold: the schema's maximum (a reader cuts what a page gives to it). */
  perSnapshot: 500,
  /** Posts a stored visit keeps: the newest (lib/bounds.ts cuts a snapshot to these). */
  perVisit: 100,
  /** Posts compaction keeps a reading of, across a creator's visits (lib/storage/compaction.ts). */
  keptByCompaction: 60,
  /** Posts a score uses: the newest that are neither pinned nor too young. */
  scoringWindow: 30,
} as const;

/** Earlier visits of a creator a score merges (lib/scoring/merge.ts): the newest this many. */
export const SCORING_HISTORY_VISITS = 50;

/** Links kept from a profile's bio and header (used to join one creator across platforms). */
export const LINKS_PER_PROFILE = 50;
