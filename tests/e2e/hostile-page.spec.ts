import { expect, type Page } from '@playwright/test';
import { expectPressesDecided, storeDocument, overlay, sharedSession, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * What a script in the site's own page can try against Vetlens (issue: "A page can't hurt the
 * marketer"). Each test runs the built extension in Chromium on a routed saved page, and does from
 * the page's world exactly what an attacker's script could.
 */
const LENA = 'https://www.instagram.com/lena.travels/';
const CHANNEL = 'vetlens:observed';

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.servePage(LENA, 'instagram/built/rendered-profile.html');
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

/** Creator keys in the extension's store, read from an extension page. */
async function storedCreators(): Promise<string[]> {
  const panel = await storeDocument(session);
  const keys = await panel.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('vetlens');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('creators').objectStore('creators').getAllKeys();
          request.onsuccess = () => resolve((request.result as string[]).sort());
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
  return keys;
}

async function shortlistToggle(page: Page) {
  return (await overlay(page)).getByTestId('vetlens-shortlist');
}

test('a flood of fake creators (pushState + forged data) is noticed, said on the card, and nothing of it is stored', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  // As the probe did: new profile paths, each with one forged "observed" response (a 10k bio, big captions).
  await page.evaluate(async (channel) => {
    for (let i = 0; i < 60; i++) {
      const username = `fake${i}`;
      history.pushState({}, '', `/${username}/`);
      const edges = Array.from({ length: 50 }, (_, n) => ({
        node: {
          id: `${i}_${n}`,
          shortcode: `s${i}_${n}`,
          edge_liked_by: { count: 5_000_000 },
          edge_media_to_comment: { count: 9 },
          taken_at_timestamp: 1_700_000_000 - n * 86_400,
          edge_media_to_caption: { edges: [{ node: { text: 'x'.repeat(20_000) } }] },
        },
      }));
      const body = {
        data: {
          user: {
            username,
            full_name: 'Made Up',
            is_verified: true,
            biography: 'b'.repeat(10_000),
            edge_followed_by: { count: 987_654_321 },
            edge_follow: { count: 1 },
            edge_owner_to_timeline_media: { count: 500, edges },
          },
        },
      };
      window.postMessage({ channel, url: `https://www.instagram.com/api/v1/users/web_profile_info/?username=${username}`, body }, location.origin);
      await new Promise((r) => setTimeout(r, 120));
    }
  }, CHANNEL);
  await expect((await overlay(page)).getByTestId('vetlens-flood')).toBeVisible();
  await expect((await overlay(page)).getByTestId('vetlens-flood')).toContainText('kept nothing of it');
  // The page the tab loaded stays; no creator the flood made does, however it was stored for a moment.
  await expect.poll(storedCreators).toEqual(['instagram:lena.travels']);
});

test('a sparse array posted on the observer channel is dropped unread: the tab keeps working and its memory stays small', async () => {
  const page = await session.context.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  const cdp = await session.context.newCDPSession(page);
  const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const before = await heap();
  // Two bodies of `a = []; a.length = 1e8; a[0] = {}`: 0.2 ms to send, gigabytes to walk index by index.
  await page.evaluate((channel) => {
    for (let i = 0; i < 2; i++) {
      const a: unknown[] = [];
      a.length = 1e8;
      a[0] = {};
      window.postMessage(
        { channel, url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=lena.travels', body: { data: { user: a } } },
        location.origin,
      );
    }
  }, CHANNEL);
  // The page keeps changing, so the card reads it again and again with whatever it kept: each time
  // the header's exact follower count moves on by one, and the card shows the count it read.
  const peaks: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const followers = 24_310 + i;
    await page.evaluate((count) => {
      document.querySelector('a[href="/lena.travels/followers/"] span[title]')!.setAttribute('title', count.toLocaleString('en-US'));
    }, followers);
    await expect((await overlay(page)).getByTestId('vetlens-followers')).toHaveAttribute('data-value', String(followers));
    peaks.push(await heap());
  }
  expect(crashed).toBe(false);
  // A walk of one such array holds hundreds of MB; the check that refuses it holds nothing.
  expect(Math.max(...peaks) - before).toBeLessThan(100 * 1024 * 1024);
  await expect(await overlay(page)).toHaveAttribute('data-status', 'ready');
  // And the marketer's own click still works.
  await (await shortlistToggle(page)).click();
  await expect(await shortlistToggle(page)).toHaveAttribute('aria-pressed', 'true');
  await cdp.detach();
});

test("the card takes only the person's clicks: a page script's click() on Add to shortlist does nothing", async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  // Whatever the page's script tries on the card's host, it reaches neither the card nor its buttons:
  // the host's shadow root is closed to it, and clicks and keys on the host stay in the page.
  const hostRoot = await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('vetlens-overlay')!;
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return host.shadowRoot;
  });
  expect(hostRoot).toBeNull();
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('shortlist-empty')).toHaveText(
    "Your shortlist is empty. On a creator's profile, click “Add to shortlist” in the Vetlens card.",
  );
  // A real click is trusted, and it is the only press the card's guard ever decided: had any of the
  // page's three reached the button, the guard would count more, or the toggle would not end pressed.
  await page.bringToFront();
  await (await shortlistToggle(page)).click();
  await expectPressesDecided(page, 1);
  await expect(await shortlistToggle(page)).toHaveAttribute('aria-pressed', 'true');
  await popup.reload();
  await expect(popup.getByTestId('shortlist-row')).toHaveCount(1);
});
