import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import {
  axeViolations,
  cardFrame,
  launchExtension,
  sharedSession,
  shortlistThisPage,
  tabTo,
  test,
  waitForReadyOverlay,
  type ExtensionSession,
} from './extension';

const LENA = 'https://www.instagram.com/lena.travels/';
const ARIF = 'https://www.instagram.com/arif.shoots/';
const EVIL = 'https://www.instagram.com/evil.creator/';

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.servePage(LENA, 'instagram/built/rendered-profile.html');
  session.servePage(ARIF, 'instagram/built/rendered-profile-b.html');
  session.servePage(EVIL, 'instagram/built/hostile-profile.html');
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

test('hostile page text renders as plain text and runs nothing', async () => {
  const page = await session.context.newPage();
  await page.goto(EVIL);
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-display-name')).toHaveText('<img src=x onerror="window.__pwned=1">Lena[U+202E]gnp.exe');
  await expect(card.locator('img, script, svg[onload]')).toHaveCount(0);
  await card.getByTestId('vetlens-shortlist').click();
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('two tabs shortlisting one right after the other lose nothing', async () => {
  const [a, b] = [await session.context.newPage(), await session.context.newPage()];
  await Promise.all([a.goto(LENA), b.goto(ARIF)]);
  await Promise.all([waitForReadyOverlay(a), waitForReadyOverlay(b)]);
  // The card acts only on a press the person can see (components/overlay/guard.ts): a tab in the
  // background is not one, so each tab comes to the front for its click, as it does for a person.
  await shortlistThisPage(a);
  await shortlistThisPage(b);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(2);
});

test('the browser stopping the service worker mid-operation loses nothing', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  await shortlistThisPage(page);

  // Stop the worker while the second creator's snapshot is on its way to it, and again after.
  const other = await session.context.newPage();
  const loading = other.goto(ARIF);
  await session.stopServiceWorker();
  await loading;
  await session.stopServiceWorker();

  // Whatever was in flight, the first creator is still there, and the extension works on.
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
  await expect(popup.getByTestId('shortlist-row')).toContainText('@lena.travels');
  await other.reload();
  const otherCard = await waitForReadyOverlay(other);
  await other.bringToFront();
  // A click whose worker is stopped right after it: the toggle either lands whole or not at all.
  await otherCard.getByTestId('vetlens-shortlist').click();
  await session.stopServiceWorker();
  // The worker starts again on the next message; the reloaded card says what the store holds.
  await other.reload();
  const again = await waitForReadyOverlay(other);
  const landed = (await again.getByTestId('vetlens-shortlist').getAttribute('aria-pressed')) === 'true';
  await popup.reload();
  await expect(popup.getByTestId('shortlist-row').filter({ hasText: '@lena.travels' })).toHaveCount(1);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(landed ? 2 : 1);
  if (!landed) {
    await shortlistThisPage(other);
  }
  await popup.reload();
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(2);
});

test('the overlay and the popup pass an accessibility check and work from the keyboard', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  const card = await waitForReadyOverlay(page);
  // The card is the extension's own page in a frame: axe runs in that frame.
  expect(await axeViolations(await cardFrame(page))).toEqual([]);
  // Keyboard: once the person is in the card, Tab reaches the "why" disclosure and the shortlist toggle; Enter and Space use them.
  const toggle = card.getByTestId('vetlens-shortlist');
  await card.getByText('Vetlens', { exact: true }).click();
  await tabTo(page, 'vetlens-shortlist');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const frame = await cardFrame(page);
  for (let i = 0; i < 6 && !(await frame.evaluate(() => document.activeElement?.matches('.vl-why summary'))); i++) await page.keyboard.press('Shift+Tab');
  await expect(card.locator('.vl-why summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByText('Audience age, gender and country: unknown (not visible on the page).')).toBeVisible();

  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
  const popupResults = await new AxeBuilder({ page: popup }).analyze();
  expect(popupResults.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a full backup restores everything in a fresh profile; a bad file changes nothing; a restore can be undone', async () => {
  const page = await session.context.newPage();
  for (const url of [LENA, ARIF]) {
    await page.goto(url);
    await shortlistThisPage(page);
  }
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel.getByTestId('tab-data').click();
  await expect(panel.getByTestId('backup-export')).toBeVisible();
  const axe = await new AxeBuilder({ page: panel }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('backup-export').click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^vetlens-backup-\d{4}-\d{2}-\d{2}\.jsonl$/);
  // JSON Lines: a header, one line per stored row, and an end line with the counts.
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines[0]).toMatchObject({ format: 'vetlens-backup', version: 2 });
  expect(lines.filter((l) => l.table === 'creators')).toHaveLength(2);
  expect(lines.at(-1)).toMatchObject({ end: true, counts: { creators: 2 } });

  const fresh = await launchExtension();
  try {
    const freshPanel = await fresh.context.newPage();
    await freshPanel.goto(`chrome-extension://${fresh.extensionId}/sidepanel.html`);
    await freshPanel.getByTestId('tab-data').click();
    // A broken file is refused and the (empty) store stays as it was.
    const broken = join(mkdtempSync(join(tmpdir(), 'vl-')), 'broken.jsonl');
    writeFileSync(broken, lines.map((l) => JSON.stringify(l.table === 'creators' ? { ...l, row: { key: '' } } : l)).join('\n'));
    await freshPanel.getByTestId('backup-import').setInputFiles(broken);
    await expect(freshPanel.getByTestId('backup-error')).toContainText('not a valid Vetlens backup');
    await freshPanel.getByTestId('backup-import').setInputFiles(file);
    await expect(freshPanel.getByTestId('toast')).toContainText('Restored 2 creators');
    await freshPanel.getByTestId('tab-shortlists').click();
    await expect(freshPanel.getByTestId('shortlist-row')).toHaveCount(2);
    // Undo puts back what was there before the restore: nothing.
    await freshPanel.getByTestId('toast-undo').click();
    await expect(freshPanel.getByTestId('shortlist-empty')).toBeVisible();
    expect(fresh.foreignRequests()).toEqual([]);
  } finally {
    await fresh.close();
  }
});
