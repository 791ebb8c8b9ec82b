import { expect } from '@playwright/test';
import { storeDocument, sharedSession, test, type ExtensionSession } from './extension';
import { INSTAGRAM, LANGUAGES, fixture, tiktokProfile, tiktokVideo, youtubeWatch } from './language-pages';

/**
 * Counts in the marketer's own language, in Debian's Chromium (issue 18, item 1): this Chromium's
 * Intl data formats Azerbaijani like English, and a parser that learned separators from it read
 * "15.318" as 15.3. The built extension visits Instagram, TikTok and YouTube pages whose `lang` is
 * Azerbaijani, Russian, Turkish, German and Portuguese, and the snapshot it stores must hold the
 * exact counts. The snapshot is read from the extension's own IndexedDB (what the card shows and the
 * marketer keeps), so the test does not depend on how the card is drawn.
 *
 * The pages (see tests/fixtures/e2e/README.md, "Pages in five languages"):
 * - Instagram: the built 2026 profiles and the Azerbaijani post in tests/fixtures/instagram/built,
 *   served as they are (the header's rounded count, the exact one in its `title`, as Instagram writes
 *   them in each language).
 * - TikTok: tests/fixtures/e2e/tiktok-profile-a.html and tiktok-video-b1.html (DOM only) with their
 *   `lang` changed and the counts written with the language's separators.
 * - YouTube: tests/fixtures/e2e/youtube-watch-a1.html without its scripts (the rendered page only),
 *   with its `lang`, view tooltip, like label and comment header written as YouTube writes them in
 *   each language.
 */

interface StoredSnapshot {
  url: string;
  followers: number | null;
  precision: Record<string, string>;
  pageLanguage: string | null;
  posts: { id: string; likes: number | null; comments: number | null; views: number | null; rounded?: string[]; publishedAt: string | null }[];
}

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

/** Every snapshot the extension stored (its rows are `{ creatorKey, capturedAt, snapshot }`), read from its own IndexedDB in an extension page. */
async function storedSnapshots(): Promise<StoredSnapshot[]> {
  const page = await storeDocument(session);
  const snapshots = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('vetlens');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('snapshots').objectStore('snapshots').getAll();
          request.onsuccess = () => resolve((request.result as { snapshot: unknown }[]).map((row) => row.snapshot));
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
  return snapshots as StoredSnapshot[];
}

/** Opens `url` and waits until the extension has stored its snapshot: the newest one for that address. */
async function visitAndStore(url: string, html: string): Promise<StoredSnapshot> {
  session.serveHtml(url, html);
  const page = await session.context.newPage();
  await page.goto(url);
  let found: StoredSnapshot | undefined;
  await expect
    .poll(async () => {
      found = (await storedSnapshots()).filter((snapshot) => snapshot.url === url).pop();
      return found !== undefined;
    })
    .toBe(true);
  await page.close();
  return found!;
}

for (const language of LANGUAGES) {
  test(`${language.lang}: Instagram, TikTok and YouTube counts are read exactly`, async () => {
    const instagram = INSTAGRAM[language.lang]!;
    const profile = await visitAndStore(instagram.url, fixture(`instagram/built/profile-2026-${language.lang}.html`));
    expect({ followers: profile.followers, precision: profile.precision.followers, lang: profile.pageLanguage }).toEqual({
      followers: instagram.followers,
      precision: 'exact',
      lang: language.lang,
    });

    const tiktok = await visitAndStore('https://www.tiktok.com/@vetlens_alpha', tiktokProfile(language));
    expect({ followers: tiktok.followers, precision: tiktok.precision.followers }).toEqual({ followers: 15318, precision: 'exact' });

    const video = await visitAndStore('https://www.tiktok.com/@vetlens_beta/video/7400000000000000101', tiktokVideo(language));
    expect(video.posts.map((post) => ({ likes: post.likes, rounded: post.rounded ?? [] }))).toEqual([{ likes: 1480, rounded: [] }]);

    const watch = await visitAndStore('https://www.youtube.com/watch?v=alphaVideo1', youtubeWatch(language));
    expect(
      watch.posts.filter((post) => post.id === 'alphaVideo1').map((post) => ({ ...post, publishedAt: post.publishedAt?.slice(0, 10) ?? null })),
    ).toMatchObject([{ id: 'alphaVideo1', views: 1_204_311, likes: 48_213, comments: 1204, publishedAt: '2026-05-18' }]);
    expect(watch.posts.find((post) => post.id === 'alphaVideo1')?.rounded ?? []).toEqual([]);
  });
}

test('az: the post page\'s "1.208 bəyənmə" is 1,208 likes, exact', async () => {
  const post = await visitAndStore('https://www.instagram.com/p/DBz4Mj6cK2p/', fixture('instagram/built/post-2026-az.html'));
  expect(post.posts.map((p) => ({ id: p.id, likes: p.likes, comments: p.comments, rounded: p.rounded ?? [] }))).toEqual([
    { id: 'DBz4Mj6cK2p', likes: 1208, comments: 41, rounded: [] },
  ]);
});
