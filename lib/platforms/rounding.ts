/** Rounded counts ("24.3K"): a leaf both the snapshot's finishing (common.ts) and its post checks (post-views.ts) use. */

/**
 * The window a rounded reading stands for: "24.3K" (24,300) is exact to its last digit shown, the
 * largest power of ten that divides it; the site may have rounded ("24,250 → 24.3K") or cut
 * ("24,399 → 24.3K") to it.
 */
export function roundingWindow(rounded: number): [number, number] {
  let step = 1;
  while (step * 10 <= rounded && rounded % (step * 10) === 0) step *= 10;
  return [rounded - step / 2, rounded + step];
}
