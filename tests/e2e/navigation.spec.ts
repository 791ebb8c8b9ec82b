import { expect, type Page } from '@playwright/test';
import { cardFrame, sharedSession, test, waitForReadyOverlay, type ExtensionSession } from './extension';
import { bodyOf, navigateInPage } from './in-page';

/**
 * The sites are single-page apps: moving to another creator changes the URL with pushState and
 * swaps the DOM. The overlay must then show the new creator's numbers, or a loading state, and
 * never the previous creator's.
 */
const PLATFORMS = [
  {
    name: 'Instagram',
    a: { url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', followers: '24310', handle: '@lena.travels' },
    b: { url: 'https://www.instagram.com/arif.shoots/', file: 'instagram/built/rendered-profile-b.html', followers: '187400', handle: '@arif.shoots' },
    away: 'https://www.instagram.com/explore/',
  },
  {
    name: 'TikTok',
    a: { url: 'https://www.tiktok.com/@vetlens_alpha', file: 'e2e/tiktok-profile-a.html', followers: '1200000', handle: '@vetlens_alpha' },
    b: { url: 'https://www.tiktok.com/@vetlens_beta', file: 'e2e/tiktok-profile-b.html', followers: '45600', handle: '@vetlens_beta' },
    away: 'https://www.tiktok.com/explore',
  },
  {
    name: 'YouTube',
    a: { url: 'https://www.youtube.com/@VetlensAlpha', file: 'e2e/youtube-channel-a.html', followers: '1230000', handle: '@VetlensAlpha' },
    b: { url: 'https://www.youtube.com/@VetlensBeta', file: 'e2e/youtube-channel-b.html', followers: '45600', handle: '@VetlensBeta' },
    away: 'https://www.youtube.com/feed/trending',
  },
];

/** Records every follower value the card ever shows from now on, inside the card's own frame. */
async function recordShownFollowers(page: Page): Promise<void> {
  await (
    await cardFrame(page)
  ).evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __vlSeen: string[] }).__vlSeen = seen;
    const root = document;
    const note = () => {
      const value = root.querySelector('[data-testid="vetlens-followers"]')?.getAttribute('data-value');
      seen.push(value ?? '(none)');
    };
    new MutationObserver(note).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    note();
  });
}

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

for (const platform of PLATFORMS) {
  test(`${platform.name}: navigating to another creator shows their numbers, never the previous creator's`, async () => {
    session.servePage(platform.a.url, platform.a.file);
    const page = await session.context.newPage();
    await page.goto(platform.a.url);
    const card = await waitForReadyOverlay(page);
    await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', platform.a.followers);
    await expect(card.getByTestId('vetlens-handle')).toHaveText(platform.a.handle);

    await recordShownFollowers(page);
    await navigateInPage(page, platform.b.url, bodyOf(platform.b.file));
    await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', platform.b.followers);
    await expect(card.getByTestId('vetlens-handle')).toHaveText(platform.b.handle);
    const seen = await (await cardFrame(page)).evaluate(() => (window as unknown as { __vlSeen: string[] }).__vlSeen);
    // A, then "loading" (no numbers: the content script shows it at once on a new creator), then B, and never A
    // again. A may be recorded more than once before the navigation is noticed: the frame changes for its own
    // reasons too (the guard's note of whether it can be seen), and every change is recorded.
    const runs = seen.filter((value, i) => i === 0 || value !== seen[i - 1]);
    expect(runs).toEqual([platform.a.followers, '(none)', platform.b.followers]);

    await navigateInPage(page, platform.away, null);
    await expect(page.locator('vetlens-overlay')).toHaveCount(0);
  });
}

test('a site re-rendering its header and dropping the card gets the card back', async () => {
  session.servePage(PLATFORMS[0]!.a.url, PLATFORMS[0]!.a.file);
  const page = await session.context.newPage();
  await page.goto(PLATFORMS[0]!.a.url);
  await waitForReadyOverlay(page);
  await page.evaluate(() => {
    // As a framework does: the header area is rebuilt, and nodes it did not render are gone.
    document.querySelector('vetlens-overlay')!.remove();
    const header = document.querySelector('header')!;
    header.replaceWith(header.cloneNode(true));
  });
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', PLATFORMS[0]!.a.followers);
  await expect(page.locator('vetlens-overlay')).toHaveCount(1);
});
