import type { CsvBlock } from './csv-read';
import type { ColumnMapping } from './imports';

/**
 * Which columns of a file hold the key (code or link) and the numbers. Known exports are recognised
 * by their headers, as their makers document them (tests/fixtures/results/README.md):
 *  - GA4 (Google Analytics 4): "Session campaign" / "Session manual campaign name" (utm_campaign) and
 *    "Session manual ad content" (utm_content), "Sessions" as clicks that reached the site, and
 *    "Ecommerce purchases" / "Purchase revenue" where the report has them.
 *  - Shopify "Sales by discount": "Discount code" (or "Discount name"), "Orders", "Net sales".
 *  - Shopify orders export (Orders → Export): one row per line item, the order's figures on its first
 *    row; "Name" (#1001), "Financial Status", "Discount Code", "Total", "Refunded Amount",
 *    "Cancelled at", "Payment Method" (test orders pay with the "Bogus" gateway).
 *  - WooCommerce Analytics orders export: one order a row, "Coupon(s)", "Net sales", "Status".
 *  - Vetlens's own columns: promo_code, tracking_link or utm_content, with clicks, orders, revenue.
 * Anything else gets the same mapping screen with the likeliest columns chosen.
 */
function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Files with the same columns (in any order, any case) share a remembered mapping. */
export function headerSignature(headers: readonly string[]): string {
  return [...new Set(headers.map(normalizeHeader).filter(Boolean))].sort().join('\u001f').slice(0, 20000);
}

function finder(headers: readonly string[]) {
  const byNorm = new Map(headers.map((h) => [normalizeHeader(h), h] as const));
  return (...names: string[]): string | null => {
    for (const name of names) {
      const hit = byNorm.get(name);
      if (hit !== undefined) return hit;
    }
    return null;
  };
}

const BASE = { campaign: null, clicks: null, orders: null, revenue: null, date: null, status: null, rowIsOrder: false, decimal: 'auto' } as const;

/** The mapping for a known export; null when the headers are not one Vetlens knows. */
export function detectMapping(headers: readonly string[]): ColumnMapping | null {
  const find = finder(headers);
  const vetlensKey = find('promo_code') ?? find('tracking_link') ?? find('utm_content');
  const vetlensNumbers = { clicks: find('clicks'), orders: find('orders'), revenue: find('revenue') };
  if (vetlensKey && (vetlensNumbers.clicks || vetlensNumbers.orders || vetlensNumbers.revenue)) {
    const keyKind = vetlensKey === find('promo_code') ? 'code' : vetlensKey === find('tracking_link') ? 'link' : 'utm-content';
    return { ...BASE, source: 'vetlens', key: vetlensKey, keyKind, campaign: find('utm_campaign'), ...vetlensNumbers, date: find('date') };
  }
  const ga4Content = find('session manual ad content', 'manual ad content', 'first user manual ad content');
  if (ga4Content) {
    return {
      ...BASE,
      source: 'ga4',
      key: ga4Content,
      keyKind: 'utm-content',
      campaign: find(
        'session campaign',
        'session manual campaign name',
        'campaign',
        'manual campaign name',
        'first user campaign',
        'first user manual campaign name',
      ),
      clicks: find('sessions'),
      orders: find('ecommerce purchases', 'purchases', 'transactions'),
      revenue: find('purchase revenue', 'total revenue'),
      date: find('date'),
    };
  }
  const shopifyOrder = find('name');
  const financialStatus = find('financial status');
  if (shopifyOrder && financialStatus && find('lineitem quantity', 'lineitem name')) {
    return {
      ...BASE,
      source: 'shopify',
      key: find('discount code') ?? shopifyOrder,
      keyKind: 'code',
      revenue: find('total'),
      date: find('created at', 'paid at'),
      status: financialStatus,
      rowIsOrder: true,
      orderId: shopifyOrder,
      refunded: find('refunded amount'),
      cancelled: find('cancelled at'),
      payment: find('payment method'),
    };
  }
  const coupons = find('coupon(s)', 'coupons');
  if (coupons && find('order #', 'order number', 'order id')) {
    return {
      ...BASE,
      source: 'woocommerce',
      key: coupons,
      keyKind: 'code',
      revenue: find('net sales', 'n. revenue', 'net revenue', 'total sales'),
      date: find('date', 'date created'),
      status: find('status'),
      rowIsOrder: true,
    };
  }
  const discount = find('discount code', 'discount name', 'discount');
  if (discount && find('orders')) {
    return {
      ...BASE,
      source: 'shopify',
      key: discount,
      keyKind: 'code',
      orders: find('orders'),
      revenue: find('net sales', 'total sales', 'gross sales'),
      date: find('day', 'date'),
    };
  }
  return null;
}

/** The likeliest columns of an unknown file, for the marketer to check on the mapping screen. */
export function guessMapping(block: CsvBlock): ColumnMapping {
  const { headers } = block;
  const norm = headers.map(normalizeHeader);
  const pick = (test: RegExp, not?: RegExp) => {
    const i = norm.findIndex((h) => test.test(h) && !(not && not.test(h)));
    return i < 0 ? null : headers[i]!;
  };
  const code = pick(/code|coupon|kupon|promo|kod/);
  const link = pick(/utm|link|url|landing|keçid/);
  const key = code ?? link ?? headers[0]!;
  const sample = block.rows.slice(0, 20).map((r) => r.cells[headers.indexOf(key)] ?? '');
  const keyKind: ColumnMapping['keyKind'] = key === code ? 'code' : sample.some((v) => /[/?=.]/.test(v)) ? 'link' : key === link ? 'utm-content' : 'code';
  return {
    ...BASE,
    source: 'custom',
    key,
    keyKind,
    clicks: pick(/click|klik|session|visit/),
    orders: pick(/order|sifariş|purchase|conversion|transaction/, /#|number|id\b|no\b/),
    revenue: pick(/revenue|sales|gəlir|satış|amount|total|məbləğ/, /count|qty|quantity/),
    date: pick(/^date$|^day$|tarix|^gün$/),
  };
}

/** Of a file's tables, the one whose columns Vetlens can use best (GA4 files put a chart's table first). */
export function pickBlock(blocks: readonly CsvBlock[]): CsvBlock {
  let best = blocks[0]!;
  let bestScore = -1;
  for (const block of blocks) {
    const score = detectMapping(block.headers) ? 1_000_000 + block.rows.length : block.rows.length;
    if (score > bestScore) {
      best = block;
      bestScore = score;
    }
  }
  return best;
}
