/**
 * Response bodies from the page's own world, sized before anything walks them. No imports: the
 * MAIN-world observer uses this too, and it must stay small.
 */
export const BODY_LIMITS = {
  /** Characters of text (strings and keys) in one body: the MAIN-world observer copies no more. */
  chars: 8_000_000,
  /** Values in one body (objects, arrays, strings, numbers…). Real profile responses hold ~20k. */
  nodes: 300_000,
  /** Nesting. Real responses nest under 40 deep. */
  depth: 100,
} as const;

type BodyCheck = { ok: true; nodes: number; chars: number } | { ok: false; why: 'too-large' | 'too-deep' | 'not-json' };

/**
 * Measures a body before anything walks it, without trusting any of its numbers: an array's length
 * is counted against the budget before its elements are visited (so `a = []; a.length = 1e8` costs
 * one step), and only JSON's own kinds of value are accepted (no typed arrays, maps or dates,
 * whose "length" would be walked element by element). `plainOnly: false` lets the page's own
 * class instances through (the MAIN-world observer sees those before they are copied as plain objects).
 */
export function checkBody(body: unknown, limits: { chars: number; nodes: number; depth: number } = BODY_LIMITS, plainOnly = true): BodyCheck {
  let nodes = 0;
  let chars = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > limits.nodes) return { ok: false, why: 'too-large' };
    if (value === null || typeof value === 'number' || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > limits.chars) return { ok: false, why: 'too-large' };
      continue;
    }
    if (typeof value !== 'object') return { ok: false, why: 'not-json' };
    if (depth >= limits.depth) return { ok: false, why: 'too-deep' };
    if (Array.isArray(value)) {
      // The length first: a sparse array claims any length for free.
      if (nodes + stack.length + value.length > limits.nodes) return { ok: false, why: 'too-large' };
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (plainOnly && proto !== Object.prototype && proto !== null) return { ok: false, why: 'not-json' };
    if (ArrayBuffer.isView(value)) return { ok: false, why: 'not-json' };
    const keys = Object.keys(value);
    if (nodes + stack.length + keys.length > limits.nodes) return { ok: false, why: 'too-large' };
    for (const key of keys) {
      chars += key.length;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
    if (chars > limits.chars) return { ok: false, why: 'too-large' };
  }
  return { ok: true, nodes, chars };
}
