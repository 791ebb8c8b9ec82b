import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FIXTURES, sharedSession, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * From a campaign draft to a results report, in the built extension with no network: two TikTok
 * creators are shortlisted from their routed profiles, drafted into "Spring picks", then their
 * routed posts (one with the promo code, one with the tracking link) are recognised on a visit, a
 * GA4 export and a Shopify report are imported, and the results view, the results CSV and the brief
 * show each creator's cost per order and ROAS.
 */
const PROFILES = [
  { url: 'https://www.tiktok.com/@vetlens_alpha', file: 'e2e/tiktok-profile-a.html', handle: 'vetlens_alpha' },
  { url: 'https://www.tiktok.com/@vetlens_beta', file: 'e2e/tiktok-profile-b.html', handle: 'vetlens_beta' },
];
const POSTS = [
  { url: 'https://www.tiktok.com/@vetlens_alpha/video/7615595491098624201', file: 'e2e/results/tiktok-video-alpha-code.html' },
  { url: 'https://www.tiktok.com/@vetlens_beta/video/7616384047094169802', file: 'e2e/results/tiktok-video-beta-link.html' },
];

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function setField(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

const sessions: ExtensionSession[] = [];
test.afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

test('a campaign with two creators: posts recognised on a visit, GA4 and Shopify imported, cost per order and ROAS in the view, the CSV and the brief', async () => {
  const session = await sharedSession();
  sessions.push(session);
  for (const p of [...PROFILES, ...POSTS]) session.servePage(p.url, p.file);

  const tab = await session.context.newPage();
  for (const p of PROFILES) {
    await tab.goto(p.url);
    const toggle = (await waitForReadyOverlay(tab)).getByTestId('vetlens-shortlist');
    await toggle.click();
    // The card checks the press before it acts: the next page waits for the shortlist to say yes.
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }

  // The draft: name, landing page, dates, codes and terms.
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('shortlist-row')).toHaveCount(2);
  await panel.getByTestId('new-campaign').click();
  const editor = panel.getByTestId('campaign-editor');
  await editor.getByTestId('campaign-name').fill('Spring picks');
  await editor.getByTestId('campaign-landing-url').fill('https://shop.example/spring');
  await setField(editor.getByTestId('campaign-start'), '2026-03-01');
  await setField(editor.getByTestId('campaign-end'), '2026-03-31');
  await expect(editor.getByTestId('campaign-window')).toContainText('03/01/2026 – 03/31/2026');
  await setField(editor.getByTestId('campaign-hashtags'), '#SpringPicks');
  const card = (handle: string) => editor.getByTestId('campaign-creator').filter({ hasText: `@${handle}` });
  await setField(card('vetlens_alpha').getByTestId('creator-promo-code'), 'ALPHA10');
  await setField(card('vetlens_beta').getByTestId('creator-promo-code'), 'BETA10');
  await setField(card('vetlens_alpha').getByTestId('campaign-fee'), '150');
  await card('vetlens_beta').getByTestId('creator-model').selectOption('commission');
  await setField(card('vetlens_beta').getByRole('textbox', { name: 'Commission %' }), '10');
  // No target yet: the editor says so. A cost-per-order target makes the campaign checkable.
  await expect(editor.getByTestId('kpi-none')).toBeVisible();
  await editor.getByRole('button', { name: 'Add KPI target' }).click();
  const kpi = editor.getByTestId('kpi-row');
  await kpi.getByLabel('Metric').selectOption('cost-per-order');
  await setField(kpi.getByTestId('kpi-value'), '60');
  await expect(editor.getByTestId('kpi-none')).toHaveCount(0);

  // Results before anything: the empty state says what to do.
  await editor.getByTestId('campaign-view-results').click();
  await expect(editor.getByTestId('results-empty')).toContainText("Import your shop's or analytics CSV");

  // The marketer watches the creators' posts: each is recognised on the visit.
  for (const p of POSTS) {
    await tab.goto(p.url);
    await waitForReadyOverlay(tab);
  }
  const row = (handle: string) => editor.locator(`[data-testid="campaign-results-row"][data-handle="${handle}"]`);
  await expect(row('vetlens_alpha').getByTestId('results-posts')).toContainText('1 seen of 4 agreed');
  await expect(row('vetlens_beta').getByTestId('results-posts')).toContainText('1 seen of 4 agreed');
  await expect(row('vetlens_alpha').getByTestId('results-engagements')).toContainText('2,276');
  await row('vetlens_beta').locator('summary').click();
  await expect(row('vetlens_beta').getByTestId('results-post')).toContainText('tracking link');
  await expect(row('vetlens_beta').getByTestId('results-post')).toHaveAttribute('data-disclosed', 'false');
  await expect(row('vetlens_alpha').getByTestId('results-orders')).toContainText('not imported');

  // GA4 then Shopify: each known export is shown once on the mapping screen, then imported.
  await editor.getByTestId('campaign-results-import').setInputFiles(join(FIXTURES, 'results', 'ga4-traffic-acquisition.csv'));
  await expect(editor.getByTestId('results-mapping')).toContainText('GA4');
  await editor.getByTestId('results-mapping-confirm').click();
  await expect(row('vetlens_alpha').getByTestId('results-clicks')).toHaveText('412');
  await editor.getByTestId('campaign-results-import').setInputFiles(join(FIXTURES, 'results', 'shopify-sales-by-discount.csv'));
  await expect(editor.getByTestId('results-mapping')).toContainText('Shopify');
  await editor.getByTestId('results-mapping-confirm').click();

  // Alpha: fee 150 × 4 posts = $600; 12 orders, $540 → $50.00 per order, ROAS 0.9.
  await expect(row('vetlens_alpha').getByTestId('results-orders')).toHaveText('12');
  await expect(row('vetlens_alpha').getByTestId('results-revenue')).toContainText('$540.00');
  await expect(row('vetlens_alpha').getByTestId('results-cost-per-order')).toContainText('$50.00');
  await expect(row('vetlens_alpha').getByTestId('results-roas')).toContainText('0.9×');
  // Beta: 10% of $135.50 = $13.55; 3 orders → $4.52 per order, ROAS 10.
  await expect(row('vetlens_beta').getByTestId('results-orders')).toHaveText('3');
  await expect(row('vetlens_beta').getByTestId('results-revenue')).toContainText('$135.50');
  await expect(row('vetlens_beta').getByTestId('results-cost-per-order')).toContainText('$4.52');
  await expect(row('vetlens_beta').getByTestId('results-roas')).toContainText('10×');
  await expect(editor.getByTestId('results-kpi')).toHaveAttribute('data-state', 'met');
  await expect(editor.getByTestId('results-unknown').last()).toContainText('SPRING5');
  // The results view passes an accessibility check, and the Plan and Results tabs move with the arrow keys.
  const violations = (await new AxeBuilder({ page: panel }).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
  await editor.getByTestId('campaign-view-results').press('ArrowLeft');
  await expect(editor.getByTestId('campaign-view-plan')).toBeFocused();
  await expect(editor.getByTestId('campaign-view-plan')).toHaveAttribute('aria-selected', 'true');
  await editor.getByTestId('campaign-view-plan').press('ArrowRight');
  await expect(row('vetlens_alpha').getByTestId('results-orders')).toHaveText('12');

  // The results CSV: every figure per creator, and where it comes from.
  const csv = await download(panel, 'campaign-export-results');
  expect(csv.name).toBe('spring-picks.results.csv');
  const table = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const byHandle: Record<string, Record<string, string>> = Object.fromEntries(table.data.map((r) => [r.handle, r]));
  expect(byHandle['vetlens_alpha']).toMatchObject({
    posts_seen: '1',
    orders: '12',
    revenue: '540.00',
    spend: '600.00',
    cost_per_order: '50.00',
    roas: '0.9',
    clicks: '412',
    promo_code: 'ALPHA10',
  });
  expect(byHandle['vetlens_beta']).toMatchObject({ posts_seen: '1', orders: '3', revenue: '135.50', spend: '13.55', cost_per_order: '4.52', roas: '10' });
  expect(byHandle['vetlens_alpha']!.post_urls).toBe(POSTS[0]!.url);
  expect(byHandle['vetlens_alpha']!.imported_rows).toBe('ga4-traffic-acquisition.csv:25 shopify-sales-by-discount.csv:2');
  expect(Date.parse(byHandle['vetlens_alpha']!.visits!)).toBeGreaterThan(Date.now() - 10 * 60_000);

  // The brief gains the results section with the same figures.
  const md = await download(panel, 'campaign-export-md');
  expect(md.text).toContain('## Results');
  const results = md.text.slice(md.text.indexOf('## Results'));
  expect(results.split('\n').find((l) => l.startsWith('| @vetlens\\_alpha'))).toMatch(/\$50\.00.*0\.9×/);
  expect(results.split('\n').find((l) => l.startsWith('| @vetlens\\_beta'))).toMatch(/\$4\.52.*10×/);
  expect(results).toContain('- Cost per order: $40.90 / $60.00 — target reached');

  // Undo an import: the Shopify figures go, the GA4 ones stay.
  await editor.getByTestId('results-import-item').filter({ hasText: 'shopify-sales-by-discount.csv' }).getByTestId('results-import-remove').click();
  await panel.getByTestId('toast-undo').waitFor();
  await expect(row('vetlens_alpha').getByTestId('results-orders')).toContainText('—');
  await panel.getByTestId('toast-undo').click();
  await expect(row('vetlens_alpha').getByTestId('results-orders')).toHaveText('12');

  expect(session.foreignRequests()).toEqual([]);
});
