import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { storeDocument, FIXTURES, overlay, sharedSession, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * Forged data ranks below what the page shows (issue: "A page can't hurt the marketer", item 2). The
 * built extension in Chromium, on a routed saved page that shows "24.3K" followers, and a script in
 * the page's own world that posts on the observer channel exactly what an attacker's could.
 */
const LENA = 'https://www.instagram.com/lena.travels/';
const CHANNEL = 'vetlens:observed';

/** Lena's profile as the page shows it: the header's "24.3K" and nothing more exact (no JSON, no title). */
const SHOWN_ONLY = readFileSync(join(FIXTURES, 'instagram/built/rendered-profile.html'), 'utf8')
  .replace(/<script[\s\S]*?<\/script>/g, '')
  .replace(' title="24,310"', '');

/** The probe's forged web_profile_info: 987,654,321 followers, a made-up name, a badge, twelve posts with 5M likes (half naming no owner). */
function forgedBody() {
  const post = (prefix: string, n: number) => ({
    code: `${prefix}${String(n).padStart(6, '0')}`,
    like_count: 5_000_000,
    comment_count: 9,
    taken_at: 1_780_000_000 - n * 86_400,
  });
  return {
    data: {
      user: {
        username: 'lena.travels',
        full_name: 'Made Up Name',
        is_verified: true,
        biography: 'forged',
        follower_count: 987_654_321,
        following_count: 1,
        media_count: 500,
        edge_owner_to_timeline_media: { count: 500, edges: Array.from({ length: 6 }, (_, n) => ({ node: post('Forg', n) })) },
      },
      xdt_api__v1__feed__user_timeline_graphql_connection: { edges: Array.from({ length: 6 }, (_, n) => ({ node: post('Lose', n) })) },
    },
  };
}

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.serveHtml(LENA, SHOWN_ONLY);
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

/** Every stored snapshot and creator record, as JSON text, read from an extension page. */
async function storedText(): Promise<string> {
  const panel = await storeDocument(session);
  const text = await panel.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('vetlens');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['snapshots', 'creators']);
          const snapshots = tx.objectStore('snapshots').getAll();
          const creators = tx.objectStore('creators').getAll();
          tx.oncomplete = () => resolve(JSON.stringify({ snapshots: snapshots.result, creators: creators.result }));
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
  return text;
}

async function post(page: Page, url: string, body: unknown): Promise<void> {
  await page.evaluate(([channel, target, data]) => window.postMessage({ channel, url: target, body: data }, location.origin), [CHANNEL, url, body] as const);
}

async function expectShownOnly(page: Page): Promise<void> {
  const followers = (await overlay(page)).getByTestId('vetlens-followers');
  await expect(followers).toHaveAttribute('data-value', '24300');
  await expect(followers).toContainText('≈');
  await expect(await overlay(page)).not.toContainText('Made Up Name');
  await expect(await overlay(page)).not.toContainText('987');
  await expect((await overlay(page)).getByText('Verified', { exact: true })).toHaveCount(0);
}

test('a forged message that claims an outside address is dropped unread: the card and the store keep what the page shows', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  await expectShownOnly(page);
  await post(page, 'https://evil.example/api/v1/users/web_profile_info/?username=lena.travels', forgedBody());
  // The page's own answer after it, agreeing with the header: read, so the forged one before it was handled (and left nothing).
  const real = {
    data: { user: { username: 'lena.travels', full_name: 'Lena Travels', is_verified: false, follower_count: 24310, following_count: 812, media_count: 348 } },
  };
  await post(page, 'https://www.instagram.com/api/v1/users/web_profile_info/?username=lena.travels', real);
  const followers = (await overlay(page)).getByTestId('vetlens-followers');
  await expect(followers).toHaveAttribute('data-value', '24310');
  await expect(followers).not.toContainText('≈');
  await expect((await overlay(page)).getByTestId('vetlens-overruled')).toHaveCount(0);
  await expect(await overlay(page)).not.toContainText('Made Up Name');
  const stored = await storedText();
  expect(stored).toContain('lena.travels');
  for (const forged of ['987654321', 'Made Up Name', '5000000', 'Forg000000', 'Lose000000']) expect(stored, forged).not.toContain(forged);
});

test("a forged message on the site's own endpoint that contradicts the page is set aside whole, the card says so, and nothing of it is stored", async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  await expectShownOnly(page);
  await post(page, 'https://www.instagram.com/api/v1/users/web_profile_info/?username=lena.travels', forgedBody());
  const note = (await overlay(page)).getByTestId('vetlens-overruled');
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('data-fields', 'followers displayName verified');
  await expect(note).toContainText('the card shows what you see on the page');
  await expectShownOnly(page);
  const stored = await storedText();
  expect(stored).toContain('lena.travels');
  for (const forged of ['987654321', 'Made Up Name', '5000000', 'Forg000000', 'Lose000000']) expect(stored, forged).not.toContain(forged);
});
