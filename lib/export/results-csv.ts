import type { CampaignResults, CreatorResult } from '../campaign/results/compute';
import type { Ratio, RatioName } from '../campaign/results/ratios';
import { spendProblemText, whyRatio } from '../campaign/results/text';
import type { Campaign } from '../campaign/schema';
import type { I18n } from '../i18n/translate';
import { CSV_BOM, toCsv, type CsvSeparator } from './csv';
import { shownHandle } from '../handle-display';

/**
 * The results CSV: one row per creator and a total row, every figure of the results view in plain
 * numbers (bare, with the separator's decimal mark: a comma beside ";"; ROAS as a ratio), and where each comes from: the
 * visits that read the creator's campaign posts, the posts' addresses, and the imported rows by file
 * and line. Written through the campaign CSV's writer (lib/export/csv.ts) and its cell escaping.
 */
export const RESULTS_CSV_COLUMNS = [
  'row',
  'platform',
  'handle',
  'collaboration_model',
  'posts_agreed',
  'posts_seen',
  'posts_disclosed',
  'reach',
  'reach_basis',
  'impressions',
  'engagements',
  'clicks',
  'orders',
  'revenue',
  'spend',
  'cpm',
  'cpe',
  'cost_per_click',
  'cost_per_order',
  'roas',
  'currency',
  'promo_code',
  'tracking_link',
  'empty_because',
  'visits',
  'post_urls',
  'imported_rows',
] as const;

type Cell = string | number | null;
/** Money columns keep two decimals, as accountants write them ("540.00", or "540,00" beside ";"). */
const MONEY_DIGITS = { revenue: 2, spend: 2, cpm: 2, cpe: 2, cost_per_click: 2, cost_per_order: 2 };
const RATIO_COLUMNS: Record<RatioName, (typeof RESULTS_CSV_COLUMNS)[number]> = {
  cpm: 'cpm',
  cpe: 'cpe',
  cpc: 'cost_per_click',
  cpo: 'cost_per_order',
  roas: 'roas',
};

const plain = (v: number | null, digits = 0): Cell => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(digits)));
// Money as a bare number (two decimals at most), so a spreadsheet in any locale reads it as one.
const money = (v: number | null): Cell => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(2)));

function ratioCells(ratios: Record<RatioName, Ratio>): Record<string, Cell> {
  return Object.fromEntries(
    (Object.keys(RATIO_COLUMNS) as RatioName[]).map((name) => [RATIO_COLUMNS[name], name === 'roas' ? plain(ratios.roas.value, 4) : money(ratios[name].value)]),
  );
}

function emptyBecause(ratios: Record<RatioName, Ratio>, spendProblem: string | null, i18n: I18n): string | null {
  const notes = (Object.keys(RATIO_COLUMNS) as RatioName[]).flatMap((name) => {
    const why = whyRatio(ratios[name], i18n);
    return why ? [`${RATIO_COLUMNS[name]}: ${why}`] : [];
  });
  return [...(spendProblem ? [`spend: ${spendProblem}`] : []), ...notes].join('; ') || null;
}

function creatorRecord(r: CreatorResult, codes: { promoCode: string; trackingLink: string | null }, currency: string, i18n: I18n): Record<string, Cell> {
  const rows = [...r.clicks.sources, ...r.orders.sources, ...r.revenue.sources];
  const refs = [...new Set(rows.map((s) => `${s.fileName}:${s.line}`))];
  return {
    row: 'creator',
    platform: r.creator.platform,
    handle: r.creator.handle ? shownHandle(r.creator.handle) : r.creator.creatorKey,
    collaboration_model: r.creator.model,
    posts_agreed: r.postsAgreed,
    posts_seen: r.posts.length,
    posts_disclosed: r.postsDisclosed,
    reach: plain(r.reach),
    reach_basis: r.reach === null ? null : r.reachEstimated ? 'estimate' : 'views',
    impressions: plain(r.impressions),
    engagements: plain(r.engagements),
    clicks: plain(r.clicks.value),
    orders: plain(r.orders.value),
    revenue: money(r.revenue.value),
    spend: money(r.spend.value),
    ...ratioCells(r.ratios),
    currency,
    promo_code: codes.promoCode,
    tracking_link: codes.trackingLink,
    empty_because: emptyBecause(r.ratios, r.spend.problem ? spendProblemText(r.spend.problem, i18n) : null, i18n),
    visits: r.visits.join(' ') || null,
    post_urls: r.posts.map((p) => p.url ?? p.postId).join(' ') || null,
    imported_rows: refs.join(' ') || null,
  };
}

export function resultsCsv(
  campaign: Campaign,
  results: CampaignResults,
  codes: Array<{ promoCode: string; trackingLink: string | null }>,
  options: { i18n: I18n; separator?: CsvSeparator },
): string {
  const { i18n, separator = ',' } = options;
  const records = results.creators.map((r, i) => creatorRecord(r, codes[i]!, campaign.currency, i18n));
  const t = results.totals;
  records.push({
    row: 'total',
    posts_agreed: t.postsAgreed,
    posts_seen: t.postsSeen,
    posts_disclosed: t.postsDisclosed,
    reach: plain(t.reach.value),
    impressions: plain(t.impressions.value),
    engagements: plain(t.engagements.value),
    clicks: plain(t.clicks.value),
    orders: plain(t.orders.value),
    revenue: money(t.revenue.value),
    spend: money(t.spend.value),
    ...ratioCells(results.ratios),
    currency: campaign.currency,
    empty_because: emptyBecause(results.ratios, null, i18n),
  });
  return `${CSV_BOM}${toCsv(records, true, RESULTS_CSV_COLUMNS, separator, RESULTS_CSV_COLUMNS, MONEY_DIGITS)}\r\n`;
}
