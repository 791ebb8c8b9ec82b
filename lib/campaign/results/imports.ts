import * as z from 'zod/mini';

/**
 * Results imported from files the marketer already has: a GA4 traffic export, a Shopify sales-by-
 * discount report, a WooCommerce orders export, or any CSV with a code or link column and a number
 * column. Each import keeps every row it read with that row's line in the file, so every figure
 * traces back to an imported row; rows it could not use are kept with the reason.
 *
 * Stored in `db.resultImports`, one record per file (lib/storage/results.ts); the column mapping
 * last used for files with the same columns is stored beside it (lib/storage/records.ts).
 */
export const RESULT_SOURCES = ['ga4', 'shopify', 'woocommerce', 'vetlens', 'custom'] as const;
/** What the key column holds: a promo code, a tracking link, or a link's utm_content. */
export const KEY_KINDS = ['code', 'link', 'utm-content'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];
export type ResultMetric = 'clicks' | 'orders' | 'revenue';
export const SKIP_REASONS = ['no-key', 'total', 'status', 'bad-number', 'no-number', 'outlier', 'test'] as const;

const Header = z.string().check(z.minLength(1), z.maxLength(200));
const Column = z.nullable(Header);
const IsoDay = z.iso.date();

export const ColumnMappingSchema = z.object({
  source: z.enum(RESULT_SOURCES),
  key: Header,
  keyKind: z.enum(KEY_KINDS),
  /** The utm_campaign column, when the file has one: rows of other campaigns are set apart. */
  campaign: Column,
  clicks: Column,
  orders: Column,
  revenue: Column,
  date: Column,
  /** Orders whose status says they were never paid (cancelled, failed, pending) are set apart. */
  status: Column,
  /** Each row is one order (an orders export), so rows are counted as orders. */
  rowIsOrder: z.boolean(),
  /**
   * Order exports that write an order over several rows (Shopify: one row per line item, the order's
   * figures on its first): the order's name ("#1001"); its later rows are not orders of their own.
   */
  orderId: z.optional(Column),
  /** The amount refunded of an order (Shopify "Refunded Amount"): revenue is the total less it. */
  refunded: z.optional(Column),
  /** When the order was cancelled (Shopify "Cancelled at"): a cancelled order is no sale. */
  cancelled: z.optional(Column),
  /** The payment method, where a test order shows as one (Shopify's "Bogus" test gateway). */
  payment: z.optional(Column),
  /** The decimal mark of the file's numbers; "auto" reads it from the numbers themselves. */
  decimal: z.enum(['auto', '.', ',']),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

const Amount = z.nullable(z.number().check(z.gte(-1e13), z.lte(1e13)));
const Count = z.nullable(z.number().check(z.int(), z.nonnegative(), z.lte(1e13)));

const ImportedRowSchema = z.object({
  /** The line in the file where the row starts, from 1. */
  line: z.number().check(z.int(), z.positive()),
  /** The key cell as written (a code, several codes, a link or a utm_content). */
  key: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The row's utm_campaign, when the mapping has that column. */
  campaign: z.nullable(z.string().check(z.maxLength(500))),
  clicks: Count,
  orders: Count,
  revenue: Amount,
  date: z.nullable(IsoDay),
});
export type ImportedRow = z.infer<typeof ImportedRowSchema>;

const SkippedRowSchema = z.object({
  line: z.number().check(z.int(), z.positive()),
  reason: z.enum(SKIP_REASONS),
  /** The cell that caused it, shortened. */
  value: z.string().check(z.maxLength(200)),
});
export type SkippedRow = z.infer<typeof SkippedRowSchema>;

export const MAX_IMPORT_ROWS = 200_000;
/** Skipped rows listed one by one; beyond this only their number is kept. */
export const MAX_SKIPPED_LISTED = 1000;

export const ResultImportSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  campaignId: z.string().check(z.minLength(1), z.maxLength(100)),
  fileName: z.string().check(z.maxLength(300)),
  /** A hash of the file's text: the same file is not imported twice. */
  fileHash: z.string().check(z.maxLength(40)),
  importedAt: z.iso.datetime({ offset: true }),
  mapping: ColumnMappingSchema,
  /** The report's own dates, where the file states them (GA4's "# Start date"). */
  period: z.nullable(z.object({ start: z.nullable(IsoDay), end: z.nullable(IsoDay) })),
  rows: z.array(ImportedRowSchema).check(z.maxLength(MAX_IMPORT_ROWS)),
  skipped: z.array(SkippedRowSchema).check(z.maxLength(MAX_SKIPPED_LISTED)),
  skippedCount: z.number().check(z.int(), z.nonnegative()),
});
export type ResultImport = z.infer<typeof ResultImportSchema>;

/** A short stable hash of a text (FNV-1a, 32 bit, twice with different seeds). */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
