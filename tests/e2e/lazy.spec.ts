import { expect, type Page } from '@playwright/test';
import { saveTravelBrief, sharedSession, tabStateAt, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * What loads when (issue 13, item 8): a content script is a small starter, the site's reader loads
 * after the page, the card's code only for a creator, and the worker's brand-fit code only with a
 * brief. Each must still work under the sites' own strict policies and a stopped worker.
 */
const PROFILE = 'https://www.instagram.com/lena.travels/';
const OTHER = 'https://www.instagram.com/arif.shoots/';
const EXPLORE = 'https://www.instagram.com/explore/';

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.servePage(OTHER, 'instagram/built/rendered-profile-b.html');
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

const loaded = (file: string) => session.requests.some((r) => r.url().startsWith('chrome-extension://') && r.url().endsWith(`/content-scripts/lazy/${file}`));
/** The card's frame (its page, code and styles) was loaded in the tab. */
const cardLoaded = (page: Page) => page.frames().some((frame) => /^chrome-extension:\/\/[^/]+\/card\.html$/.test(frame.url()));

test("a page with no creator loads the reader but not the card's frame", async () => {
  session.serveHtml(EXPLORE, '<!DOCTYPE html><html lang="en"><head><title>Explore</title></head><body><main><h1>Explore</h1></main></body></html>');
  const page = await session.context.newPage();
  await page.goto(EXPLORE);
  await expect.poll(() => loaded('instagram.js')).toBe(true);
  // Nothing to show: once the reader has looked and decided there is no creator here, there is no
  // card and its code was never fetched.
  await expect.poll(() => tabStateAt(session, EXPLORE)).toEqual({ status: 'none' });
  await expect(page.locator('vetlens-overlay')).toHaveCount(0);
  expect(cardLoaded(page)).toBe(false);

  session.servePage(PROFILE, 'instagram/built/rendered-profile.html');
  await page.goto(PROFILE);
  await waitForReadyOverlay(page);
  expect(cardLoaded(page)).toBe(true);
});

test('the card loads and is styled on a page whose policy forbids every script and style of its own', async () => {
  session.servePage(PROFILE, 'instagram/built/rendered-profile.html', {
    'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'",
  });
  const page = await session.context.newPage();
  await page.goto(PROFILE);
  const card = await waitForReadyOverlay(page);
  // Scored as on any page: engagement 58 and authenticity 100, half each without a brief.
  await expect(card.getByTestId('vetlens-score-overall')).toHaveAttribute('data-score', '79');
  // The card's stylesheet reached its shadow root: its own border radius, not the browser's default.
  expect(await card.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('10px');
});

test('with a brief in use, brand fit is scored by a worker the browser stopped and started again', async () => {
  session.servePage(PROFILE, 'instagram/built/rendered-profile.html');
  await saveTravelBrief(session);

  const page = await session.context.newPage();
  await page.goto(PROFILE);
  const card = await waitForReadyOverlay(page);
  // "travel" is in Lena's captions: the full text part, and the platform part (every platform allowed).
  await expect(card.getByTestId('vetlens-score-brand-fit')).toHaveAttribute('data-score', '100');

  // A worker started again has not run the brand-fit script yet: it must load it for this card.
  await session.stopServiceWorker();
  await page.goto(OTHER);
  const other = await waitForReadyOverlay(page);
  // Arif's captions never say "travel": only the platform part, (0 × 0.6 + 100 × 0.1) / 0.7.
  await expect(other.getByTestId('vetlens-score-brand-fit')).toHaveAttribute('data-score', '14');
  await session.stopServiceWorker();
  await page.goto(PROFILE);
  const again = await waitForReadyOverlay(page);
  await expect(again.getByTestId('vetlens-score-brand-fit')).toHaveAttribute('data-score', '100');
});
