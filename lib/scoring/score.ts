import type { BrandBrief } from '../brief';
import type { ProfileSnapshot } from '../snapshot';
import { scoreAuthenticity } from './authenticity';
import type { BrowserLanguage } from './brand-fit';
import { scoreEngagement } from './engagement';
import { scoreEvidence } from './evidence';
import { count, date, fact, list, message, nested, share, type Fact } from './fact';
import { mergeCreator } from './merge';
import { scoreReach } from './reach';
import {
  DEFAULT_WEIGHTS,
  OVERALL_PARTS,
  lowerConfidence,
  type BrandFitScore,
  type OverallPart,
  type OverallScore,
  type ReachScore,
  type ScoreBase,
  type ScoreWeights,
  type Scores,
} from './types';
import { messageKey } from '../i18n/keys';

export interface ScoreContext {
  /**
   * Earlier snapshots of the same creator, any order: profile pages, post pages and observed JSON.
   * Their posts are merged with this snapshot's (merge.ts); authenticity reads follower growth from them.
   */
  history?: readonly ProfileSnapshot[];
  /** The active brand brief, if any. */
  brief?: BrandBrief | null;
  weights?: ScoreWeights;
  /** The browser's own language detector on the same text, where there is one (it may only veto). */
  browserLanguage?: BrowserLanguage | null;
}

/** What the scoring needs of lib/scoring/brand-fit.ts: handed in, so the service worker loads it only while a brief is active. */
export interface BrandFitModule {
  scoreBrandFit(snapshot: ProfileSnapshot, brief: BrandBrief, options?: { browserLanguage?: BrowserLanguage | null }): BrandFitScore;
  /** The creator's own words (bio, captions) that language detection reads. */
  contentProse(snapshot: Pick<ProfileSnapshot, 'bio' | 'posts'>): string[];
  /** The language of one caption or comment (the dossier's audience languages). */
  textLanguage(text: string): string | null;
}
export type BrandFitLoader = () => Promise<BrandFitModule>;

export interface OverallInputs {
  engagement: Scores['engagement'];
  reach: ReachScore | null;
  authenticity: Scores['authenticity'];
  brandFit: BrandFitScore | null;
}

const PARTS: readonly OverallPart[] = OVERALL_PARTS;

/**
 * The overall score: the weighted mix of the parts that have a score, so there is a number whenever
 * there is something to rank.
 * - The engagement weight covers how the audience responds: engagement (likes) and, on TikTok and
 *   YouTube, reach (views ÷ followers) share it equally; either alone takes all of it.
 * - Authenticity with "low" confidence counts half its weight: it starts at 100 and drops only on
 *   evidence, so from few checks its score says little was found, not that much was checked. The
 *   other parts measure something even from few posts: their low confidence lowers the overall's.
 * - Parts without a score leave the mix; the others share their weight in proportion.
 * Confidence is the lowest of the parts used, and lower still for what is missing: at most "medium"
 * without likes (reach only) or without authenticity, at most "low" with neither engagement nor reach.
 * Every adjustment is one reason, so the shares in the first reason explain themselves.
 */
export function scoreOverall(parts: OverallInputs, weights: ScoreWeights): OverallScore {
  const pct = share;
  const scoreOf = (name: OverallPart): ScoreBase | null => parts[name];
  const has = (name: OverallPart) => {
    const part = scoreOf(name);
    return part !== null && part.score !== null;
  };
  const likes = has('engagement');
  const reach = has('reach');
  const audienceWeight = weights.engagement;
  const base: Record<OverallPart, number> = {
    engagement: likes ? (reach ? audienceWeight / 2 : audienceWeight) : 0,
    reach: reach ? (likes ? audienceWeight / 2 : audienceWeight) : 0,
    authenticity: has('authenticity') ? weights.authenticity : 0,
    brandFit: has('brandFit') ? weights.brandFit : 0,
  };
  const used = PARTS.filter((name) => base[name] > 0);
  const halved = (name: OverallPart) => name === 'authenticity' && scoreOf(name)!.confidence === 'low';
  const effective = new Map(used.map((name) => [name, base[name] * (halved(name) ? 0.5 : 1)]));
  const sum = [...effective.values()].reduce((a, b) => a + b, 0);

  const notes: Fact[] = [fact('reason_overall_weights', pct(weights.engagement), pct(weights.authenticity), pct(weights.brandFit))];
  if (likes && reach && audienceWeight > 0) notes.push(fact('reason_overall_split', pct(audienceWeight)));
  if (!likes && reach && audienceWeight > 0) notes.push(fact('reason_overall_reach_only', pct(audienceWeight)));
  if (used.some(halved)) notes.push(fact('reason_overall_auth_halved'));
  if (!likes && !reach && audienceWeight > 0) notes.push(fact('reason_overall_left_out', message('part_engagement')));
  if (!has('authenticity') && weights.authenticity > 0) notes.push(fact('reason_overall_left_out', message('part_authenticity')));
  if (weights.brandFit > 0) {
    if (parts.brandFit === null) notes.push(fact('reason_overall_no_brief'));
    else if (parts.brandFit.score === null) notes.push(fact('reason_overall_left_out', message('part_brandFit')));
  }

  if (used.length === 0 || sum === 0) return { score: null, confidence: 'none', weights, reasons: [fact('reason_overall_not_enough'), ...notes.slice(1)] };
  const shares = Object.fromEntries(used.map((name) => [name, effective.get(name)! / sum])) as Partial<Record<OverallPart, number>>;
  const score = Math.round(used.reduce((s, name) => s + scoreOf(name)!.score! * shares[name]!, 0));
  const formula = used.map((name) => nested('reason_overall_term', message(messageKey('part', name)), count(scoreOf(name)!.score), pct(shares[name]!)));

  let confidence = lowerConfidence(...used.map((name) => scoreOf(name)!.confidence));
  if (!likes && !reach) confidence = lowerConfidence(confidence, 'low');
  else if (!likes) confidence = lowerConfidence(confidence, 'medium');
  if (!has('authenticity') && weights.authenticity > 0) confidence = lowerConfidence(confidence, 'medium');
  return { score, confidence, weights, shares, reasons: [fact('reason_overall_formula', count(score), list(formula, 'plus')), ...notes] };
}

/**
 * Scores one snapshot, merged with the creator's earlier snapshots. Pure: data in, scores out, time
 * counted from the snapshot's capturedAt. A brief needs the brand-fit module (lib/scoring/index.ts
 * passes it; the service worker loads it on demand).
 */
export function scoreSnapshotWith(
  snapshot: ProfileSnapshot,
  context: ScoreContext,
  brandFitModule: Pick<BrandFitModule, 'scoreBrandFit'> | null,
): Required<Scores> {
  const merged = mergeCreator(snapshot, context.history ?? []);
  const creator = merged.snapshot;
  const engagement = scoreEngagement(creator);
  for (const id of merged.readTooEarly) engagement.inputs.excluded.push({ id, why: 'read-too-recent' });
  const reach = scoreReach(creator);
  const authenticity = scoreAuthenticity(creator, engagement, context.history ?? []);
  if (context.brief && !brandFitModule) throw new Error('scoring with a brief needs the brand-fit module');
  const brandFit: BrandFitScore | null =
    context.brief && brandFitModule ? brandFitModule.scoreBrandFit(creator, context.brief, { browserLanguage: context.browserLanguage }) : null;
  const overall = scoreOverall({ engagement, reach, authenticity, brandFit }, context.weights ?? DEFAULT_WEIGHTS);
  if (merged.followersFrom) {
    overall.reasons.push(fact('reason_followers_from_visit', count(merged.followersFrom.followers), date(merged.followersFrom.capturedAt)));
  }
  return { engagement, reach, authenticity, brandFit, overall, evidence: scoreEvidence(snapshot, merged) };
}
