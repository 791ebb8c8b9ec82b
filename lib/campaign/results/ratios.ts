/**
 * Ratios that say why they are empty. A ratio whose numerator or denominator is unknown, or whose
 * denominator is zero, has no value and names the quantity at fault; never Infinity or NaN.
 *   CPM = spend ÷ impressions × 1000   CPE = spend ÷ engagements   cost per click = spend ÷ clicks
 *   cost per order = spend ÷ orders    ROAS = revenue ÷ spend
 */
export const QUANTITIES = ['spend', 'impressions', 'engagements', 'clicks', 'orders', 'revenue'] as const;
export type Quantity = (typeof QUANTITIES)[number];

export type Ratio = { value: number; why: null } | { value: null; why: { quantity: Quantity; zero: boolean } };

export const RATIOS = {
  cpm: { numerator: 'spend', denominator: 'impressions', scale: 1000 },
  cpe: { numerator: 'spend', denominator: 'engagements', scale: 1 },
  cpc: { numerator: 'spend', denominator: 'clicks', scale: 1 },
  cpo: { numerator: 'spend', denominator: 'orders', scale: 1 },
  roas: { numerator: 'revenue', denominator: 'spend', scale: 1 },
} as const satisfies Record<string, { numerator: Quantity; denominator: Quantity; scale: number }>;
export type RatioName = keyof typeof RATIOS;
export const RATIO_NAMES = Object.keys(RATIOS) as RatioName[];

export function ratio(name: RatioName, values: Readonly<Record<Quantity, number | null>>): Ratio {
  const { numerator, denominator, scale } = RATIOS[name];
  const top = values[numerator];
  const bottom = values[denominator];
  if (top === null || !Number.isFinite(top)) return { value: null, why: { quantity: numerator, zero: false } };
  if (bottom === null || !Number.isFinite(bottom)) return { value: null, why: { quantity: denominator, zero: false } };
  if (bottom <= 0) return { value: null, why: { quantity: denominator, zero: true } };
  return { value: (top / bottom) * scale, why: null };
}

/**
 * A ratio over several creators: the sums over the creators where both parts are known, so one
 * creator without data does not skew it. Says why when no creator has both.
 */
export function pooledRatio(name: RatioName, rows: ReadonlyArray<Readonly<Record<Quantity, number | null>>>): Ratio {
  const { numerator, denominator } = RATIOS[name];
  const both = rows.filter((r) => r[numerator] !== null && r[denominator] !== null);
  if (both.length === 0) {
    const missing = rows.every((r) => r[numerator] === null) ? numerator : denominator;
    return { value: null, why: { quantity: missing, zero: false } };
  }
  const sum = (q: Quantity) => both.reduce((a, r) => a + (r[q] ?? 0), 0);
  return ratio(name, { ...rows[0]!, [numerator]: sum(numerator), [denominator]: sum(denominator) });
}
