import type { ProfileSnapshot } from '../snapshot';
import { AUTHENTICITY_CALIBRATION, type AuthenticityCalibration } from './authenticity-references';
import { THRESHOLDS, measureAuthenticity } from './authenticity-measures';
import { AUTHENTICITY_CHECKS } from './checks/authenticity';
import type { AuthenticityInput } from './checks/check';
import { pointsOf, verdictFor } from './checks/ladder';
import { count, fact, percent, source, tier, type Fact } from './fact';
import { clamp } from './stats';
import { checksRan, type AuthenticityCheck, type AuthenticityFlag, type AuthenticityScore, type Confidence, type EngagementScore } from './types';

export { THRESHOLDS, measureAuthenticity, type AuthenticityMeasures } from './authenticity-measures';
export { verdictFor } from './checks/ladder';

/**
 * Authenticity from what a profile page shows: each signal of scoring.md is a check
 * (lib/scoring/checks/authenticity/) that passes, raises a flag with its evidence, or could not run
 * on this data. Verdict and score come from the flags' points (checks/ladder.ts); confidence from how
 * much data the checks had and how many could run. The Instagram lines are percentiles of real
 * genuine accounts (`calibration`, fitted by `npm run eval`). The reasons are facts; the flags'
 * evidence is on the flags, not repeated among the reasons.
 */
export function scoreAuthenticity(
  snapshot: ProfileSnapshot,
  engagement: EngagementScore,
  history: readonly ProfileSnapshot[] = [],
  calibration: AuthenticityCalibration = AUTHENTICITY_CALIBRATION,
): AuthenticityScore {
  const measures = measureAuthenticity(snapshot);
  const input: AuthenticityInput = { snapshot, engagement, history, measures, calibration };
  const flags: AuthenticityFlag[] = [];
  const checks: AuthenticityCheck[] = [];
  let postChecks = 0;
  for (const check of AUTHENTICITY_CHECKS) {
    const outcome = check.run(input);
    checks.push({ id: check.id, status: outcome.status });
    if (outcome.status === 'flagged') flags.push({ id: check.id, ...outcome.flag });
    if (outcome.status !== 'not-checked' && check.reads === 'posts') postChecks++;
  }
  const { withLikes, reference } = measures;
  const inputs = { postIds: withLikes.map((p) => p.id), count: withLikes.length, historyCount: history.length };
  const { ran } = checksRan(checks);
  const checksFact = fact('reason_auth_checks', count(ran), count(checks.length));
  // Too little data: no post-based check could run and nothing else was found.
  if (postChecks === 0 && flags.length === 0) {
    return { score: null, confidence: 'none', verdict: null, flags, checks, inputs, reasons: [fact('reason_auth_not_enough'), checksFact] };
  }
  const verdict = verdictFor(flags);
  // A score from fewer than half of the checks says little: at most "low", however many posts.
  const fewChecks = ran * 2 < checks.length;
  const confidence: Confidence = fewChecks || withLikes.length < THRESHOLDS.minPosts ? 'low' : withLikes.length >= 9 && ran >= 5 ? 'high' : 'medium';
  const reasons: Fact[] = [];
  if (flags.length === 0) reasons.push(fact('reason_auth_no_flags'));
  else if (verdict === 'ok') reasons.push(fact('reason_auth_borderline_only'));
  reasons.push(checksFact);
  if (fewChecks) reasons.push(fact('reason_auth_few_checks'));
  if (reference)
    reasons.push(
      fact(
        'reason_auth_reference',
        percent(reference.median),
        tier(reference.label),
        source(reference.source, reference.year),
        count(calibration.accounts),
        source(calibration.source, calibration.year),
      ),
    );
  if (snapshot.platform === 'instagram' && measures.rateRatio === null) reasons.push(fact('reason_auth_no_rate'));
  return { score: clamp(100 - pointsOf(flags), 0, 100), confidence, verdict, flags, checks, inputs, reasons };
}
