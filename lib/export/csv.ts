import Papa from 'papaparse';
import { formatPercent, numberFormat } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import type { CampaignExport, ExportRow } from './rows';
import { nextTick } from './rows';
import { shownHandle, shownName } from '../handle-display';

/**
 * The campaign CSV has two parts. First the columns a client reads, headed and written in the
 * interface language: name, platform, outreach status, tags, notes, collaboration model and the
 * engagement rate as a percentage. Then the machine columns (CSV_COLUMNS), whose names and plain
 * numbers (dot decimals, no grouping, money with two decimals, rates as ratios) stay the same for
 * scripts and re-imports.
 */
export const PEOPLE_COLUMNS = ['name', 'platform_name', 'status_name', 'tags', 'notes', 'model_name', 'engagement_rate_percent'] as const;
const PEOPLE_HEADINGS: Record<(typeof PEOPLE_COLUMNS)[number], string> = {
  name: 'campaign_csv_col_name',
  platform_name: 'campaign_col_platform',
  status_name: 'sp_status',
  tags: 'sp_tags',
  notes: 'sp_notes',
  model_name: 'campaign_csv_col_model',
  engagement_rate_percent: 'campaign_col_er',
};

export type CsvSeparator = ',' | ';';

/**
 * The separator a spreadsheet on this computer expects: where numbers take a decimal comma (az, ru,
 * tr, de…), Excel splits columns on ";" and opens a comma-separated file in one column.
 */
export function defaultCsvSeparator(language: string): CsvSeparator {
  try {
    const decimal = numberFormat(language)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

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
  'reach_basis',
  'engagement_basis',
  'overall_confidence',
  'engagement_confidence',
  'authenticity_confidence',
  'brand_fit_confidence',
  'overall_rests_on',
  'explained_flags',
] as const;

type Cell = string | number | null;

/** Numbers are written plainly (dot decimals, no grouping) so spreadsheets read them as numbers. */
function num(value: number | null | undefined, digits = 4): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toFixed(digits));
}

/** Money as accountants write it in a file: two decimals, dot, no grouping ("1200.50"). */
function money(value: number | null | undefined): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return value.toFixed(2);
}

function csvRecord(row: ExportRow, currency: string): Record<(typeof CSV_COLUMNS)[number], Cell> {
  const { creator, record, estimate } = row;
  return {
    platform: creator.platform,
    handle: creator.handle === null ? null : shownHandle(creator.handle),
    profile_url: row.profileUrl,
    followers: record?.followers ?? null,
    engagement_rate: num(record?.scores.engagementRate, 6),
    authenticity: record?.scores.authenticity ?? null,
    brand_fit: record?.scores.brandFit ?? null,
    overall: record?.scores.overall ?? null,
    status: record?.status ?? null,
    collaboration_model: creator.model,
    fee: money(creator.feePerPost),
    commission_percent: num(creator.commissionPercent, 2),
    product_value: money(creator.productValue),
    posts: estimate.posts,
    expected_reach: num(estimate.expectedReach, 0),
    expected_impressions: num(estimate.expectedImpressions, 0),
    expected_engagements: num(estimate.expectedEngagements, 0),
    cost: money(estimate.chosen.cost),
    cpm: money(estimate.chosen.cpm),
    cpe: num(estimate.chosen.cpe, 4),
    currency,
    tracking_link: row.trackingLink,
    promo_code: row.promoCode,
    snapshot_captured_at: estimate.baseline?.capturedAt ?? null,
    reach_basis: estimate.reachBasis,
    // Per view (TikTok, YouTube) or per follower (Instagram): the two rates are not comparable.
    engagement_basis: record?.scores.engagementBasis ?? null,
    overall_confidence: record?.scores.confidence?.overall ?? null,
    engagement_confidence: record?.scores.confidence?.engagement ?? null,
    authenticity_confidence: record?.scores.authenticityConfidence ?? null,
    brand_fit_confidence: record?.scores.confidence?.brandFit ?? null,
    overall_rests_on: record?.scores.overallParts?.join('+') ?? null,
    // The marketer's verdicts: "flag: note", one after another; empty when none is explained.
    explained_flags: row.verdicts?.length ? row.verdicts.map((v) => `${v.flag}: ${v.note}`).join(' | ') : null,
  };
}

/** The columns for people, in the interface language. */
function peopleRecord(row: ExportRow, i18n: I18n): Record<(typeof PEOPLE_COLUMNS)[number], Cell> {
  const { record, creator } = row;
  return {
    name: record?.displayName ? shownName(record.displayName) : null,
    platform_name: i18n.t(`platform_${creator.platform}`),
    status_name: record ? i18n.t(`sp_status_${record.status.replace('-', '_')}`) : null,
    tags: record?.tags.map((tag) => `#${tag}`).join(' ') ?? null,
    notes: record?.notes || null,
    model_name: i18n.t(`campaign_model_${creator.model}`),
    engagement_rate_percent: record?.scores.engagementRate == null ? null : formatPercent(record.scores.engagementRate, i18n.locale),
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
function defuseFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

function safeCell(value: Cell | undefined): Cell {
  return typeof value === 'string' ? defuseFormula(value) : (value ?? null);
}

export const CSV_BOM = '\uFEFF';

/**
 * CSV text for rows (no BOM). Every text cell, headings included, is quoted and defused
 * (`defuseFormula`); numbers stay numbers and empty cells stay empty.
 */
export function toCsv(
  records: Array<Record<string, Cell>>,
  header: boolean,
  columns: readonly string[] = CSV_COLUMNS,
  delimiter: CsvSeparator = ',',
  headings: readonly string[] = columns,
): string {
  const rows = records.map((r) => columns.map((c) => safeCell(r[c])));
  return Papa.unparse(header ? [headings.map(safeCell), ...rows] : rows, {
    header: false,
    delimiter,
    newline: '\r\n',
    quotes: (value: unknown) => typeof value === 'string' && value !== '',
    escapeFormulae: false,
  });
}

/**
 * The campaign CSV, UTF-8 with a BOM so Excel reads non-Latin text right. Written in chunks so a
 * 10,000-creator export keeps the page responsive and reports progress.
 */
export async function campaignCsv(
  data: CampaignExport,
  options: { i18n: I18n; separator?: CsvSeparator; onProgress?: (done: number, total: number) => void; chunk?: number },
): Promise<string> {
  const { i18n, separator = ',', onProgress, chunk = 500 } = options;
  const columns = [...PEOPLE_COLUMNS, ...CSV_COLUMNS];
  const headings = [...PEOPLE_COLUMNS.map((c) => i18n.t(PEOPLE_HEADINGS[c])), ...CSV_COLUMNS];
  const parts: string[] = [];
  const total = data.rows.length;
  if (total === 0) return `${CSV_BOM}${toCsv([], true, columns, separator, headings)}\r\n`;
  for (let i = 0; i < total; i += chunk) {
    const records = data.rows.slice(i, i + chunk).map((r) => ({ ...peopleRecord(r, i18n), ...csvRecord(r, data.campaign.currency) }));
    parts.push(toCsv(records, i === 0, columns, separator, headings));
    onProgress?.(Math.min(i + chunk, total), total);
    if (i + chunk < total) await nextTick();
  }
  return CSV_BOM + parts.join('\r\n') + '\r\n';
}
