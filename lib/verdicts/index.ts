import type { GrowthSignals } from '../dossier/types';
import { count, date, fact, message, source, text, year, type Fact } from '../scoring/fact';
import type { Scores } from '../scoring/types';
import { messageKey } from '../i18n/keys';

/**
 * The marketer's verdict beside Vetlens' (issue 20, item 6): a flag Vetlens raised that the marketer
 * has looked into and explained ("the drop was a deleted giveaway post"). The evidence stays on
 * screen; the flag is shown as explained, with the marketer's note, and no longer counts as a red mark.
 *
 * A flag is named by a stable text, the same on every machine and every visit, so a verdict keeps
 * its flag after a new visit re-scores the creator and travels with the team workspace:
 * `authenticity:<flag id>`, `brandFit:<warning id>[:<post id>]`, `growth:followers-per-day`,
 * `growth:drop:<post id>:<metric>`.
 */

export const VERDICT_NOTE_MAX_CHARS = 1000;

export interface Verdict {
  creatorKey: string;
  flag: string;
  note: string;
  explainedAt: string;
}

export function authenticityFlagKey(flagId: string): string {
  return `authenticity:${flagId}`;
}

export function brandFitWarningKey(warning: { id: string; postId?: string }): string {
  return warning.postId ? `brandFit:${warning.id}:${warning.postId}` : `brandFit:${warning.id}`;
}

export const FOLLOWER_GROWTH_FLAG = 'growth:followers-per-day';

export function growthDropKey(drop: { id: string; metric: string }): string {
  return `growth:drop:${drop.id}:${drop.metric}`;
}

/** One flag as lists, exports and the side panel show it: its evidence (a fact, written by lib/i18n/facts.ts), and the marketer's note when explained. */
export interface JudgedFlag {
  flag: string;
  evidence: Fact;
  /** A red mark: raised by Vetlens and not explained by the marketer. */
  open: boolean;
  explained: string | null;
}

/** The flags of a creator's scores (authenticity flags, brand-fit warnings), each with its verdict. */
export function judgeScoreFlags(scores: Pick<Scores, 'authenticity' | 'brandFit'>, verdicts: readonly Verdict[]): JudgedFlag[] {
  return judge(
    [
      ...scores.authenticity.flags.map((f) => ({ flag: authenticityFlagKey(f.id), evidence: f.evidence })),
      ...(scores.brandFit?.warnings ?? []).map((w) => ({ flag: brandFitWarningKey(w), evidence: w.evidence })),
    ],
    verdicts,
  );
}

/** The dossier's growth flags (followers faster than ads can add, counts that fell), each with its verdict. */
export function judgeGrowthFlags(growth: GrowthSignals, verdicts: readonly Verdict[]): JudgedFlag[] {
  const rate = growthRateFact(growth);
  const raised = [
    ...(growth.aboveCeiling && rate ? [{ flag: FOLLOWER_GROWTH_FLAG, evidence: rate }] : []),
    ...growth.drops.map((drop) => ({ flag: growthDropKey(drop), evidence: dropFact(drop) })),
  ];
  return judge(raised, verdicts);
}

/** Followers gained per day between the first and last visit, against what ads can add; null without two visits with followers. */
export function growthRateFact(growth: GrowthSignals): Fact | null {
  if (growth.followersPerDay === null || !growth.span) return null;
  return fact(
    'dossier_growth_rate',
    count(Math.round(growth.followersPerDay)),
    count(growth.span.days),
    count(growth.ceiling.perDay),
    source(growth.ceiling.source),
    year(growth.ceiling.year),
  );
}

/** A count that fell between two visits. */
export function dropFact(drop: GrowthSignals['drops'][number]): Fact {
  return fact('dossier_drop', message(messageKey('metric', drop.metric)), count(drop.before), count(drop.after), date(drop.from), date(drop.to), text(drop.id));
}

function judge(raised: ReadonlyArray<{ flag: string; evidence: Fact }>, verdicts: readonly Verdict[]): JudgedFlag[] {
  const byFlag = new Map(verdicts.map((v) => [v.flag, v.note]));
  return raised.map((r) => {
    const explained = byFlag.get(r.flag) ?? null;
    return { ...r, open: explained === null, explained };
  });
}

/** Trimmed, spaces kept as typed inside, at most 1,000 characters. */
export function cleanVerdictNote(note: string): string {
  return note.trim().slice(0, VERDICT_NOTE_MAX_CHARS);
}
