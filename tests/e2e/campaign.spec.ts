import { expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { launchExtension, sharedSession, shortlistThisPage, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/** Four routed profile pages on three platforms, shortlisted through the overlay like a marketer would. */
const PROFILES = [
  { url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', handle: 'lena.travels' },
  // Hides its like counts: its engagement numbers must stay empty, never 0.
  { url: 'https://www.instagram.com/quiet.creator/', file: 'instagram/built/hidden-likes.html', handle: 'quiet.creator' },
  // Tiles show views 12.3K and 8,765; the bio links to the YouTube channel below.
  { url: 'https://www.tiktok.com/@vetlens_beta', file: 'e2e/tiktok-profile-b.html', handle: 'vetlens_beta' },
  // Videos with 12K and 987 views.
  { url: 'https://www.youtube.com/@VetlensBeta', file: 'e2e/youtube-channel-b.html', handle: 'VetlensBeta' },
];

async function download(page: Page, testId: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  const bytes = readFileSync(path);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

const sessions: ExtensionSession[] = [];
test.afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

test('routed profiles on three platforms → shortlist → campaign → CSV, JSON and brief; the JSON gives the same campaign in a fresh profile', async () => {
  const session = await sharedSession();
  sessions.push(session);
  for (const p of PROFILES) session.servePage(p.url, p.file);

  // 1. Shortlist four creators from their routed pages, through the overlay.
  const tab = await session.context.newPage();
  for (const p of PROFILES) {
    await tab.goto(p.url);
    await shortlistThisPage(tab);
  }

  // 2. The side panel lists them.
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  const rows = panel.getByTestId('shortlist-row');
  await expect(rows).toHaveCount(4);
  for (const p of PROFILES) await expect(panel.getByText(`@${p.handle}`, { exact: true })).toBeVisible();

  // Filtering by platform narrows the list.
  await panel.getByLabel('Platform').selectOption('tiktok');
  await expect(rows).toHaveCount(1);
  await panel.getByLabel('Platform').selectOption('');
  await expect(rows).toHaveCount(4);

  // The creator detail: the stored visit, the score breakdown, and the bio link to YouTube.
  await rows.filter({ hasText: '@vetlens_beta' }).locator('.row-main').click();
  const detail = panel.getByTestId('creator-detail');
  await expect(detail.getByTestId('chart-followers')).toContainText('45,600');
  await expect(detail.getByTestId('score-breakdown')).toBeVisible();
  const suggestion = detail.getByTestId('link-suggestions');
  await expect(suggestion).toContainText('@VetlensBeta · YouTube');
  await expect(suggestion).toContainText('this bio links to it');
  await suggestion.getByRole('button', { name: 'Link' }).click();
  await expect(detail.getByTestId('creator-platforms').locator('.platform-card')).toHaveCount(2);
  await expect(detail.getByTestId('creator-platforms')).toContainText('@VetlensBeta');
  await detail.getByRole('button', { name: 'Back' }).click();

  // 3. A campaign draft from the shortlist.
  await panel.getByTestId('new-campaign').click();
  const editor = panel.getByTestId('campaign-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByTestId('campaign-creator')).toHaveCount(4);
  await editor.getByTestId('campaign-name').fill('Novruz bake-off');

  const landing = editor.getByTestId('campaign-landing-url');
  await landing.fill('javascript:alert(1)');
  await expect(editor.getByTestId('landing-url-error')).toBeVisible();
  await landing.fill('https://shop.example/novruz?ref=vetlens');
  await expect(editor.getByTestId('landing-url-error')).toHaveCount(0);

  const tiktokCard = editor.getByTestId('campaign-creator').filter({ hasText: '@vetlens_beta' });
  await tiktokCard.getByTestId('campaign-fee').fill('150');
  await tiktokCard.getByTestId('campaign-fee').press('Tab');
  // Default schedule: 1 post a week for 4 weeks. Median views of 12,300 and 8,765: 10,532.5 → 10,533.
  await expect(tiktokCard.getByTestId('creator-reach')).toHaveText('10,533');
  await expect(editor.getByTestId('total-cost')).toContainText('$600.00');
  // A promo code typed by hand is sanitised; one already held by another creator is refused.
  const taken = await editor.getByTestId('campaign-creator').filter({ hasText: '@lena.travels' }).getByTestId('creator-promo-code').inputValue();
  const code = tiktokCard.getByTestId('creator-promo-code');
  await code.fill(taken);
  await code.press('Tab');
  await expect(editor.getByRole('alert')).toContainText('already used');
  await code.fill('beta 10%');
  await code.press('Tab');
  await expect(code).toHaveValue('BETA10');

  // 4. CSV.
  const csv = await download(panel, 'campaign-export-csv');
  expect(csv.name).toBe('novruz-bake-off.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  // One column per fact, in the order a person reads them, headed in the interface language.
  expect(table.meta.fields).toEqual([
    'Name',
    'Handle',
    'Platform',
    'Followers',
    'Engagement rate, %',
    'Authenticity score',
    'Brand fit score',
    'Overall score',
    'Overall: confidence',
    'Engagement: confidence',
    'Authenticity: confidence',
    'Brand fit: confidence',
    'Engagement rate per',
    'Overall from',
    'Outreach status',
    'Tags',
    'Notes',
    'Explained flags',
    'Collaboration model',
    'Posts',
    'Fee per post',
    'Commission, %',
    'Product value',
    'Cost',
    'Expected reach',
    'Reach from',
    'Expected impressions',
    'Expected engagements',
    'CPM',
    'CPE',
    'Currency',
    'Promo code',
    'Tracking link',
    'Profile',
    'Last visit (UTC)',
  ]);
  expect(table.data).toHaveLength(4);
  const byHandle: Record<string, Record<string, string>> = Object.fromEntries(table.data.map((r) => [r.Handle, r]));
  expect(Object.keys(byHandle).sort()).toEqual(['VetlensBeta', 'lena.travels', 'quiet.creator', 'vetlens_beta']);
  expect(byHandle['vetlens_beta']).toMatchObject({
    Platform: 'TikTok',
    Profile: 'https://www.tiktok.com/@vetlens_beta',
    Followers: '45600',
    'Fee per post': '150.00',
    Posts: '4',
    'Expected reach': '10533',
    'Expected impressions': '42130',
    Cost: '600.00',
    CPM: ((600 / 42130) * 1000).toFixed(2),
    'Reach from': 'views',
    'Collaboration model': 'Fee per post',
    'Outreach status': 'To contact',
    'Promo code': 'BETA10',
  });
  expect(byHandle['VetlensBeta']).toMatchObject({
    Platform: 'YouTube',
    Profile: 'https://www.youtube.com/@VetlensBeta',
    Followers: '45600',
    'Expected reach': '6494',
    'Fee per post': '',
    Cost: '',
  });
  // Instagram shows no views on photos: reach is followers × the published reach rate, marked as an estimate.
  expect(byHandle['lena.travels']).toMatchObject({
    Platform: 'Instagram',
    Profile: 'https://www.instagram.com/lena.travels/',
    Followers: '24310',
    'Reach from': 'estimate',
    'Expected reach': String(Math.round(24310 * 0.22945)),
  });
  // Median likes + comments of the 11 unpinned posts (271) over 24,310 followers, to two places.
  expect(byHandle['lena.travels']!['Engagement rate, %']).toBe('1.11');
  expect(byHandle['quiet.creator']).toMatchObject({ Followers: '51200', 'Engagement rate, %': '', 'Expected engagements': '', CPE: '' });
  for (const row of table.data) {
    // Every number traces back to a stored visit made in this test (the column keeps the minute).
    expect(Date.parse(`${row['Last visit (UTC)']!.replace(' ', 'T')}:00Z`)).toBeGreaterThan(Date.now() - 11 * 60_000);
    const link = new URL(row['Tracking link']!);
    expect(link.origin + link.pathname).toBe('https://shop.example/novruz');
    expect(link.searchParams.get('ref')).toBe('vetlens');
    expect(link.searchParams.get('utm_source')).toBe(row.Platform!.toLowerCase());
    expect(link.searchParams.get('utm_campaign')).toBe('novruz-bake-off');
    expect(link.searchParams.get('utm_content')).toBe(row.Handle!.toLowerCase());
    expect(row['Promo code']).toMatch(/^[A-Z0-9-]+$/);
  }
  expect(new Set(table.data.map((r) => r['Promo code'])).size).toBe(4);

  // 5. Markdown brief.
  const md = await download(panel, 'campaign-export-md');
  expect(md.name).toBe('novruz-bake-off.md');
  expect(md.text).toContain('# Novruz bake\\-off');
  expect(md.text).toContain('@vetlens\\_beta');
  expect(md.text).toContain('`BETA10`');
  expect(md.text).toContain('utm_source=tiktok');

  // 6. JSON, then a fresh profile imports it and gets the same campaign back.
  const json = await download(panel, 'campaign-export-json');
  const file = JSON.parse(json.text);
  expect(file).toMatchObject({ format: 'vetlens-campaign', version: 1 });
  expect(file.campaign.name).toBe('Novruz bake-off');
  expect(file.campaign.landingUrl).toBe('https://shop.example/novruz?ref=vetlens');
  expect(file.creators).toHaveLength(4);
  const jsonPath = test.info().outputPath('campaign.json');
  writeFileSync(jsonPath, json.bytes);

  const fresh = await launchExtension();
  sessions.push(fresh);
  const freshPanel = await fresh.context.newPage();
  await freshPanel.goto(`chrome-extension://${fresh.extensionId}/sidepanel.html`);
  await expect(freshPanel.getByTestId('shortlist-empty')).toBeVisible();
  await freshPanel.getByTestId('tab-campaigns').click();
  await freshPanel.getByTestId('campaign-import').setInputFiles(jsonPath);
  const freshEditor = freshPanel.getByTestId('campaign-editor');
  await expect(freshEditor).toBeVisible();
  await expect(freshEditor.getByTestId('campaign-name')).toHaveValue('Novruz bake-off');
  await expect(freshEditor.getByTestId('campaign-landing-url')).toHaveValue('https://shop.example/novruz?ref=vetlens');
  await expect(freshEditor.getByTestId('campaign-creator')).toHaveCount(4);
  const again = await download(freshPanel, 'campaign-export-json');
  const reimported = JSON.parse(again.text);
  expect(reimported.campaign).toEqual(file.campaign);
  expect(reimported.creators).toEqual(file.creators);
  const csvAgain = await download(freshPanel, 'campaign-export-csv');
  expect(csvAgain.text).toBe(csv.text);
  // Downloads are Blobs: nothing of the campaign left the machine.
  expect(session.foreignRequests()).toEqual([]);
  expect(fresh.foreignRequests()).toEqual([]);
});

test('10,000 creators: only a window of rows is in the page, and sorting and scrolling reach every one', async () => {
  const session = await sharedSession();
  sessions.push(session);
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('shortlist-empty')).toBeVisible();
  await panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vetlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    const tx = db.transaction(['creators', 'shortlistEntries'], 'readwrite');
    for (let i = 0; i < 10_000; i++) {
      const key = `tiktok:creator${i}`;
      tx.objectStore('creators').put({
        key,
        platform: 'tiktok',
        handle: `creator${i}`,
        displayName: null,
        url: `https://www.tiktok.com/@creator${i}`,
        followers: 1000 + i,
        verified: false,
        firstSeenAt: '2026-01-01T00:00:00Z',
        lastSeenAt: '2026-01-01T00:00:00Z',
        snapshotCount: 1,
        scores: { overall: i % 100, engagement: null, engagementRate: null, authenticity: null, authenticityVerdict: null, brandFit: null },
        tags: [],
        notes: '',
        status: 'to-contact',
        groupId: null,
      });
      tx.objectStore('shortlistEntries').put({ listId: 'default', creatorKey: key, addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
    });
    db.close();
  });
  await panel.reload();
  const rows = panel.getByTestId('shortlist-row');
  await expect(rows.first()).toContainText('@creator9999');
  await expect(panel.getByTestId('shortlist-select')).toContainText('10,000');
  expect(await rows.count()).toBeLessThan(60);

  await panel.getByTestId('shortlist-sort').selectOption('followers');
  await expect(rows.first()).toContainText('@creator9999');
  await panel.getByRole('button', { name: 'Descending' }).click();
  await expect(rows.first()).toContainText('@creator0');
  await panel.locator('.vl-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(panel.locator('[data-row-index="9999"]')).toContainText('@creator9999');
  expect(await rows.count()).toBeLessThan(60);

  await panel.getByTestId('shortlist-search').fill('creator4242');
  await expect(rows).toHaveCount(1);
});

test('a broken campaign file is refused with errors and changes nothing', async () => {
  const session = await sharedSession();
  sessions.push(session);
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel.getByTestId('tab-campaigns').click();
  const bad = test.info().outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ format: 'vetlens-campaign', version: 1, exportedAt: new Date().toISOString(), campaign: { name: '' }, creators: [] }));
  await panel.getByTestId('campaign-import').setInputFiles(bad);
  await expect(panel.getByTestId('campaign-import-errors')).toBeVisible();
  await expect(panel.getByTestId('campaign-import-errors')).toContainText('campaign');
  await expect(panel.getByTestId('campaign-item')).toHaveCount(0);
});

test('the side panel passes an accessibility check: list, creator detail, campaign editor', async () => {
  const session = await sharedSession();
  sessions.push(session);
  for (const p of PROFILES.slice(0, 3)) session.servePage(p.url, p.file);
  const tab = await session.context.newPage();
  for (const p of PROFILES.slice(0, 3)) {
    await tab.goto(p.url);
    const toggle = (await waitForReadyOverlay(tab)).getByTestId('vetlens-shortlist');
    await toggle.click();
    // The card checks that the person sees it before it acts: wait for the answer before leaving the page.
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('shortlist-row')).toHaveCount(3);
  await panel.getByTestId('shortlist-row').first().locator('input[type="checkbox"]').check();
  const violations = async () =>
    (await new AxeBuilder({ page: panel }).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(await violations()).toEqual([]);
  await panel.getByTestId('shortlist-row').first().locator('.row-main').click();
  await expect(panel.getByTestId('score-breakdown')).toBeVisible();
  expect(await violations()).toEqual([]);
  await panel.getByRole('button', { name: 'Back' }).click();
  await panel.getByTestId('new-campaign').click();
  await expect(panel.getByTestId('campaign-editor')).toBeVisible();
  expect(await violations()).toEqual([]);
  await panel.getByRole('button', { name: 'Campaigns', exact: false }).last().click();
  await expect(panel.getByTestId('campaign-item')).toHaveCount(1);
  expect(await violations()).toEqual([]);
});
