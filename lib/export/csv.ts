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

// Formula triggers (OWASP "CSV Injection"): = + - @ tab and carriage return, and their full-width
// forms, which spreadsheets in East Asian locales read as the same operators.
const TRIGGERS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const FORMULA_START = new RegExp(`^[${TRIGGERS}]`);
// A separator inside a cell may start a new cell in a spreadsheet that splits on it (Excel in a
// semicolon locale reads `a;=1+1` as two cells), so a trigger right after one is defused as well.
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t\\r\\n])(?=[${TRIGGERS}])`, 'g');

/** A text cell a spreadsheet shows as text: a leading apostrophe before every formula trigger that could start a cell. */
export function defuseFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

function safeCell(value: Cell | undefined): Cell {
  return typeof value === 'string' ? defuseFormula(value) : (value ?? null);
}

export const CSV_BOM = '\uFEFF';

/**
 * CSV text for rows (no BOM). Every text cell is quoted and defused (`defuseFormula`); numbers stay
 * numbers and empty cells stay empty.
 */
export function toCsv(records: Array<Record<string, Cell>>, header: boolean, columns: readonly string[] = CSV_COLUMNS): string {
  return Papa.unparse(
    { fields: [...columns], data: records.map((r) => columns.map((c) => safeCell(r[c]))) },
    { header, newline: '\r\n', quotes: (value: unknown) => typeof value === 'string' && value !== '', escapeFormulae: false },
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
