import { parseTypedNumber } from '../../i18n/number';
import type { CsvBlock } from './csv-read';
import { MAX_SKIPPED_LISTED, type ColumnMapping, type ImportedRow, type SkippedRow } from './imports';

/**
 * Turns a file's table into imported rows through a column mapping. Numbers are read in either
 * convention ("1,234.56", "1.234,56", "$1,234.56", "₼ 12,50"); where a value reads two ways
 * ("1,200") the file's other numbers and its separator decide. Nothing is dropped silently: a row
 * without a key, a totals row, an unpaid order, or a cell that is not a number is kept as skipped,
 * with its line and the reason.
 */
export type MappingError = { kind: 'missing-column'; column: string } | { kind: 'no-number-column' } | { kind: 'no-rows' };

interface MappedRows {
  rows: ImportedRow[];
  skipped: SkippedRow[];
  skippedCount: number;
  decimal: '.' | ',';
}

/**
 * Statuses of orders that were never paid, as WooCommerce ("pending", "on-hold": awaiting a bank
 * transfer, "failed"…) and Shopify's "Financial Status" ("pending", "authorized", "voided") write them,
 * in any case, with "wc-" or spaces.
 */
const UNPAID = new Set([
  'cancelled',
  'canceled',
  'failed',
  'pending',
  'pending-payment',
  'on-hold',
  'checkout-draft',
  'draft',
  'trash',
  'authorized',
  'voided',
  'expired',
]);
/** A refunded order earns nothing; a partly refunded one its total less the refund. */
const REFUNDED = 'refunded';

function statusName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^wc-/, '')
    .replace(/[\s_]+/g, '-');
}

/**
 * Whether an order row is a sale, from its status: an unpaid or cancelled order and a test order are
 * set apart; a refunded order earns nothing. WooCommerce writes a refund as its own negative row
 * beside the order it refunds, so there a refunded order keeps its amount (the refund row cancels
 * it) but is no order; a negative row is always a refund, never an order. Shopify's export has no
 * refund rows, so there a refunded order is set apart whole.
 */
type OrderVerdict = { kind: 'sale'; counts: boolean } | { kind: 'skip'; reason: 'status' | 'test'; value: string };

function orderVerdict(status: string, revenue: number | null, mapping: ColumnMapping, cancelledAt: string, payment: string): OrderVerdict {
  const name = statusName(status);
  if (/\bbogus\b/i.test(payment)) return { kind: 'skip', reason: 'test', value: payment };
  if (cancelledAt) return { kind: 'skip', reason: 'status', value: `${mapping.cancelled}: ${cancelledAt}` };
  if (UNPAID.has(name)) return { kind: 'skip', reason: 'status', value: status };
  const refund = (revenue ?? 0) < 0;
  if (name === REFUNDED && !refund && mapping.source !== 'woocommerce') return { kind: 'skip', reason: 'status', value: status };
  return { kind: 'sale', counts: !refund && name !== REFUNDED };
}
const TOTAL_ROW = /^(grand\s+)?totals?$|^summary$|^toplam$|^cəmi$/i;

/** The decimal mark the file's numbers use, from the values that read only one way. */
function detectDecimal(values: readonly string[], delimiter: string): '.' | ',' {
  let dot = 0;
  let comma = 0;
  for (const raw of values) {
    const text = raw.replace(/[^\d.,]/g, '');
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot++;
      else comma++;
      continue;
    }
    const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (!mark || text.split(mark).length > 2) continue;
    if (text.length - text.lastIndexOf(mark) - 1 !== 3) {
      if (mark === '.') dot++;
      else comma++;
    }
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  return delimiter === ';' ? ',' : '.';
}

/** A cell as a number under the file's decimal mark; null when empty; undefined when not a number. */
function readNumber(cell: string, decimal: '.' | ','): number | null | undefined {
  const parsed = parseTypedNumber(cell.replace(/^\((.*)\)$/, '-$1'));
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'empty') return null;
  if (parsed.reason === 'ambiguous') return cell.includes(decimal) ? parsed.readings[0] : parsed.readings[1];
  return cell.trim() === '-' || cell.trim() === '—' ? null : undefined;
}

/** "2026-03-12", "20260312", "2026-03-12T14:22:05", "12.03.2026" as YYYY-MM-DD; null otherwise. */
function readDay(cell: string): string | null {
  const text = cell.trim();
  let m = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/) ?? text.match(/^(\d{4})(\d{2})(\d{2})$/);
  let parts = m ? [m[1], m[2], m[3]] : null;
  if (!parts) {
    m = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
    parts = m ? [m[3], m[2]!.padStart(2, '0'), m[1]!.padStart(2, '0')] : null;
  }
  if (!parts) return null;
  const iso = `${parts[0]}-${parts[1]}-${parts[2]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** An order's revenue less what was refunded of it ("Total" − "Refunded Amount"); the total where no refund is stated. */
function netOfRefund(revenue: number | null | undefined, refunded: number | null | undefined): number | null | undefined {
  if (revenue == null || refunded == null) return revenue;
  return Math.round((revenue - Math.abs(refunded)) * 100) / 100;
}

export function mapRows(block: CsvBlock, mapping: ColumnMapping, delimiter = ','): { ok: true; mapped: MappedRows } | { ok: false; error: MappingError } {
  const index = (column: string | null) => (column === null ? -1 : block.headers.indexOf(column));
  const orderColumns = [mapping.orderId, mapping.refunded, mapping.cancelled, mapping.payment];
  for (const column of [mapping.key, mapping.campaign, mapping.clicks, mapping.orders, mapping.revenue, mapping.date, mapping.status, ...orderColumns]) {
    if (column != null && index(column) < 0) return { ok: false, error: { kind: 'missing-column', column } };
  }
  if (!mapping.clicks && !mapping.orders && !mapping.revenue && !mapping.rowIsOrder) return { ok: false, error: { kind: 'no-number-column' } };
  if (block.rows.length === 0) return { ok: false, error: { kind: 'no-rows' } };
  const at = {
    key: index(mapping.key),
    campaign: index(mapping.campaign),
    clicks: index(mapping.clicks),
    orders: index(mapping.orders),
    revenue: index(mapping.revenue),
    date: index(mapping.date),
    status: index(mapping.status),
    orderId: index(mapping.orderId ?? null),
    refunded: index(mapping.refunded ?? null),
    cancelled: index(mapping.cancelled ?? null),
    payment: index(mapping.payment ?? null),
  };
  const ordersSeen = new Set<string>();
  const numberColumns = [at.clicks, at.orders, at.revenue].filter((i) => i >= 0);
  const decimal =
    mapping.decimal === 'auto'
      ? detectDecimal(
          block.rows.flatMap((r) => numberColumns.map((i) => r.cells[i] ?? '')),
          delimiter,
        )
      : mapping.decimal;
  const rows: ImportedRow[] = [];
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  const skip = (line: number, reason: SkippedRow['reason'], value: string) => {
    skippedCount++;
    if (skipped.length < MAX_SKIPPED_LISTED) skipped.push({ line, reason, value: value.slice(0, 200) });
  };
  for (const { line, cells } of block.rows) {
    const cell = (i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
    // An order written over several rows (one per line item) is one order: its first row carries it.
    const orderId = cell(at.orderId);
    if (orderId && ordersSeen.has(orderId)) continue;
    if (orderId) ordersSeen.add(orderId);
    const key = cell(at.key);
    if (!key) {
      skip(line, 'no-key', '');
      continue;
    }
    if (TOTAL_ROW.test(key)) {
      skip(line, 'total', key);
      continue;
    }
    const numbers = {
      clicks: readNumber(cell(at.clicks), decimal),
      orders: readNumber(cell(at.orders), decimal),
      revenue: netOfRefund(readNumber(cell(at.revenue), decimal), readNumber(cell(at.refunded), decimal)),
    };
    const verdict = orderVerdict(cell(at.status), numbers.revenue ?? null, mapping, cell(at.cancelled), cell(at.payment));
    if (verdict.kind === 'skip') {
      skip(line, verdict.reason, verdict.value);
      continue;
    }
    const bad = (['clicks', 'orders', 'revenue'] as const).find((m) => {
      const v = numbers[m];
      return v === undefined || (m !== 'revenue' && v !== null && (v < 0 || !Number.isInteger(v))) || (v !== null && Math.abs(v) > 1e13);
    });
    if (bad) {
      skip(line, 'bad-number', cell(at[bad]));
      continue;
    }
    const orders = mapping.rowIsOrder && numbers.orders == null ? (verdict.counts ? 1 : 0) : (numbers.orders ?? null);
    if (numbers.clicks == null && orders === null && numbers.revenue == null) {
      skip(line, 'no-number', key);
      continue;
    }
    rows.push({
      line,
      key: key.slice(0, 2000),
      campaign: at.campaign >= 0 ? cell(at.campaign).slice(0, 500) : null,
      clicks: numbers.clicks ?? null,
      orders,
      revenue: numbers.revenue ?? null,
      date: at.date >= 0 ? readDay(cell(at.date)) : null,
    });
  }
  const outliers = findOutliers(rows);
  for (const row of rows) {
    const metric = outliers.get(row);
    if (metric) skip(row.line, 'outlier', String(row[metric]));
  }
  return { ok: true, mapped: { rows: rows.filter((row) => !outliers.has(row)), skipped, skippedCount, decimal } };
}

/**
 * Figures no real row of a results file holds, set apart (skipped as `outlier`, with their line)
 * before anything counts them: one line's 2,500,000,000,000 in revenue would make a campaign's ROAS
 * 25,000,000,000×. A figure is an outlier beyond what one code or link could bring in any currency
 * (OUTLIER_LIMITS), or, in a column of at least OUTLIER_PEERS figures, beyond OUTLIER_FACTOR times
 * their median (a creator 10,000 times bigger than the file's typical one is a typing error or a
 * forged row, far more often than a real creator).
 */
export const OUTLIER_LIMITS = { clicks: 1e9, orders: 1e7, revenue: 1e10 } as const;
const OUTLIER_PEERS = 5;
const OUTLIER_FACTOR = 10_000;

export function findOutliers(rows: readonly ImportedRow[]): Map<ImportedRow, 'clicks' | 'orders' | 'revenue'> {
  const found = new Map<ImportedRow, 'clicks' | 'orders' | 'revenue'>();
  for (const metric of ['clicks', 'orders', 'revenue'] as const) {
    const values = rows.map((r) => Math.abs(r[metric] ?? 0)).filter((v) => v > 0);
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted.length >= OUTLIER_PEERS ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
    for (const row of rows) {
      const value = Math.abs(row[metric] ?? 0);
      if (found.has(row) || value === 0) continue;
      if (value > OUTLIER_LIMITS[metric] || (median !== null && value > median * OUTLIER_FACTOR)) found.set(row, metric);
    }
  }
  return found;
}
