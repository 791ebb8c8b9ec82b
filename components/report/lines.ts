/** Each sentence once, in first-seen order: a reason shown twice reads as two reasons. */
export function unique(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}
