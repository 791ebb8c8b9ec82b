import type { KpiMetric, KpiTarget } from '../schema';

/**
 * Whether a KPI target can be checked, and what it asks for.
 *  - "absolute": the campaign's total must reach the value (cost per order: stay at or under it).
 *  - "percent-increase" (+20% sales against the previous period): the marketer enters the previous
 *    period's figure; the campaign must bring that share of it on top, i.e. what the creators'
 *    codes and links (or posts) bring must reach baseline × percent ÷ 100. Vetlens sees only what
 *    the campaign brought, not the rest of the shop, so this is the increase the campaign has to make.
 * A target of 0, or a percent increase without its baseline, cannot be checked and says so.
 */
type KpiProblem = 'no-value' | 'no-baseline' | 'percent-of-cost';

interface KpiGoal {
  measurable: boolean;
  problem: KpiProblem | null;
  /** The figure to reach (or, for cost per order, not to exceed). */
  target: number | null;
  lowerIsBetter: boolean;
}

export function kpiGoal(kpi: KpiTarget): KpiGoal {
  const lowerIsBetter = kpi.metric === 'cost-per-order';
  const no = (problem: KpiProblem): KpiGoal => ({ measurable: false, problem, target: null, lowerIsBetter });
  if (kpi.kind === 'percent-increase') {
    if (lowerIsBetter) return no('percent-of-cost');
    if (!(kpi.value > 0)) return no('no-value');
    if (kpi.baseline === null || !(kpi.baseline > 0)) return no('no-baseline');
    return { measurable: true, problem: null, target: (kpi.baseline * kpi.value) / 100, lowerIsBetter };
  }
  if (!(kpi.value > 0)) return no('no-value');
  return { measurable: true, problem: null, target: kpi.value, lowerIsBetter };
}

/** A campaign with no target that can be checked: the editor and the brief say so. */
export function hasMeasurableKpi(kpis: readonly KpiTarget[]): boolean {
  return kpis.some((k) => kpiGoal(k).measurable);
}

export interface KpiCheck {
  kpi: KpiTarget;
  goal: KpiGoal;
  actual: number | null;
  /** actual ÷ target (cost per order: target ÷ actual); null without both. */
  progress: number | null;
  met: boolean | null;
}

export function checkKpi(kpi: KpiTarget, actuals: Readonly<Record<KpiMetric, number | null>>): KpiCheck {
  const goal = kpiGoal(kpi);
  const actual = actuals[kpi.metric];
  if (!goal.measurable || goal.target === null || actual === null) return { kpi, goal, actual, progress: null, met: null };
  if (goal.lowerIsBetter) return { kpi, goal, actual, progress: actual > 0 ? goal.target / actual : null, met: actual <= goal.target };
  return { kpi, goal, actual, progress: actual / goal.target, met: actual >= goal.target };
}
