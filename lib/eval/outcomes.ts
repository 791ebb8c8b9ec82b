import type { AuthenticityScore } from '../scoring/types';

export interface Outcome {
  verdict: AuthenticityScore['verdict'];
  score: number | null;
  flags: string[];
}

export interface GroupStats {
  n: number;
  /** Share with a verdict other than "ok" (null verdicts count as not flagged). */
  flagged: number;
  suspicious: number;
  /** ROC AUC of the authenticity score, genuine against this group (1 = perfect, 0.5 = chance). */
  auc: number | null;
  /** How often each flag fired. */
  flagCounts: Record<string, number>;
}

/** AUC by pairwise comparison (Mann–Whitney): genuine should score higher than manipulated. */
export function rocAuc(genuine: readonly number[], manipulated: readonly number[]): number | null {
  if (!genuine.length || !manipulated.length) return null;
  let wins = 0;
  for (const g of genuine) for (const m of manipulated) wins += g > m ? 1 : g === m ? 0.5 : 0;
  return wins / (genuine.length * manipulated.length);
}

export function groupStats(outcomes: readonly Outcome[], genuineScores: readonly number[] | null): GroupStats {
  const flagCounts: Record<string, number> = {};
  for (const o of outcomes) for (const f of new Set(o.flags)) flagCounts[f] = (flagCounts[f] ?? 0) + 1;
  // A null score (no verdict possible) counts as 100: nothing was found against the creator.
  const scores = outcomes.map((o) => o.score ?? 100);
  return {
    n: outcomes.length,
    flagged: outcomes.filter((o) => o.verdict !== null && o.verdict !== 'ok').length / Math.max(1, outcomes.length),
    suspicious: outcomes.filter((o) => o.verdict === 'suspicious').length / Math.max(1, outcomes.length),
    auc: genuineScores ? rocAuc(genuineScores, scores) : null,
    flagCounts,
  };
}
