import type { ProfileSnapshot } from '../snapshot';
import * as brandFit from './brand-fit';
import { scoreSnapshotWith, type ScoreContext } from './score';
import type { Scores } from './types';

export { scoreOverall, type BrandFitLoader, type BrandFitModule, type OverallInputs, type ScoreContext } from './score';

/**
 * Scores one snapshot, merged with the creator's earlier snapshots (lib/scoring/score.ts), brand
 * fit included whenever the context holds a brief. Pure: data in, scores out.
 */
export function scoreSnapshot(snapshot: ProfileSnapshot, context: ScoreContext): Required<Scores> {
  return scoreSnapshotWith(snapshot, context, brandFit);
}
