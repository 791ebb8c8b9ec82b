export function median(values: readonly number[]): number | null {
  return values.length === 0 ? null : medianInPlace([...values]);
}

/** The median of an array the caller built for it and no longer needs: sorted where it is, not copied. */
export function medianInPlace(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Coefficient of variation (sample standard deviation ÷ mean). */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || m === 0 || values.length < 2) return null;
  const variance = values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / m;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
