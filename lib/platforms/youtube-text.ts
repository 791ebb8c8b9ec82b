import { asArray, asString, dig, isObject } from './json';

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
