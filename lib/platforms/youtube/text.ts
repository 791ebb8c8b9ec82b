import { asArray, asString, dig, isObject } from '../json';

/** YouTube's JSON text objects and the accessibility labels it hangs on renderers. */

/** YouTube's text objects: `{simpleText}`, `{content}` (view models) or `{runs: [{text}]}`; a plain string as it is. */
export function runsText(value: unknown): string | null {
  if (!isObject(value)) return asString(value) ?? null;
  const simple = asString(value.simpleText) ?? asString(value.content);
  if (simple !== undefined) return simple;
  const runs = asArray(value.runs)
    .map((run) => asString(dig(run, 'text')) ?? '')
    .join('');
  return runs || null;
}

/** The label of `{accessibility: {accessibilityData: {label}}}`. */
export function a11yLabel(value: unknown): string | null {
  return asString(dig(value, 'accessibility', 'accessibilityData', 'label')) ?? null;
}

/** Every accessibility label YouTube hangs on a renderer, in its several spellings. */
export function labelsOf(value: unknown): string[] {
  const labels = [
    dig(value, 'accessibility', 'accessibilityData', 'label'),
    dig(value, 'accessibility', 'label'),
    dig(value, 'accessibilityData', 'accessibilityData', 'label'),
    dig(value, 'accessibilityData', 'label'),
    dig(value, 'accessibilityText'),
  ];
  return labels.filter((label): label is string => typeof label === 'string' && label.length > 0);
}
