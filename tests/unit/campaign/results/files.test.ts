import { describe, expect, it } from 'vitest';
import { computeResults, type CreatorResult } from '../../../../lib/campaign/results/compute';
import { readCsv } from '../../../../lib/campaign/results/csv-read';
import { buildImport, prepareFile } from '../../../../lib/campaign/results/import-file';
import { guessMapping } from '../../../../lib/campaign/results/mapping';
import { importOf, resultsFile, springCampaign } from './fixtures';

const campaign = springCampaign();
const byHandle = (results: ReturnType<typeof computeResults>): Record<string, CreatorResult> =>
  Object.fromEntries(results.creators.map((c) => [c.creator.handle ?? c.creator.creatorKey, c]));

describe('real file shapes (tests/fixtures/results)', () => {
  it('GA4 traffic acquisition: comment header, several tables, grouped numbers, utm_campaign × utm_content', () => {
    const read = readCsv(resultsFile('ga4-traffic-acquisition.csv'));
    if (!read.ok) throw new Error('unread');
    expect(read.file.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(read.file.blocks.map((b) => b.headers[0])).toEqual(['Nth day', 'Session campaign']);

    const imp = importOf('ga4-traffic-acquisition.csv', campaign);
    expect(imp.mapping).toMatchObject({
      source: 'ga4',
      key: 'Session manual ad content',
      keyKind: 'utm-content',
      campaign: 'Session campaign',
      clicks: 'Sessions',
      revenue: 'Total revenue',
      orders: null,
    });
    expect(imp.rows).toHaveLength(7);
    // "9,412" is nine thousand, the file's other numbers use a dot for decimals.
    expect(imp.rows[0]).toMatchObject({ line: 23, key: '(not set)', campaign: '(direct)', clicks: 9412, revenue: 8450.2 });

    const results = computeResults(campaign, new Map(), [imp]);
    const c = byHandle(results);
    expect(c.vetlens_alpha!.clicks).toEqual({ value: 412, sources: [{ importId: imp.id, fileName: 'ga4-traffic-acquisition.csv', line: 25 }] });
    expect(c.vetlens_beta!.clicks.value).toBe(187);
    // Revenue comes from GA4 only while no shop file is imported.
    expect(c.vetlens_alpha!.revenue.value).toBe(610);
    // Codes and links of this campaign that match no creator are listed, other campaigns set apart.
    expect(results.unmatched.filter((u) => u.kind === 'unknown').map((u) => u.row.key)).toEqual(['VetlensBeta', 'old_handle']);
    expect(results.unmatched.filter((u) => u.kind === 'other-campaign').map((u) => u.row.campaign)).toEqual(['(direct)', '(organic)', 'winter-sale']);
  });

  it('GA4 exploration: daily rows with YYYYMMDD dates, purchases and revenue', () => {
    const imp = importOf('ga4-exploration-daily.csv', campaign);
    expect(imp.mapping).toMatchObject({ source: 'ga4', date: 'Date', orders: 'Ecommerce purchases', revenue: 'Purchase revenue' });
    expect(imp.period).toEqual({ start: '2026-03-01', end: '2026-03-07' });
    expect(imp.rows.map((r) => r.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-03', '2026-03-05', '2026-03-05']);
    const c = byHandle(computeResults(campaign, new Map(), [imp]));
    expect([c.vetlens_alpha!.clicks.value, c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([216, 5, 225]);
    expect([c.vetlens_beta!.clicks.value, c.vetlens_beta!.orders.value, c.vetlens_beta!.revenue.value]).toEqual([71, 1, 45.5]);
  });

  it('Shopify sales by discount: codes in any case with spaces, net sales, automatic discounts set aside', () => {
    const imp = importOf('shopify-sales-by-discount.csv', campaign);
    expect(imp.mapping).toMatchObject({ source: 'shopify', key: 'Discount code', keyKind: 'code', orders: 'Orders', revenue: 'Net sales' });
    expect(imp.skipped).toEqual([{ line: 5, reason: 'no-key', value: '' }]);
    const results = computeResults(campaign, new Map(), [imp]);
    const c = byHandle(results);
    expect([c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([12, 540]);
    expect([c.vetlens_beta!.orders.value, c.vetlens_beta!.revenue.value]).toEqual([3, 135.5]);
    expect(results.unmatched.map((u) => [u.kind, u.row.key])).toEqual([['unknown', 'SPRING5']]);
  });

  it('WooCommerce orders: one order a row, several coupons, unpaid orders and refunds', () => {
    const imp = importOf('woocommerce-orders.csv', campaign);
    expect(imp.mapping).toMatchObject({ source: 'woocommerce', key: 'Coupon(s)', rowIsOrder: true, revenue: 'Net sales', status: 'Status', date: 'Date' });
    expect(imp.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, 'no-key'],
      [5, 'status'],
    ]);
    const results = computeResults(campaign, new Map(), [imp]);
    const c = byHandle(results);
    // alpha10 (1041), "Alpha10." (1045) and the refund of 1041 (−45, not an order).
    expect([c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([2, 45]);
    expect(c.vetlens_alpha!.orders.sources.map((s) => s.line)).toEqual([2, 6, 7]);
    // "beta10, freeship": the order counts for the creator whose code it carries.
    expect([c.vetlens_beta!.orders.value, c.vetlens_beta!.revenue.value]).toEqual([1, 61.5]);
    expect(results.unmatched.map((u) => u.row.key)).toEqual(['GAMMA20']);
  });

  it('Shopify orders export: "#1001" rows, line items, refunds, partial refunds, cancellations and test orders give net orders and revenue', () => {
    const imp = importOf('shopify-orders-export.csv', campaign);
    expect(imp.mapping).toMatchObject({
      source: 'shopify',
      key: 'Discount Code',
      keyKind: 'code',
      revenue: 'Total',
      status: 'Financial Status',
      rowIsOrder: true,
      orderId: 'Name',
      refunded: 'Refunded Amount',
      cancelled: 'Cancelled at',
      payment: 'Payment Method',
      date: 'Created at',
    });
    // One row per order (its later line-item rows are part of it); #1003 is 120.00 less 20.00 refunded.
    expect(imp.rows.map((r) => [r.line, r.key, r.orders, r.revenue, r.date])).toEqual([
      [2, 'ALPHA10', 1, 60, '2026-03-02'],
      [5, 'BETA10', 1, 100, '2026-03-04'],
      [10, 'beta10', 1, 45.5, '2026-03-08'],
    ]);
    expect(imp.skipped).toEqual([
      { line: 4, reason: 'status', value: 'refunded' },
      { line: 6, reason: 'status', value: 'Cancelled at: 2026-03-05 15:02:11 +0400' },
      { line: 7, reason: 'test', value: '(for testing) Bogus Gateway' },
      { line: 8, reason: 'status', value: 'pending' },
      { line: 9, reason: 'no-key', value: '' },
    ]);
    const c = byHandle(computeResults(campaign, new Map(), [imp]));
    expect([c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([1, 60]);
    expect([c.vetlens_beta!.orders.value, c.vetlens_beta!.revenue.value]).toEqual([2, 145.5]);
  });

  it('an orders file mapped by hand with "Financial Status" as the status: a refunded order is no sale', () => {
    const prepared = prepareFile(resultsFile('shopify-orders-export.csv'), 'orders.csv');
    if (!prepared.ok) throw new Error('unread');
    const mapping = {
      ...prepared.file.guess,
      source: 'custom' as const,
      key: 'Discount Code',
      keyKind: 'code' as const,
      clicks: null,
      orders: null,
      revenue: 'Total',
      date: null,
      status: 'Financial Status',
      rowIsOrder: true,
      decimal: 'auto' as const,
    };
    const built = buildImport(
      prepared.file,
      { ...mapping, orderId: null, refunded: null, cancelled: null, payment: null },
      { id: 'x', campaignId: campaign.id, now: new Date() },
    );
    if (!built.ok) throw new Error('unbuilt');
    const c = byHandle(computeResults(campaign, new Map(), [built.record]));
    expect([c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([1, 60]);
  });

  it('WooCommerce statuses as the shop writes them: on hold, pending payment, wc-failed, full and partial refunds', () => {
    const imp = importOf('woocommerce-orders-statuses.csv', campaign);
    expect(imp.skipped.map((s) => [s.line, s.reason, s.value])).toEqual([
      [3, 'status', 'On hold'],
      [4, 'status', 'Pending payment'],
      [5, 'status', 'wc-failed'],
    ]);
    const c = byHandle(computeResults(campaign, new Map(), [imp]));
    expect([c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([1, 45]);
    // 2045 refunded whole (+30, then its refund row −30): no order; 2046 (78) refunded in part (−18).
    expect([c.vetlens_beta!.orders.value, c.vetlens_beta!.revenue.value]).toEqual([1, 60]);
  });

  it('a hand-made Azerbaijani sheet: ";" columns, decimal comma, spaced thousands, a totals row; mapped on the mapping screen', () => {
    const prepared = prepareFile(resultsFile('custom-coupons-az.csv'), 'custom-coupons-az.csv');
    if (!prepared.ok) throw new Error('unread');
    expect(prepared.file.detected).toBeNull();
    expect(prepared.file.delimiter).toBe(';');
    const guess = guessMapping(prepared.file.block);
    expect(guess).toMatchObject({ source: 'custom', key: 'Kupon', keyKind: 'code', orders: 'Sifarişlər', revenue: 'Gəlir (AZN)', date: 'Tarix' });
    const built = buildImport(prepared.file, guess, { id: 'x', campaignId: campaign.id, now: new Date() });
    if (!built.ok) throw new Error('unbuilt');
    expect(built.record.mapping.decimal).toBe(',');
    expect(built.record.rows).toEqual([
      { line: 2, key: 'ALPHA10', campaign: null, clicks: null, orders: 4, revenue: 1250.5, date: '2026-03-05' },
      { line: 3, key: 'beta10', campaign: null, clicks: null, orders: 2, revenue: 89.9, date: '2026-03-06' },
    ]);
    expect(built.record.skipped).toEqual([{ line: 4, reason: 'total', value: 'TOPLAM' }]);
    const c = byHandle(computeResults(campaign, new Map(), [built.record]));
    expect(c.vetlens_beta!.orders.value).toBe(2);
  });

  it("Vetlens's own columns map without asking", () => {
    const prepared = prepareFile(resultsFile('vetlens-columns.csv'), 'vetlens-columns.csv');
    if (!prepared.ok) throw new Error('unread');
    expect(prepared.file.detected).toMatchObject({
      source: 'vetlens',
      key: 'promo_code',
      keyKind: 'code',
      clicks: 'clicks',
      orders: 'orders',
      revenue: 'revenue',
    });
    const c = byHandle(computeResults(campaign, new Map(), [importOf('vetlens-columns.csv', campaign)]));
    expect([c.vetlens_alpha!.clicks.value, c.vetlens_alpha!.orders.value, c.vetlens_alpha!.revenue.value]).toEqual([15, 2, 90]);
  });

  it('the shop gives orders and revenue, GA4 gives clicks, and no sale is counted twice', () => {
    const ga4 = importOf('ga4-traffic-acquisition.csv', campaign, undefined, 'ga4');
    const shop = importOf('shopify-sales-by-discount.csv', campaign, undefined, 'shop');
    const results = computeResults(campaign, new Map(), [ga4, shop]);
    const alpha = byHandle(results).vetlens_alpha!;
    expect([alpha.clicks.value, alpha.orders.value, alpha.revenue.value]).toEqual([412, 12, 540]);
    expect(results.metricFrom).toEqual({ clicks: 'link', orders: 'code', revenue: 'code' });
    expect(results.unusedFigures).toEqual([{ importId: 'ga4', fileName: 'ga4-traffic-acquisition.csv', metric: 'revenue' }]);
    // Fee 150 × 4 posts = 600: cost per order 600 / 12 = 50, ROAS 540 / 600 = 0.9.
    expect(alpha.spend.value).toBe(600);
    expect(alpha.ratios.cpo.value).toBe(50);
    expect(alpha.ratios.roas.value).toBeCloseTo(0.9);
    expect(alpha.ratios.cpc.value).toBeCloseTo(600 / 412);
    // Commission 10% of the imported 135.50.
    const beta = byHandle(results).vetlens_beta!;
    expect(beta.spend.value).toBeCloseTo(13.55);
    expect(beta.ratios.roas.value).toBeCloseTo(10);
  });
});
