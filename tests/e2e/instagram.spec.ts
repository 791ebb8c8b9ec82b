import { expect } from '@playwright/test';
import { overlay, sharedSession, shortlistThisPage, test, waitForReadyOverlay, type ExtensionSession } from './extension';

const PROFILE = 'https://www.instagram.com/lena.travels/';

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.servePage(PROFILE, 'instagram/built/rendered-profile.html');
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

test('a routed Instagram profile shows the overlay with the right follower count and scores', async () => {
  const page = await session.context.newPage();
  await page.goto(PROFILE);
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@lena.travels');
  await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', '24310');
  await expect(card.getByTestId('vetlens-followers')).toContainText('24,310');
  for (const id of ['overall', 'engagement', 'authenticity', 'brand-fit']) {
    await expect(card.getByTestId(`vetlens-score-${id}`)).toBeVisible();
  }
  // Engagement is scored from the 11 unpinned posts the page embedded: their median likes + comments
  // (271) over 24,310 followers is 1.11%, the 58th percentile of the 10k–50k tier (typical 0.97%).
  await expect(card.getByTestId('vetlens-score-engagement')).toHaveAttribute('data-score', '58');
  await expect(card.getByTestId('vetlens-engagement-rate')).toHaveText('1.11% vs 0.97% typical for 10k–50k on Instagram.');
});

test('one click shortlists the creator; the popup lists them; the toggle survives a reload', async () => {
  const page = await session.context.newPage();
  await page.goto(PROFILE);
  const card = await waitForReadyOverlay(page);
  const toggle = card.getByTestId('vetlens-shortlist');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const row = popup.getByTestId('shortlist-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('@lena.travels');
  await expect(row).toContainText('Instagram');
  await expect(row.getByTestId('row-followers')).toHaveText('24.3K');
  await expect(row.locator('a')).toHaveAttribute('href', PROFILE);
  await expect(row.getByTestId('row-scores')).toHaveText('♥Engagement 58 · ✓Authenticity 100 · ◎Brand fit —');

  await page.reload();
  const again = await waitForReadyOverlay(page);
  await expect(again.getByTestId('vetlens-shortlist')).toHaveAttribute('aria-pressed', 'true');
});

test('removing from the popup can be undone', async () => {
  const page = await session.context.newPage();
  await page.goto(PROFILE);
  await shortlistThisPage(page);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByTestId('row-remove').click();
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(0);
  await expect(popup.getByTestId('shortlist-empty')).toBeVisible();
  await popup.getByTestId('undo-remove').click();
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
});

test('a login wall shows "can\'t read", never zeros', async () => {
  session.servePage('https://www.instagram.com/accounts/login/?next=%2Flena.travels%2F', 'instagram/built/login-wall.html');
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/accounts/login/?next=%2Flena.travels%2F');
  await expect((await overlay(page)).getByTestId('vetlens-unreadable')).toBeVisible();
  await expect((await overlay(page)).getByTestId('vetlens-followers')).toHaveCount(0);
});

test('the extension makes no network request of its own', async () => {
  const page = await session.context.newPage();
  await page.goto(PROFILE);
  await shortlistThisPage(page);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
  expect(session.foreignRequests()).toEqual([]);
});

test('the card speaks Azerbaijani in an Azerbaijani browser', async () => {
  const az = await sharedSession({ lang: 'az' });
  try {
    az.servePage(PROFILE, 'instagram/built/rendered-profile.html');
    const page = await az.context.newPage();
    await page.goto(PROFILE);
    const card = await waitForReadyOverlay(page);
    await expect(card.getByTestId('vetlens-shortlist')).toHaveText('Qısa siyahıya əlavə et');
    await expect(card.getByTestId('vetlens-engagement-rate')).toContainText('Instagram-da 10–50\u00a0min izləyicisi olan yaradıcılar üçün tipik');
    await expect(card.getByText('Niyə belə ballar?')).toBeVisible();
    // The card is marked Azerbaijani, so CSS upper-casing keeps the dot: "İZLƏYİCİLƏR", not "IZLƏYICILƏR".
    await expect(card).toHaveAttribute('lang', /^az/);
    await expect(card.locator('.vl-stats dt').first()).toHaveText('İZLƏYİCİLƏR', { useInnerText: true });
    // Numbers follow the interface language: 24,310 is written 24.310.
    await expect(card.getByTestId('vetlens-followers')).toHaveText('24.310');
  } finally {
    await az.close();
  }
});

test("a logged-in Korean profile of 2026 shows the header's exact count, not its older og:description", async () => {
  session.servePage('https://www.instagram.com/haneul.studio/', 'instagram/built/profile-2026-ko.html');
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/haneul.studio/');
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@haneul.studio');
  await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', '944');
});

test('a private account shows the counts it read and says its posts are hidden', async () => {
  session.servePage('https://www.instagram.com/alina.closed/', 'instagram/built/private-ru.html');
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/alina.closed/');
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', '3512');
  await expect(card.getByTestId('vetlens-private')).toBeVisible();
});

test('the account chooser says why, and never reads the profile its meta tags describe', async () => {
  session.servePage('https://www.instagram.com/lena.travels/', 'instagram/built/account-chooser-en.html');
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/lena.travels/');
  await expect((await overlay(page)).getByTestId('vetlens-unreadable')).toContainText('account chooser');
  await expect((await overlay(page)).getByTestId('vetlens-followers')).toHaveCount(0);
});
