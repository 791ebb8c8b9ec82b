import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../lib/campaign/results/compute';
import { loadCampaignData } from '../../../../lib/storage/campaigns';
import { campaignMarkdown } from '../../../../lib/export/markdown';
import { RESULTS_CSV_COLUMNS, resultsCsv } from '../../../../lib/export/results-csv';
import { buildCampaignExport } from '../../../../lib/export/rows';
import { nodeI18n } from '../../../../lib/i18n/node';
import { freshDb } from '../fixtures';
import { importOf, post, springCampaign, visit } from './fixtures';

function scenario() {
  const campaign = springCampaign({
    kpis: [
      { metric: 'orders', kind: 'percent-increase', value: 20, baseline: 50 },
      { metric: 'cost-per-order', kind: 'absolute', value: 45, baseline: null },
    ],
  });
  const visits = new Map([
    [
      'tiktok:vetlens_alpha',
      [visit('vetlens_alpha', '2026-03-09T10:00:00.000Z', [post('a1', { caption: 'code ALPHA10 #ad', views: 8000, likes: 400, comments: 20, shares: 5 })])],
    ],
    [
      'tiktok:vetlens_beta',
      [
        visit('vetlens_beta', '2026-03-10T10:00:00.000Z', [
          post('b1', {
            url: 'https://www.tiktok.com/@vetlens_beta/video/b1',
            caption: 'shop.example/spring?utm_content=vetlens_beta',
            views: 3000,
            likes: 90,
            comments: 3,
            shares: 1,
          }),
        ]),
      ],
    ],
  ]);
  const imports = [importOf('ga4-traffic-acquisition.csv', campaign, undefined, 'ga4'), importOf('shopify-sales-by-discount.csv', campaign, undefined, 'shop')];
  return { campaign, results: computeResults(campaign, visits, imports) };
}

const codes = [
  { promoCode: 'ALPHA10', trackingLink: 'https://shop.example/spring?utm_content=vetlens_alpha' },
  { promoCode: 'BETA10', trackingLink: null },
];

describe('results CSV', () => {
  it('exports every figure per creator and in total, plain numbers, and where each comes from', () => {
    const { campaign, results } = scenario();
    const text = resultsCsv(campaign, results, codes, { i18n: nodeI18n('en'), separator: ';' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const table = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, delimiter: ';' });
    expect(table.meta.fields).toEqual([...RESULTS_CSV_COLUMNS]);
    const [alpha, beta, total] = table.data;
    expect(alpha).toMatchObject({
      row: 'creator',
      platform: 'tiktok',
      handle: 'vetlens_alpha',
      collaboration_model: 'fee',
      posts_agreed: '4',
      posts_seen: '1',
      posts_disclosed: '1',
      reach: '8000',
      reach_basis: 'views',
      impressions: '8000',
      engagements: '425',
      clicks: '412',
      orders: '12',
      revenue: '540,00',
      spend: '600,00',
      cpm: '75,00',
      cost_per_order: '50,00',
      roas: '0,9',
      currency: 'USD',
      promo_code: 'ALPHA10',
    });
    expect(alpha!.visits).toBe('2026-03-09T10:00:00.000Z');
    expect(alpha!.imported_rows).toBe('ga4-traffic-acquisition.csv:25 shopify-sales-by-discount.csv:2');
    expect(beta).toMatchObject({
      handle: 'vetlens_beta',
      collaboration_model: 'commission',
      orders: '3',
      revenue: '135,50',
      spend: '13,55',
      roas: '10',
      post_urls: 'https://www.tiktok.com/@vetlens_beta/video/b1',
    });
    // Beside ";" numbers take the decimal comma, bare, so a comma-decimal spreadsheet reads them as numbers.
    expect(total).toMatchObject({ row: 'total', orders: '15', revenue: '675,50', spend: '613,55', cost_per_order: (613.55 / 15).toFixed(2).replace('.', ',') });
    expect(text).toContain(';540,00;');
  });

  it('leaves an empty ratio empty and says why in the interface language', () => {
    const campaign = springCampaign();
    const results = computeResults(campaign, new Map(), []);
    const table = Papa.parse<Record<string, string>>(resultsCsv(campaign, results, codes, { i18n: nodeI18n('az') }).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(table.data[0]).toMatchObject({ orders: '', cost_per_order: '', roas: '', spend: '600.00' });
    expect(table.data[0]!.empty_because).toContain('cost_per_order: sifarişlər idxal olunmayıb');
    expect(table.data[1]!.empty_because).toContain('spend: satışdan faiz: hələ gəlir idxal olunmayıb');
    expect(text(table.data)).not.toMatch(/Infinity|NaN/);
  });
});

const text = (rows: unknown) => JSON.stringify(rows);

describe('the brief (Markdown)', () => {
  it('says when the campaign has no KPI target that can be checked', async () => {
    const db = await freshDb();
    const campaign = springCampaign({ kpis: [{ metric: 'revenue', kind: 'percent-increase', value: 20, baseline: null }] });
    const md = await campaignMarkdown(buildCampaignExport(campaign, await loadCampaignData(db, campaign)), nodeI18n('en'));
    expect(md).toContain("- Revenue: enter the previous period's number to check this target");
    expect(md).toContain('**This campaign has no KPI target that can be checked.');
    expect(md).not.toContain('## Results');
  });

  it('gains a results section: targets, totals, a row per creator with cost per order and ROAS, and the sources', async () => {
    const db = await freshDb();
    const { campaign, results } = scenario();
    const data = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    const md = await campaignMarkdown(data, nodeI18n('en'), { results, now: new Date('2026-03-20T12:00:00Z') });
    expect(md).toContain('- Orders: +20% against the previous period (50): 10 more');
    expect(md).toContain('- Cost per order: target at most $45.00');
    expect(md).toContain('## Results');
    expect(md).toContain('- Orders: 15 / 10 — target reached');
    // The plan's table lists the creators first; the results table comes after it.
    const row = md.split('\n').findLast((l) => l.startsWith('| @vetlens\\_alpha'))!;
    expect(row).toContain('$50.00');
    expect(row).toContain('0.9×');
    expect(md.split('\n').findLast((l) => l.startsWith('| @vetlens\\_beta'))).toContain('10×');
    expect(md).toContain('<https://www.tiktok.com/@vetlens_beta/video/b1> (tracking link; not marked as an ad)');
    expect(md).toContain('imported rows: ga4\\-traffic\\-acquisition\\.csv:25, shopify\\-sales\\-by\\-discount\\.csv:2');
    expect(md).toContain('`SPRING5`');
    const az = await campaignMarkdown(data, nodeI18n('az'), { results, now: new Date('2026-03-20T12:00:00Z') });
    expect(az).toContain('## Nəticələr');
    expect(az).toContain('hədəfə çatılıb');
  });
});
