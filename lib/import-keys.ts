/**
 * Keys a file may not hold. `JSON.parse` makes `"__proto__"` an own key like any other, and code
 * that later looks a key up in a plain object (`RULES[key]`) or copies one (`{ ...row }`, a merge)
 * reaches the object's prototype instead: an imported file or setting with such a key gets a clear
 * error before anything reads it.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Where in a parsed JSON value the first prototype key is (`tables.settings[0].__proto__`), or null. Walks without recursion. */
export function prototypeKeyPath(value: unknown, maxNodes = 5_000_000): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  for (let seen = 0; stack.length > 0 && seen < maxNodes; seen++) {
    const [node, path] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}[${i}]`]);
      continue;
    }
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return at;
      stack.push([(node as Record<string, unknown>)[key], at]);
    }
  }
  return null;
}

/** The error for a prototype key, or null when there is none. */
export function prototypeKeyError(value: unknown): string | null {
  const path = prototypeKeyPath(value);
  return path === null
    ? null
    : `${path}: "${path
        .split('.')
        .at(-1)!
        .replace(/\[\d+\]$/, '')}" is not allowed as a key (it would reach the object's prototype)`;
}

/** Keys of a parsed object that its format does not have, as an error naming them; null when none. */
export function unknownKeysError(value: unknown, allowed: readonly string[], path = ''): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return null;
  const names = unknown
    .slice(0, 5)
    .map((k) => `"${k.slice(0, 40)}"`)
    .join(', ');
  return `${path || '(top level)'}: unknown key${unknown.length > 1 ? 's' : ''} ${names} (expected only ${allowed.join(', ')})`;
}
