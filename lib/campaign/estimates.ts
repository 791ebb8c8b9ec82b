import { usedPosts } from '../scoring/engagement';
import { medianInPlace } from '../scoring/stats';
import type { ProfileSnapshot } from '../snapshot';
import { COLLABORATION_MODELS, postsInSchedule, scheduleFor, type Campaign, type CampaignCreator } from './schema';

/**
 * Campaign estimates. Every number comes from the creator's latest stored snapshot and the terms
 * the marketer typed; when an input is missing the result is null, never a guess.
 *
 * Per post, from the latest snapshot's eligible posts (not pinned, at least 48 h old, the latest 30;
 * the same posts the engagement score uses):
 *   viewsPerPost       = median(post.views)                          over posts with a view count
 *   engagementsPerPost = median(likes + comments + shares)           over posts with a like count
 *                        (null when the creator hides likes)
 * Over the creator's schedule (posts = dates listed, or posts per period × periods):
 *   expectedReach       = viewsPerPost         (one post's audience; repeat posts mostly reach the
 *                                               same followers, so reach is not multiplied)
 *                       = followers × reach rate of the follower band, where the page shows no
 *                         views (Instagram photos and carousels): an estimate, marked as one, from
 *                         INSTAGRAM_REACH_RATE below
 *   expectedImpressions = expectedReach × posts
 *   expectedEngagements = engagementsPerPost × posts
 * Cost under each collaboration model:
 *   fee        = feePerPost × posts
 *   commission = commissionPercent / 100 × expectedSales
 *   barter     = productValue
 *   CPM = cost / expectedImpressions × 1000;  CPE = cost / expectedEngagements
 * Reach, impressions and engagements are rounded to whole numbers.
 */
interface PostBaseline {
  viewsPerPost: number | null;
  engagementsPerPost: number | null;
  /** How many posts each median was taken over. */
  viewSamples: number;
  engagementSamples: number;
  /** The snapshot the baseline came from. */
  capturedAt: string;
}

export function postBaseline(snapshot: ProfileSnapshot): PostBaseline {
  const used = usedPosts(snapshot);
  // Plain loops: a campaign export runs this for every creator (10,000 in the benchmark).
  const views: number[] = [];
  const engagements: number[] = [];
  for (const p of used) {
    if (p.views !== null) views.push(p.views);
    if (!snapshot.likesHidden && p.likes !== null) engagements.push(p.likes + (p.comments ?? 0) + (p.shares ?? 0));
  }
  return {
    viewsPerPost: medianInPlace(views),
    engagementsPerPost: medianInPlace(engagements),
    viewSamples: views.length,
    engagementSamples: engagements.length,
    capturedAt: snapshot.capturedAt,
  };
}

/**
 * Median reach rate (unique accounts reached by a feed post ÷ followers) by follower band, from
 * Minter.io's study of about 3–4 million Instagram posts: "How much reach should my brand be getting
 * on Instagram?" (Feb 2019), https://minter.io/blog/how-much-reach-should-my-brand-be-getting-on-instagram/
 * Reach rates have fallen since as Instagram shows more recommended posts, so read these as an upper
 * guide; they are the only published per-band medians of reach rate we found with a method stated.
 */
export const INSTAGRAM_REACH_RATE = {
  source: 'Minter.io, median Instagram post reach rate by follower count (3–4 million posts)',
  year: 2019,
  bands: [
    { min: 0, max: 20_000, rate: 0.3772 },
    { min: 20_000, max: 100_000, rate: 0.22945 },
    { min: 100_000, max: 1_000_000, rate: 0.22885 },
    { min: 1_000_000, max: null, rate: 0.1909 },
  ],
} as const;

interface ReachEstimate {
  /** Share of followers one post reaches. */
  rate: number;
  source: string;
  year: number;
}

/** The published reach rate for an Instagram creator's follower count; null elsewhere or without a count. */
export function reachRateFor(platform: ProfileSnapshot['platform'], followers: number | null): ReachEstimate | null {
  if (platform !== 'instagram' || followers === null || followers <= 0) return null;
  const band = INSTAGRAM_REACH_RATE.bands.find((b) => followers >= b.min && (b.max === null || followers < b.max));
  return band ? { rate: band.rate, source: INSTAGRAM_REACH_RATE.source, year: INSTAGRAM_REACH_RATE.year } : null;
}

/** Above this multiple of the budget, a typed amount is confirmed before it is kept. */
const FAR_ABOVE_BUDGET = 1.5;

/** Whether a change takes the campaign's cost far above its budget (and up, not down). */
export function farAboveBudget(budget: number | null, before: number | null, after: number | null): boolean {
  if (budget === null || budget <= 0 || after === null) return false;
  return after > budget * FAR_ABOVE_BUDGET && (before === null || after > before);
}

type ModelCost = { cost: number | null; cpm: number | null; cpe: number | null };

export interface CreatorEstimate {
  creatorKey: string;
  posts: number;
  baseline: PostBaseline | null;
  /** Where reach comes from: the posts' views, or followers × a published reach rate (an estimate). */
  reachBasis: 'views' | 'estimate' | null;
  /** The published rate behind an estimated reach. */
  reachEstimate: ReachEstimate | null;
  expectedReach: number | null;
  expectedImpressions: number | null;
  expectedEngagements: number | null;
  /** Cost, CPM and CPE under each model, for side-by-side comparison. */
  byModel: Record<CampaignCreator['model'], ModelCost>;
  /** Under the model the creator is booked on. */
  chosen: ModelCost;
}

function ratio(numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return (numerator / denominator) * scale;
}

function costUnder(model: CampaignCreator['model'], creator: CampaignCreator, posts: number): number | null {
  switch (model) {
    case 'fee':
      return creator.feePerPost === null ? null : creator.feePerPost * posts;
    case 'commission':
      return creator.commissionPercent === null || creator.expectedSales === null ? null : (creator.commissionPercent / 100) * creator.expectedSales;
    case 'barter':
      return creator.productValue;
  }
}

export function estimateCreator(campaign: Pick<Campaign, 'defaultSchedule'>, creator: CampaignCreator, latest: ProfileSnapshot | null): CreatorEstimate {
  const posts = postsInSchedule(scheduleFor(campaign, creator));
  const baseline = latest ? postBaseline(latest) : null;
  const views = baseline?.viewsPerPost ?? null;
  const engagements = baseline?.engagementsPerPost ?? null;
  const reachEstimate = views === null && latest ? reachRateFor(latest.platform, latest.followers) : null;
  // People and views are whole numbers; a median of an even count can end in .5.
  const reach = views !== null ? Math.round(views) : reachEstimate && latest?.followers ? Math.round(latest.followers * reachEstimate.rate) : null;
  const expectedImpressions = reach === null ? null : Math.round((views ?? reach) * posts);
  const expectedEngagements = engagements === null ? null : Math.round(engagements * posts);
  const byModel = {} as CreatorEstimate['byModel'];
  for (const model of COLLABORATION_MODELS) {
    const cost = costUnder(model, creator, posts);
    byModel[model] = { cost, cpm: ratio(cost, expectedImpressions, 1000), cpe: ratio(cost, expectedEngagements) };
  }
  return {
    creatorKey: creator.creatorKey,
    posts,
    baseline,
    reachBasis: views !== null ? 'views' : reach !== null ? 'estimate' : null,
    reachEstimate: views === null ? reachEstimate : null,
    expectedReach: reach,
    expectedImpressions,
    expectedEngagements,
    byModel,
    chosen: byModel[creator.model],
  };
}

/** A total over creators: the sum of the known values, and how many creators it covers. */
export interface Total {
  value: number | null;
  known: number;
  of: number;
}

function total(values: Array<number | null>): Total {
  let sum = 0;
  let known = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    known++;
  }
  return { value: known ? sum : null, known, of: values.length };
}

/**
 * CPM/CPE over creators where both cost and the denominator are known, so the ratio stays consistent.
 * Read straight from the estimates (no array of pairs: a campaign has eight of these over 10,000 creators).
 */
function pooledRatio(
  creators: readonly CreatorEstimate[],
  costOf: (e: CreatorEstimate) => number | null,
  baseOf: (e: CreatorEstimate) => number | null,
  scale: number,
): number | null {
  let cost = 0;
  let base = 0;
  let any = false;
  for (const e of creators) {
    const c = costOf(e);
    const b = baseOf(e);
    if (c === null || b === null || b <= 0) continue;
    cost += c;
    base += b;
    any = true;
  }
  return any ? (cost / base) * scale : null;
}

const impressionsOf = (e: CreatorEstimate) => e.expectedImpressions;
const engagementsOf = (e: CreatorEstimate) => e.expectedEngagements;
const chosenCostOf = (e: CreatorEstimate) => e.chosen.cost;

export interface CampaignEstimate {
  creators: CreatorEstimate[];
  reach: Total;
  /** How many creators' reach is an estimate from followers rather than views. */
  reachEstimated: number;
  impressions: Total;
  engagements: Total;
  posts: number;
  cost: Total;
  cpm: number | null;
  cpe: number | null;
  /** Budget minus the known cost; null without a budget or any known cost. */
  budgetLeft: number | null;
  byModel: Record<CampaignCreator['model'], { cost: Total; cpm: number | null; cpe: number | null }>;
}

export function estimateCampaign(campaign: Campaign, latestByKey: ReadonlyMap<string, ProfileSnapshot>): CampaignEstimate {
  const creators = campaign.creators.map((c) => estimateCreator(campaign, c, latestByKey.get(c.creatorKey) ?? null));
  const cost = total(creators.map((e) => e.chosen.cost));
  const byModel = Object.fromEntries(
    COLLABORATION_MODELS.map((model) => [
      model,
      {
        cost: total(creators.map((e) => e.byModel[model].cost)),
        cpm: pooledRatio(creators, (e) => e.byModel[model].cost, impressionsOf, 1000),
        cpe: pooledRatio(creators, (e) => e.byModel[model].cost, engagementsOf, 1),
      },
    ]),
  ) as CampaignEstimate['byModel'];
  return {
    creators,
    reach: total(creators.map((e) => e.expectedReach)),
    reachEstimated: creators.filter((e) => e.reachBasis === 'estimate').length,
    impressions: total(creators.map((e) => e.expectedImpressions)),
    engagements: total(creators.map((e) => e.expectedEngagements)),
    posts: creators.reduce((a, e) => a + e.posts, 0),
    cost,
    cpm: pooledRatio(creators, chosenCostOf, impressionsOf, 1000),
    cpe: pooledRatio(creators, chosenCostOf, engagementsOf, 1),
    budgetLeft: campaign.budget === null || cost.value === null ? null : campaign.budget - cost.value,
    byModel,
  };
}
