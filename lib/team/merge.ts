import { canonical, flattenRow, unflattenRow } from './layout';

/**
 * The marketer's edits (what changed from `base` to `mine`), applied to the record as it is stored
 * now (`current`): an editor that opened a record before a teammate changed it saves only the fields
 * the marketer touched, field by field as the team document merges them, and keeps the teammate's.
 */
export function rebaseEdits<T extends object>(base: T, mine: T, current: T): T {
  const before = flattenRow(base as Record<string, unknown>);
  const after = flattenRow(mine as Record<string, unknown>);
  const merged = flattenRow(current as Record<string, unknown>);
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (canonical(before.get(path)) === canonical(after.get(path))) continue;
    if (after.has(path)) merged.set(path, after.get(path));
    else merged.delete(path);
  }
  return unflattenRow(merged) as T;
}
