import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { storeDocument, FIXTURES, sharedSession, test, thisPostAgainstUsual, waitForReadyOverlay, type ExtensionSession } from './extension';
import { bodyOf, navigateInPage } from './in-page';

/**
 * Video pages: a YouTube watch page and a TikTok video page are read as a post of their creator.
 * The card shows the creator; the video's own numbers reach the store (and from there the scores).
 */

const CHANNEL_A = 'https://www.youtube.com/@VetlensAlpha';
const WATCH_A1 = 'https://www.youtube.com/watch?v=alphaVideo1';
const WATCH_A2 = 'https://www.youtube.com/watch?v=alphaVideo2';
const TIKTOK_A1 = 'https://www.tiktok.com/@vetlens_alpha/video/7400000000000000001';
const TIKTOK_A2 = 'https://www.tiktok.com/@vetlens_alpha/video/7400000000000000002';

interface StoredPost {
  creatorKey: string;
  pageKind: string;
  id: string;
  likes: number | null;
  comments: number | null;
  views: number | null;
  shares: number | null;
  saves?: number | null;
  sponsored?: boolean | null;
}

/** Every post of every stored snapshot, read from the extension's own IndexedDB. */
async function storedPosts(session: ExtensionSession): Promise<StoredPost[]> {
  const page = await storeDocument(session);
  const posts = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vetlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    const rows = await new Promise<{ creatorKey: string; snapshot: { pageKind: string; posts: Record<string, unknown>[] } }[]>((resolve, reject) => {
      const request = db.transaction('snapshots').objectStore('snapshots').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    db.close();
    return rows.flatMap((row) => row.snapshot.posts.map((post) => ({ creatorKey: row.creatorKey, pageKind: row.snapshot.pageKind, ...post })));
  });
  return posts as unknown as StoredPost[];
}

async function waitForStoredPost(session: ExtensionSession, id: string): Promise<StoredPost> {
  let found: StoredPost | undefined;
  await expect
    .poll(async () => {
      found = (await storedPosts(session)).filter((post) => post.pageKind === 'post' && post.id === id).pop();
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

test("a routed YouTube watch page shows the card of its channel, and the video's numbers reach the store", async () => {
  session.servePage(WATCH_A1, 'e2e/youtube-watch-a1.html');
  const page = await session.context.newPage();
  await page.goto(WATCH_A1);
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@VetlensAlpha');
  await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', '1230000');
  // Anchored under the video's title and actions, not floating.
  await expect(page.locator('ytd-watch-metadata + vetlens-overlay')).toHaveCount(1);

  const post = await waitForStoredPost(session, 'alphaVideo1');
  expect(post).toMatchObject({ creatorKey: 'youtube:vetlensalpha', likes: 48213, comments: 1204, views: 1204311, sponsored: false });
});

test('YouTube: from the channel to two of its videos in the page, the card follows each video and stores its numbers', async () => {
  session.servePage(CHANNEL_A, 'e2e/youtube-channel-a.html');
  const page = await session.context.newPage();
  await page.goto(CHANNEL_A);
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@VetlensAlpha');

  // The page's own JSON in <head> still describes the channel page: the video is read from the rendered page.
  await navigateInPage(page, WATCH_A1, bodyOf('e2e/youtube-watch-a1.html'));
  // The card shows video 1's own numbers against the channel page's other two videos: views only
  // (the channel lists no likes), their median (845,120 + 23,456) / 2, and (48,213 + 1,204) / 1,204,311 per view.
  await expect
    .poll(async () => thisPostAgainstUsual(await waitForReadyOverlay(page)))
    .toEqual([
      ["This video vs the creator's usual (median of 2 other videos)"],
      ['views', '1,204,311', '434,288', '×2.8'],
      ['likes', '48,213', '—', '—'],
      ['comments', '1,204', '—', '—'],
      ['engagementPerView', '4.1%', '—', '—'],
    ]);
  expect(await waitForStoredPost(session, 'alphaVideo1')).toMatchObject({ creatorKey: 'youtube:vetlensalpha', likes: 48213, views: 1204311 });

  await navigateInPage(page, WATCH_A2, bodyOf('e2e/youtube-watch-a2.html'));
  // Video 2 against videos 1 and 3: views against their median (1,204,311 + 23,456) / 2, likes
  // against video 1's. Its rendered page shows no comment count, so there is no comments row.
  await expect
    .poll(async () => thisPostAgainstUsual(await waitForReadyOverlay(page)))
    .toEqual([
      ["This video vs the creator's usual (median of 2 other videos)"],
      ['views', '845,120', '613,884', '×1.4'],
      ['likes', '21,034', '48,213', '×0.4'],
      ['engagementPerView', '2.49%', '4.1%', '×0.6'],
    ]);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@VetlensAlpha');
  expect(await waitForStoredPost(session, 'alphaVideo2')).toMatchObject({ creatorKey: 'youtube:vetlensalpha', likes: 21034, views: 845120 });
});

test('YouTube: the data YouTube hands its own navigation event is read, even before the page re-renders', async () => {
  session.servePage(WATCH_A1, 'e2e/youtube-watch-a1.html');
  const page = await session.context.newPage();
  await page.goto(WATCH_A1);
  await waitForReadyOverlay(page);
  const [navigation] = JSON.parse(readFileSync(join(FIXTURES, 'youtube', 'built', 'watch-navigation.observed.json'), 'utf8')) as { body: unknown }[];
  // The URL moves on; the page still shows video 1; YouTube fires yt-navigate-finish with video 2's data.
  await page.evaluate((detail) => {
    history.pushState({}, '', '/watch?v=alphaVideo2');
    document.querySelector('ytd-app')!.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true, composed: true, detail: { response: detail } }));
  }, navigation!.body);
  // Read from the event's JSON: the comment count and the paid-promotion flag are in the data only.
  expect(await waitForStoredPost(session, 'alphaVideo2')).toMatchObject({
    creatorKey: 'youtube:vetlensalpha',
    likes: 21034,
    comments: 612,
    views: 845120,
    sponsored: true,
  });
  const first = (await storedPosts(session)).filter((post) => post.id === 'alphaVideo1');
  expect(first.every((post) => post.likes === 48213)).toBe(true);
});

test("TikTok: a video page shows the creator's card; moving to the next video stores that video's counts", async () => {
  session.servePage(TIKTOK_A1, 'e2e/tiktok-video-a1.html');
  const page = await session.context.newPage();
  await page.goto(TIKTOK_A1);
  const card = await waitForReadyOverlay(page);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@vetlens_alpha');
  await expect(card.getByTestId('vetlens-followers')).toHaveAttribute('data-value', '1204377');
  expect(await waitForStoredPost(session, '7400000000000000001')).toMatchObject({
    creatorKey: 'tiktok:vetlens_alpha',
    likes: 98213,
    comments: 1204,
    shares: 2156,
    saves: 3311,
  });

  await navigateInPage(page, TIKTOK_A2, bodyOf('e2e/tiktok-video-a2.html'));
  expect(await waitForStoredPost(session, '7400000000000000002')).toMatchObject({
    creatorKey: 'tiktok:vetlens_alpha',
    likes: 41700,
    comments: 387,
    shares: 615,
    saves: 902,
  });
  // Video 2 against video 1 (98,213 likes, 1,204 comments, 2,156 shares, 3,311 saves). TikTok's video
  // page shows no views, so there is no views row; its likes only rounded ("41.7K").
  await expect
    .poll(async () => thisPostAgainstUsual(await waitForReadyOverlay(page)))
    .toEqual([
      ["This video vs the creator's only other video seen"],
      ['likes', '41,700 ≈', '98,213', '×0.4'],
      ['comments', '387', '1,204', '×0.3'],
      ['shares', '615', '2,156', '×0.3'],
      ['saves', '902', '3,311', '×0.3'],
    ]);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@vetlens_alpha');
  // Never the feed's other creator.
  expect((await storedPosts(session)).some((post) => post.id === '7399999999999999999')).toBe(false);
});
