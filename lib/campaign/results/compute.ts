import type { ProfileSnapshot } from '../../snapshot';
import type { Total } from '../estimates';
import { postsInSchedule, scheduleFor, type Campaign, type CampaignCreator, type KpiMetric } from '../schema';
import type { ImportedRow, ResultImport, ResultMetric } from './imports';
import { campaignKeys } from './keys';
import { checkKpi, type KpiCheck } from './kpi';
import { matchRow } from './match-rows';
import { matchCriteria, seenPosts, type SeenPost } from './posts';
import { pooledRatio, ratio, RATIO_NAMES, type Quantity, type Ratio, type RatioName } from './ratios';
import { campaignWindow, type CampaignWindow } from './window';

/**
 * A campaign's results, per creator and in total. Every figure comes from a stored visit (posts,
 * their reach and engagements) or an imported row (clicks, orders, revenue), and keeps where.
 *
 *   reach        = per creator, the reach of their best-reaching campaign post (views where the post
 *                  shows them; Instagram without views: followers × the published reach rate, an
 *                  estimate); repeat posts mostly reach the same followers, as in the draft's estimate
 *   impressions  = the sum of every campaign post's views (or estimated reach)
 *   engagements  = the sum of likes + comments + shares over posts that show likes
 *   clicks, orders, revenue = the sums of the creator's imported rows. Orders and revenue come from
 *                  files matched by promo code (the shop) when there are any, else from files matched
 *                  by link (analytics), never both, so one sale is not counted twice; clicks the
 *                  other way round. A file that has the figure but no row for a creator means 0.
 *   spend        = fee: fee per post × posts agreed; commission: commission % × imported revenue;
 *                  barter: the product's value
 *   CPM, CPE, cost per click, cost per order, ROAS: lib/campaign/results/ratios.ts
 */
export interface RowRef {
  importId: string;
  fileName: string;
  line: number;
}

interface Figure {
  value: number | null;
  sources: RowRef[];
}

export type SpendProblem = 'no-fee' | 'no-commission' | 'no-revenue' | 'no-product-value';

export interface CreatorResult {
  creator: CampaignCreator;
  postsAgreed: number;
  posts: SeenPost[];
  postsDisclosed: number;
  reach: number | null;
  reachEstimated: boolean;
  impressions: number | null;
  engagements: number | null;
  clicks: Figure;
  orders: Figure;
  revenue: Figure;
  spend: { value: number | null; problem: SpendProblem | null };
  ratios: Record<RatioName, Ratio>;
  /** Visits (capture times) that read the creator's campaign posts, oldest first. */
  visits: string[];
}

interface UnmatchedRow {
  importId: string;
  fileName: string;
  row: ImportedRow;
  kind: 'unknown' | 'other-campaign';
}

export interface CampaignResults {
  window: CampaignWindow;
  creators: CreatorResult[];
  totals: Record<'postsAgreed' | 'postsSeen' | 'postsDisclosed', number> & Record<Quantity | 'reach', Total>;
  ratios: Record<RatioName, Ratio>;
  kpis: KpiCheck[];
  unmatched: UnmatchedRow[];
  /** Which kind of file each imported figure came from; null when no file has it. */
  metricFrom: Record<ResultMetric, 'code' | 'link' | null>;
  /** Files with a figure that another kind of file gave instead (not counted twice). */
  unusedFigures: Array<{ importId: string; fileName: string; metric: ResultMetric }>;
}

const METRIC_CLASS_ORDER: Record<ResultMetric, Array<'code' | 'link'>> = { clicks: ['link', 'code'], orders: ['code', 'link'], revenue: ['code', 'link'] };

const classOf = (imp: ResultImport): 'code' | 'link' => (imp.mapping.keyKind === 'code' ? 'code' : 'link');
const supplies = (imp: ResultImport, metric: ResultMetric) => imp.mapping[metric] !== null || (metric === 'orders' && imp.mapping.rowIsOrder);

function total(values: Array<number | null>): Total {
  const known = values.filter((v): v is number => v !== null);
  return { value: known.length ? known.reduce((a, b) => a + b, 0) : null, known: known.length, of: values.length };
}

function spendOf(creator: CampaignCreator, postsAgreed: number, revenue: number | null): CreatorResult['spend'] {
  switch (creator.model) {
    case 'fee':
      return creator.feePerPost === null ? { value: null, problem: 'no-fee' } : { value: creator.feePerPost * postsAgreed, problem: null };
    case 'commission':
      if (creator.commissionPercent === null) return { value: null, problem: 'no-commission' };
      if (revenue === null) return { value: null, problem: 'no-revenue' };
      return { value: (creator.commissionPercent / 100) * Math.max(0, revenue), problem: null };
    case 'barter':
      return creator.productValue === null ? { value: null, problem: 'no-product-value' } : { value: creator.productValue, problem: null };
  }
}

function sumOrNull(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

export function computeResults(
  campaign: Campaign,
  visitsByKey: ReadonlyMap<string, readonly ProfileSnapshot[]>,
  imports: readonly ResultImport[],
): CampaignResults {
  const window = campaignWindow(campaign);
  const keys = campaignKeys(campaign);
  const metricFrom = Object.fromEntries(
    (['clicks', 'orders', 'revenue'] as const).map((m) => [
      m,
      METRIC_CLASS_ORDER[m].find((cls) => imports.some((imp) => classOf(imp) === cls && supplies(imp, m))) ?? null,
    ]),
  ) as CampaignResults['metricFrom'];
  const unusedFigures = imports.flatMap((imp) =>
    (['clicks', 'orders', 'revenue'] as const)
      .filter((m) => supplies(imp, m) && metricFrom[m] !== classOf(imp))
      .map((metric) => ({ importId: imp.id, fileName: imp.fileName, metric })),
  );

  // Every imported row, matched once.
  const rowsByCreator = new Map<string, Array<{ imp: ResultImport; row: ImportedRow }>>();
  const unmatched: UnmatchedRow[] = [];
  for (const imp of imports) {
    for (const row of imp.rows) {
      const match = matchRow(row, imp.mapping.keyKind, keys);
      if (match.kind === 'creator') rowsByCreator.set(match.creatorKey, [...(rowsByCreator.get(match.creatorKey) ?? []), { imp, row }]);
      else unmatched.push({ importId: imp.id, fileName: imp.fileName, row, kind: match.kind });
    }
  }

  const creators = campaign.creators.map((creator, i): CreatorResult => {
    const posts = seenPosts(visitsByKey.get(creator.creatorKey) ?? [], matchCriteria(campaign, keys.creators[i]!), window, creator.platform);
    const rows = rowsByCreator.get(creator.creatorKey) ?? [];
    const figure = (metric: ResultMetric): Figure => {
      const cls = metricFrom[metric];
      if (cls === null) return { value: null, sources: [] };
      const used = rows.filter(({ imp, row }) => classOf(imp) === cls && supplies(imp, metric) && row[metric] !== null);
      return {
        value: used.reduce((a, { row }) => a + row[metric]!, 0),
        sources: used.map(({ imp, row }) => ({ importId: imp.id, fileName: imp.fileName, line: row.line })),
      };
    };
    const [clicks, orders, revenue] = [figure('clicks'), figure('orders'), figure('revenue')];
    const postsAgreed = postsInSchedule(scheduleFor(campaign, creator));
    const spend = spendOf(creator, postsAgreed, revenue.value);
    const reaches = posts.map((p) => p.reach).filter((r): r is number => r !== null);
    const values: Record<Quantity, number | null> = {
      spend: spend.value,
      impressions: sumOrNull(posts.map((p) => p.reach)),
      engagements: sumOrNull(posts.map((p) => p.engagements)),
      clicks: clicks.value,
      orders: orders.value,
      revenue: revenue.value,
    };
    return {
      creator,
      postsAgreed,
      posts,
      postsDisclosed: posts.filter((p) => p.disclosure !== null).length,
      reach: reaches.length ? Math.max(...reaches) : null,
      reachEstimated: posts.some((p) => p.reachBasis === 'estimate'),
      impressions: values.impressions,
      engagements: values.engagements,
      clicks,
      orders,
      revenue,
      spend,
      ratios: Object.fromEntries(RATIO_NAMES.map((name) => [name, ratio(name, values)])) as Record<RatioName, Ratio>,
      visits: [...new Set(posts.flatMap((p) => p.readings.map((r) => r.capturedAt)))].sort(),
    };
  });

  const quantities = creators.map((c): Record<Quantity, number | null> => ({
    spend: c.spend.value,
    impressions: c.impressions,
    engagements: c.engagements,
    clicks: c.clicks.value,
    orders: c.orders.value,
    revenue: c.revenue.value,
  }));
  const totals: CampaignResults['totals'] = {
    postsAgreed: creators.reduce((a, c) => a + c.postsAgreed, 0),
    postsSeen: creators.reduce((a, c) => a + c.posts.length, 0),
    postsDisclosed: creators.reduce((a, c) => a + c.postsDisclosed, 0),
    reach: total(creators.map((c) => c.reach)),
    spend: total(quantities.map((q) => q.spend)),
    impressions: total(quantities.map((q) => q.impressions)),
    engagements: total(quantities.map((q) => q.engagements)),
    clicks: total(quantities.map((q) => q.clicks)),
    orders: total(quantities.map((q) => q.orders)),
    revenue: total(quantities.map((q) => q.revenue)),
  };
  const ratios = Object.fromEntries(RATIO_NAMES.map((name) => [name, pooledRatio(name, quantities)])) as Record<RatioName, Ratio>;
  const actuals: Record<KpiMetric, number | null> = {
    reach: totals.reach.value,
    impressions: totals.impressions.value,
    engagements: totals.engagements.value,
    clicks: totals.clicks.value,
    orders: totals.orders.value,
    revenue: totals.revenue.value,
    'cost-per-order': ratios.cpo.value,
  };
  return { window, creators, totals, ratios, kpis: campaign.kpis.map((k) => checkKpi(k, actuals)), unmatched, metricFrom, unusedFigures };
}

/** Whether there is anything to report yet: a campaign post seen, or an imported file. */
export function hasResults(results: CampaignResults): boolean {
  return (
    results.totals.postsSeen > 0 ||
    results.creators.some((c) => c.clicks.value !== null || c.orders.value !== null || c.revenue.value !== null) ||
    results.unmatched.length > 0
  );
}
