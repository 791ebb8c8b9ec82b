import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { evaluateInSidePanel, saveTravelBrief, sharedSession, shortlistThisPage, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/** Everyday work in both interface languages: money typed with a decimal comma, exports, briefs, undo. */
const PROFILE = 'https://www.instagram.com/lena.travels/';
const FIXTURE = 'instagram/built/rendered-profile.html';

const sessions: ExtensionSession[] = [];
test.afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

async function start(lang?: string): Promise<ExtensionSession> {
  const session = await sharedSession(lang ? { lang } : {});
  sessions.push(session);
  session.servePage(PROFILE, FIXTURE);
  return session;
}

async function shortlistFromCard(session: ExtensionSession): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(PROFILE);
  await shortlistThisPage(tab);
  return tab;
}

async function openCampaign(session: ExtensionSession): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('shortlist-row')).toHaveCount(1);
  await panel.getByTestId('new-campaign').click();
  await expect(panel.getByTestId('campaign-editor')).toBeVisible();
  return panel;
}

async function downloadCsv(panel: Page): Promise<string> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('campaign-export-csv').click()]);
  return readFileSync(await file.path())
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

test('a fee typed with a decimal comma reaches the CSV as 1200.50; "1,200" is asked about; a cost far above the budget is confirmed first', async () => {
  const session = await start();
  await shortlistFromCard(session);
  const panel = await openCampaign(session);
  const editor = panel.getByTestId('campaign-editor');
  const fee = editor.getByTestId('campaign-fee');

  // "1,200" reads two ways: nothing is stored until the marketer says which.
  await fee.fill('1,200');
  await fee.press('Tab');
  const ask = editor.getByTestId('number-ambiguous');
  await expect(ask).toBeVisible();
  // The question quotes exactly what was typed, and the field keeps it until the marketer decides.
  await expect(ask).toContainText('“1,200” can be read two ways');
  await expect(fee).toHaveValue('1,200');
  await ask.getByRole('button', { name: '1,200' }).click();
  await expect(fee).toHaveValue('1200');
  await expect(editor.getByTestId('total-cost')).toContainText('$4,800.00');

  // With a budget of 1,000, a fee of 1200,50 over four posts is far above it: confirm first.
  await editor.getByTestId('campaign-budget').fill('1000');
  await editor.getByTestId('campaign-budget').press('Tab');
  await fee.fill('1200,50');
  await fee.press('Tab');
  await expect(editor.getByTestId('number-confirm')).toContainText('far above the budget');
  await expect(fee).toHaveValue('1200,50');
  await expect(editor.getByTestId('total-cost')).toContainText('$4,800.00');
  await editor.getByTestId('number-confirm-keep').click();
  await expect(fee).toHaveValue('1200.5');
  await expect(editor.getByTestId('total-cost')).toContainText('$4,802.00');

  const text = await downloadCsv(panel);
  const table = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(table.meta.delimiter).toBe(',');
  expect(table.data).toHaveLength(1);
  expect(table.data[0]).toMatchObject({
    Handle: 'lena.travels',
    'Fee per post': '1200.50',
    Cost: '4802.00',
    Posts: '4',
    Name: expect.any(String),
    'Outreach status': 'To contact',
  });
});

test('in Azerbaijani: dates and names as Azerbaijani writes them, "1 200,50" read right, and a semicolon CSV in Azerbaijani words', async () => {
  const session = await start('az');
  await shortlistFromCard(session);
  const panel = await openCampaign(session);
  await expect(panel.locator('html')).toHaveAttribute('lang', /^az/);
  const editor = panel.getByTestId('campaign-editor');
  // The generated name: the list's name and today's date, day.month.year.
  await expect(editor.getByTestId('campaign-name')).toHaveValue(/^Kampaniya: Qısa siyahım, \d{2}\.\d{2}\.\d{4}$/);
  // A campaign made in Azerbaijani starts in manat, written as Azerbaijani writes money.
  await expect(editor.getByTestId('campaign-currency')).toHaveValue('AZN');
  // Dates are typed and shown day.month.year, whatever the browser's own date picker would do.
  const startDate = editor.getByTestId('schedule-start');
  // Key by key: "29/11/20" on the way is not taken for 2020.
  await startDate.pressSequentially('29/11/2026');
  await startDate.press('Tab');
  await expect(startDate).toHaveValue('29.11.2026');

  const fee = editor.getByTestId('campaign-fee');
  // Typed key by key, as a person types: the decimal comma survives until the field is left.
  await fee.pressSequentially('1 200,50');
  await expect(fee).toHaveValue('1 200,50');
  await fee.press('Tab');
  await expect(fee).toHaveValue('1200,5');

  await expect(editor.getByTestId('csv-separator')).toHaveValue(';');
  const text = await downloadCsv(panel);
  const [header] = text.split('\r\n');
  // Headings and text quoted (CSV injection); numbers bare with the decimal comma, so Excel in
  // Azerbaijani settings reads the money as a number.
  expect(header!.split(';').slice(0, 4)).toEqual(['"Ad"', '"İstifadəçi adı"', '"Platforma"', '"İzləyicilər"']);
  expect(text.split('\r\n')[1]).toContain(';1200,50;');
  const table = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
  expect(table.data).toHaveLength(1);
  const row = table.data[0]!;
  expect(row).toMatchObject({
    'İstifadəçi adı': 'lena.travels',
    'Post başına ödəniş': '1200,50',
    Platforma: 'Instagram',
    'Əlaqə statusu': 'Yazılmayıb',
    'Əməkdaşlıq modeli': 'Post başına ödəniş',
    'Reach mənbəyi': 'təxmin',
    Valyuta: 'AZN',
  });
  // Median likes + comments 271 over 24,310 followers, to two places with a decimal comma.
  expect(row['İştirak səviyyəsi, %']).toBe('1,11');
});

test('the first brief saved becomes the one in use, and the card names it', async () => {
  const session = await start();
  const panel = await saveTravelBrief(session);
  await expect(panel.getByTestId('brief-active').locator('option:checked')).toHaveText('Travel brief');

  const tab = await session.context.newPage();
  await tab.goto(PROFILE);
  const card = await waitForReadyOverlay(tab);
  // "travel" is in Lena's captions: the full text part, and the platform part (every platform allowed).
  await expect(card.getByTestId('vetlens-score-brand-fit')).toHaveAttribute('data-score', '100');
  await expect(card.getByTestId('vetlens-brief')).toContainText('Travel brief');

  // The card links to the brief in use: the side panel (or, where the browser refuses, a tab of it) opens on Briefs.
  await panel.close();
  await card.getByTestId('vetlens-open-briefs').click();
  // The browser's side panel is no Playwright page: read its tab through the DevTools protocol.
  await expect.poll(() => evaluateInSidePanel(tab, `document.querySelector('[data-testid="tab-briefs"]')?.getAttribute('aria-selected')`)).toBe('true');
  await expect
    .poll(() => evaluateInSidePanel(tab, `document.querySelector('[data-testid="brief-active"] option:checked')?.textContent ?? null`))
    .toBe('Travel brief');
});

test('removing a creator on the card can be undone on the card', async () => {
  const session = await start();
  const tab = await shortlistFromCard(session);
  const card = await waitForReadyOverlay(tab);
  const toggle = card.getByTestId('vetlens-shortlist');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const undo = card.getByTestId('vetlens-shortlist-undo');
  await expect(undo).toBeVisible();
  await undo.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(undo).toHaveCount(0);

  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
  // Every column has a heading, the overall score's too.
  await expect(popup.getByTestId('col-overall')).toHaveText('Overall');
});

test('at 320 px the card and its four score boxes stay inside the page, with the why open', async () => {
  const session = await start();
  session.servePage('https://www.youtube.com/@VetlensBeta', 'e2e/youtube-channel-b.html');
  const tab = await session.context.newPage();
  await tab.setViewportSize({ width: 320, height: 700 });
  await tab.goto('https://www.youtube.com/@VetlensBeta');
  const card = await waitForReadyOverlay(tab);
  await card.locator('.vl-why summary').click();
  const box = await card.evaluate((el) => {
    const edge = el.getBoundingClientRect().right;
    return { right: edge, width: innerWidth, outside: [...el.querySelectorAll('*')].filter((c) => c.getBoundingClientRect().right > edge + 0.5).length };
  });
  expect(box.right).toBeLessThanOrEqual(box.width);
  expect(box.outside).toBe(0);
  await expect(card.getByTestId('vetlens-shortlist')).toBeVisible();
});
