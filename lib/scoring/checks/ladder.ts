import * as z from 'zod/mini';

/**
 * The one severity ladder of every check: what a flag of each severity costs, and the points at which
 * the verdict turns. "info" is a borderline reading that many genuine creators show on its own, so
 * one alone changes nothing. Verdicts add points only among flags that point to the same
 * manipulation: two borderline signs of bought likes corroborate each other, while a borderline
 * low rate and borderline flat likes describe different stories and do not.
 */
export const SEVERITY_POINTS = { info: 10, warn: 25, severe: 45 } as const;
export type Severity = keyof typeof SEVERITY_POINTS;
/** The strongest story's points from which a creator deserves a look ("review"), and from which it looks bought ("suspicious"). */
export const VERDICT_AT = { review: 20, suspicious: 45 } as const;

/** The verdicts, mildest first: "ok" below the review line. */
export const AuthenticityVerdictSchema = z.enum(['ok', 'review', 'suspicious']);
export type Verdict = z.infer<typeof AuthenticityVerdictSchema>;

/** The strongest story the flags tell: points add up only among flags suggesting the same thing. */
export function verdictFor(flags: ReadonlyArray<{ severity: Severity; suggests?: string }>): Verdict {
  const byStory = new Map<string, number>();
  flags.forEach((f, i) => {
    const story = f.suggests ?? `own:${i}`;
    byStory.set(story, (byStory.get(story) ?? 0) + SEVERITY_POINTS[f.severity]);
  });
  const strongest = Math.max(0, ...byStory.values());
  return strongest >= VERDICT_AT.suspicious ? 'suspicious' : strongest >= VERDICT_AT.review ? 'review' : 'ok';
}

/** Every flag's points together: 100 minus this is the authenticity score. */
export function pointsOf(flags: ReadonlyArray<{ severity: Severity }>): number {
  return flags.reduce((sum, f) => sum + SEVERITY_POINTS[f.severity], 0);
}
