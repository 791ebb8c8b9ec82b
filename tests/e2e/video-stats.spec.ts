import { expect } from '@playwright/test';
import { overlay, sharedSession, test, thisPostRows, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * Issue 18 in real Chromium: a video page opened first shows that video's own numbers on the card
 * (exact, rounded or not shown), and the screens that stand in for a page say what they are.
 */

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

test('a YouTube watch page opened first shows the video’s views, likes and comments', async () => {
  session.servePage('https://www.youtube.com/watch?v=alphaVideo1', 'e2e/youtube-watch-a1.html');
  const page = await session.context.newPage();
  await page.goto('https://www.youtube.com/watch?v=alphaVideo1');
  const card = await waitForReadyOverlay(page);
  expect(await thisPostRows(card)).toEqual([
    ['views', '1,204,311', 'exact'],
    ['likes', '48,213', 'exact'],
    ['comments', '1,204', 'exact'],
  ]);
  await expect(card.getByTestId('vetlens-hint')).toHaveText('Open 2 more recent videos to get their likes.');
});

test('a TikTok video page opened first says its views are not shown', async () => {
  session.servePage('https://www.tiktok.com/@vetlens_beta/video/7400000000000000101', 'e2e/tiktok-video-b1.html');
  const page = await session.context.newPage();
  await page.goto('https://www.tiktok.com/@vetlens_beta/video/7400000000000000101');
  const card = await waitForReadyOverlay(page);
  expect(await thisPostRows(card)).toEqual([
    ['views', 'not shown', 'no'],
    ['likes', '1,480', 'exact'],
    ['comments', '37', 'exact'],
  ]);
});

test('Instagram’s 2026 account chooser says why, and never reads the profile its meta tags describe', async () => {
  session.servePage('https://www.instagram.com/lena.travels/', 'instagram/built/account-chooser-2026-en.html');
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/lena.travels/');
  await expect((await overlay(page)).getByTestId('vetlens-unreadable')).toContainText('account chooser');
  await expect((await overlay(page)).getByTestId('vetlens-followers')).toHaveCount(0);
});

test('an Instagram post whose owner hid its likes says so, not "no counts"', async () => {
  session.servePage('https://www.instagram.com/p/DLq5wE1nYv8/', 'instagram/built/post-likes-hidden-en.html');
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/p/DLq5wE1nYv8/');
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-this-post').locator('[data-metric="likes"] dd')).toHaveText('hidden by the owner');
});
