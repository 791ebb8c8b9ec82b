import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { storeDocument, FIXTURES, sharedSession, test, type ExtensionSession } from './extension';

/**
 * Embedded JSON, like observed responses, must agree with the visible header (issue 18, item 5): a
 * page whose header shows a rounded count and whose embedded data (the server's, or a JSON script
 * the page's own script adds) carries 987,654,321 must never get that number shown as exact or
 * stored; the snapshot says which field was set aside, which the card shows. On all three sites,
 * each with a control whose embedded data agrees. The built extension in Chromium; the stored
 * snapshot is read from the extension's own IndexedDB, so the test does not depend on how the card
 * is drawn.
 *
 * Pages: tests/fixtures/instagram/built/profile-2025-12-en.html (its exact title taken away),
 * tests/fixtures/e2e/tiktok-profile-a.html and youtube-channel-a.html, with embedded JSON in each
 * site's own shape added or changed here.
 */

const FORGED = 987_654_321;
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

const COSMO = 'https://www.instagram.com/cosmo.news/';
/** cosmo.news shows "698M"; a script of the page's own adds a JSON script as Instagram's bootstrap data would carry it. */
function instagramPage(followers: number): string {
  const planted = JSON.stringify({ data: { user: { username: 'cosmo.news', follower_count: followers, following_count: 3, media_count: 2951 } } });
  const adder = `<script>const s = document.createElement('script'); s.type = 'application/json'; s.textContent = ${JSON.stringify(planted)}; document.body.appendChild(s);</script>`;
  return fixture('instagram/built/profile-2025-12-en.html').replace(' title="698,079,524"', '').replace('</body>', `${adder}</body>`);
}

const ALPHA_TIKTOK = 'https://www.tiktok.com/@vetlens_alpha';
/** vetlens_alpha shows "1.2M"; the server's __UNIVERSAL_DATA_FOR_REHYDRATION__ says `followers`. */
function tiktokPage(followers: number): string {
  const data = {
    __DEFAULT_SCOPE__: {
      'webapp.user-detail': {
        userInfo: {
          user: { uniqueId: 'vetlens_alpha', nickname: 'Alpha Kitchen', verified: true },
          stats: { followerCount: followers, followingCount: 87, heartCount: 34_500_000, videoCount: 3 },
        },
      },
    },
  };
  const script = `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify(data)}</script>`;
  return fixture('e2e/tiktok-profile-a.html').replace('</body>', `${script}</body>`);
}

const ALPHA_YOUTUBE = 'https://www.youtube.com/@VetlensAlpha';
/** @VetlensAlpha shows "1.23M subscribers"; its ytInitialData says the same, or, forged, 987,654,321. */
function youtubePage(forged: boolean): string {
  const html = fixture('e2e/youtube-channel-a.html');
  return forged
    ? html.replace(
        '{"content": "1.23M subscribers"}, "accessibilityLabel": "1.23 million subscribers"',
        `{"content": "${FORGED.toLocaleString('en-US')} subscribers"}, "accessibilityLabel": "${FORGED.toLocaleString('en-US')} subscribers"`,
      )
    : html;
}

interface StoredSnapshot {
  url: string;
  followers: number | null;
  precision: Record<string, string>;
  overruled?: string[];
  sources: string[];
}

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

/** Every stored snapshot row, as JSON text and as snapshots, read from an extension page. */
async function stored(): Promise<{ text: string; snapshots: StoredSnapshot[] }> {
  const page = await storeDocument(session);
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('vetlens');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['snapshots', 'creators']);
          const snapshots = tx.objectStore('snapshots').getAll();
          const creators = tx.objectStore('creators').getAll();
          tx.oncomplete = () => resolve([snapshots.result, creators.result]);
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
  const [snapshotRows] = rows as [{ snapshot: StoredSnapshot }[]];
  return { text: JSON.stringify(rows), snapshots: snapshotRows.map((row) => row.snapshot) };
}

async function visit(url: string, html: string): Promise<{ text: string; snapshot: StoredSnapshot }> {
  session.serveHtml(url, html);
  const page = await session.context.newPage();
  await page.goto(url);
  let found: { text: string; snapshot: StoredSnapshot } | undefined;
  await expect
    .poll(async () => {
      const all = await stored();
      const snapshot = all.snapshots.filter((s) => s.url === url).pop();
      found = snapshot ? { text: all.text, snapshot } : undefined;
      return found !== undefined;
    })
    .toBe(true);
  await page.close();
  return found!;
}

const summary = ({ snapshot }: { snapshot: StoredSnapshot }) => ({
  followers: snapshot.followers,
  precision: snapshot.precision.followers,
  overruled: snapshot.overruled ?? [],
});

test('Instagram: a JSON script the page adds with 987,654,321 followers under "698M" is set aside and never stored', async () => {
  const forged = await visit(COSMO, instagramPage(FORGED));
  expect(summary(forged)).toEqual({ followers: 698_000_000, precision: 'rounded', overruled: ['followers'] });
  expect(forged.text).not.toContain(String(FORGED));
});

test('Instagram control: a JSON script within the header’s rounding gives the exact count', async () => {
  expect(summary(await visit(COSMO, instagramPage(698_079_524)))).toEqual({ followers: 698_079_524, precision: 'exact', overruled: [] });
});

test('TikTok: __UNIVERSAL_DATA_FOR_REHYDRATION__ with 987,654,321 followers under "1.2M" is set aside and never stored', async () => {
  const forged = await visit(ALPHA_TIKTOK, tiktokPage(FORGED));
  expect(summary(forged)).toEqual({ followers: 1_200_000, precision: 'rounded', overruled: ['followers'] });
  expect(forged.text).not.toContain(String(FORGED));
});

test('TikTok control: embedded data within the header’s rounding gives the exact count', async () => {
  expect(summary(await visit(ALPHA_TIKTOK, tiktokPage(1_204_377)))).toEqual({ followers: 1_204_377, precision: 'exact', overruled: [] });
});

test('YouTube: ytInitialData with 987,654,321 subscribers under "1.23M" is set aside and never stored', async () => {
  const forged = await visit(ALPHA_YOUTUBE, youtubePage(true));
  expect(summary(forged)).toEqual({ followers: 1_230_000, precision: 'rounded', overruled: ['followers'] });
  expect(forged.text).not.toContain(String(FORGED));
  expect(forged.text).not.toContain('987,654,321');
});

test('YouTube control: ytInitialData that agrees with the header is read', async () => {
  const control = await visit(ALPHA_YOUTUBE, youtubePage(false));
  expect(summary(control)).toEqual({ followers: 1_230_000, precision: 'rounded', overruled: [] });
  expect(control.snapshot.sources).toContain('embedded-json');
});
