import Papa from 'papaparse';
import type { CampaignExport, ExportRow } from './rows';
import { nextTick } from './rows';

export const CSV_COLUMNS = [
  'platform',
  'handle',
  'profile_url',
  'followers',
  'engagement_rate',
  'authenticity',
  'brand_fit',
  'overall',
  'status',
  'collaboration_model',
  'fee',
  'commission_percent',
  'product_value',
  'posts',
  'expected_reach',
  'expected_impressions',
  'expected_engagements',
  'cost',
  'cpm',
  'cpe',
  'currency',
  'tracking_link',
  'promo_code',
  'snapshot_captured_at',
] as const;

type Cell = string | number | null;

/** Numbers are written plainly (dot decimals, no grouping) so spreadsheets read them as numbers. */
function num(value: number | null | undefined, digits = 4): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toFixed(digits));
}

export function csvRecord(row: ExportRow, currency: string): Record<(typeof CSV_COLUMNS)[number], Cell> {
  const { creator, record, estimate } = row;
  return {
    platform: creator.platform,
    handle: creator.handle,
    profile_url: row.profileUrl,
    followers: record?.followers ?? null,
    engagement_rate: num(record?.scores.engagementRate, 6),
    authenticity: record?.scores.authenticity ?? null,
    brand_fit: record?.scores.brandFit ?? null,
    overall: record?.scores.overall ?? null,
    status: record?.status ?? null,
    collaboration_model: creator.model,
    fee: num(creator.feePerPost, 2),
    commission_percent: num(creator.commissionPercent, 2),
    product_value: num(creator.productValue, 2),
    posts: estimate.posts,
    expected_reach: num(estimate.expectedReach, 0),
    expected_impressions: num(estimate.expectedImpressions, 0),
    expected_engagements: num(estimate.expectedEngagements, 0),
    cost: num(estimate.chosen.cost, 2),
    cpm: num(estimate.chosen.cpm, 2),
    cpe: num(estimate.chosen.cpe, 4),
    currency,
    tracking_link: row.trackingLink,
    promo_code: row.promoCode,
    snapshot_captured_at: estimate.baseline?.capturedAt ?? null,
  };
}

// Cells a spreadsheet would run as a formula. papaparse's default pattern ends in `.*$`, which misses
// a cell with a line break after the "=", so match the first character only.
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_BOM = '\uFEFF';

/** CSV text for rows (no BOM). Strings starting with = + - @ get a leading apostrophe; numbers stay numbers. */
export function toCsv(records: Array<Record<string, Cell>>, header: boolean, columns: readonly string[] = CSV_COLUMNS): string {
  return Papa.unparse(
    { fields: [...columns], data: records.map((r) => columns.map((c) => r[c] ?? '')) },
    { header, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
}

/**
 * The campaign CSV, UTF-8 with a BOM so Excel reads non-Latin text right. Written in chunks so a
 * 10,000-creator export keeps the page responsive and reports progress.
 */
export async function campaignCsv(data: CampaignExport, onProgress?: (done: number, total: number) => void, chunk = 500): Promise<string> {
  const parts: string[] = [];
  const total = data.rows.length;
  if (total === 0) return CSV_BOM + toCsv([], true);
  for (let i = 0; i < total; i += chunk) {
    const records = data.rows.slice(i, i + chunk).map((r) => csvRecord(r, data.campaign.currency));
    parts.push(toCsv(records, i === 0));
    onProgress?.(Math.min(i + chunk, total), total);
    if (i + chunk < total) await nextTick();
  }
  return CSV_BOM + parts.join('\r\n') + '\r\n';
}
