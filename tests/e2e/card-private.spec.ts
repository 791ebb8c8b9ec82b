import { expect, type Page, type Worker } from '@playwright/test';
import {
  cardFrame,
  expectCardSight,
  expectPressesDecided,
  overlay,
  sharedSession,
  shortlistThisPage,
  tabTo,
  test,
  waitForReadyOverlay,
  type ExtensionSession,
} from './extension';
import { bodyOf, navigateInPage } from './in-page';

/**
 * The card is the marketer's alone (issue 19, items 1–4): the page it sits on can neither read it,
 * nor press its buttons through the person, nor stop it, nor pass off a card of its own. Every test
 * acts as the page does (page.evaluate runs in the page's own world) and reaches the card only the
 * way the marketer does: through the extension's own frame.
 */

const LENA = 'https://www.instagram.com/lena.travels/';
const ARIF = 'https://www.instagram.com/arif.shoots/';
/** The brief's private words: its name, a keyword the profile does not have, and the follower range. */
const BRIEF = { name: 'Nordic Launch Q3', keyword: 'zqxjvkeyword', min: '12345', max: '67890' };

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.servePage(LENA, 'instagram/built/rendered-profile.html');
});
test.afterEach(async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
});

async function saveBrief(): Promise<void> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel.getByTestId('tab-briefs').click();
  await panel.getByTestId('brief-name').fill(BRIEF.name);
  await panel.getByTestId('brief-keywords').fill(`travel, ${BRIEF.keyword}`);
  await panel.getByTestId('brief-min').fill(BRIEF.min);
  await panel.getByTestId('brief-max').fill(BRIEF.max);
  await panel.getByTestId('brief-save').click();
  await expect(panel.getByTestId('brief-status')).toContainText('now in use');
  await panel.close();
}

/** Everything a page's script can read of the card: text, markup, attributes, shadow roots, styles and size, frames. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('vetlens-overlay') as HTMLElement;
    const texts: string[] = [document.documentElement.outerHTML, document.documentElement.textContent ?? ''];
    // Open shadow roots anywhere in the page, read as a page script can.
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) texts.push(element.shadowRoot.innerHTML);
    const style = getComputedStyle(host);
    const box = host.getBoundingClientRect();
    const frames: string[] = [];
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frames.push(window.frames[i]!.document.documentElement.outerHTML);
      } catch {
        frames.push('(refused)');
      }
    }
    const resources = performance.getEntries().map((entry) => entry.name);
    return {
      text: [...texts, ...frames, ...resources].join('\n'),
      shadowRoot: host.shadowRoot === null ? null : 'open',
      attributes: [...host.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      size: `${box.width}x${box.height} ${style.width} ${style.height}`,
    };
  });
}

test('the page reads nothing of the brief, the shortlist or the card; the card looks the same size with or without them', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  const withoutBrief = await whatThePageSees(page);

  await saveBrief();
  await page.reload();
  const card = await waitForReadyOverlay(page);
  // Control: the marketer's card, in its own frame, shows the brief and what it did not find.
  await expect(card.getByTestId('vetlens-brief')).toContainText(BRIEF.name);
  await expect(card).toContainText(`Not found: ${BRIEF.keyword}`);
  await shortlistThisPage(page);

  const seen = await whatThePageSees(page);
  expect(seen.shadowRoot).toBeNull();
  for (const secret of [BRIEF.name, BRIEF.keyword, 'Not found', '12,345', '67,890', 'aria-pressed', 'Shortlisted', 'shortlist', 'Overall', 'Brand fit']) {
    expect(seen.text, secret).not.toContain(secret);
  }
  expect(seen.attributes).toBe(withoutBrief.attributes);
  expect(seen.size).toBe(withoutBrief.size);
  expect(seen.size).toMatch(/^420x480 /);
});

test('only the person drives the card: Enter after the page moved focus into it does nothing; Tab then Enter does', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  const card = await waitForReadyOverlay(page);
  const toggle = card.getByTestId('vetlens-shortlist');
  // The person used the button once (on and off), so it is the frame's last focused element.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // The page's own search field: as the person types in it, the page tries to move focus into the
  // card (the card's button through its shadow root, or the card's frame); it notes the keys it gets.
  await page.evaluate(() => {
    const keys: string[] = [];
    (window as unknown as { __keys: string[] }).__keys = keys;
    const field = Object.assign(document.createElement('input'), { id: 'page-search' });
    field.style.cssText = 'position:fixed;top:4px;left:4px;z-index:2147483647';
    document.body.append(field);
    field.addEventListener('keydown', (event) => {
      keys.push(event.key);
      if (event.key !== 'a') return;
      const host = document.querySelector('vetlens-overlay');
      host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="vetlens-shortlist"]')?.focus();
      for (let i = 0; i < window.frames.length; i++) window.frames[i]!.focus();
    });
  });
  await page.click('#page-search');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  // The page could not move the focus: the person's Enter reached the page's field, not the card.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual(['a', 'Enter']);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // And focus that arrives on the button without the person moving it there (here the test's own
  // DevTools focus(), standing in for any way a page might find) does not let Enter act either.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('vetlens-refused')).toContainText('the keyboard focus came into the card from the page');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // Control: the person clicks into the card and moves to the button with Tab; then Enter acts.
  await card.getByText('Vetlens', { exact: true }).click();
  await tabTo(page, 'vetlens-shortlist');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

/** What the card says when the browser reads it as faded or covered at the press (the guard's own check). */
const COVERED_REFUSAL = 'Nothing was done: the page was covering or fading the card there. Scroll the card fully into view and try again.';

/** Where the card's shortlist button is on the screen, for the person's real mouse. */
async function shortlistPoint(page: Page): Promise<{ x: number; y: number }> {
  const button = (await overlay(page)).getByTestId('vetlens-shortlist');
  // The card scrolls inside its frame: bring the button into sight first, as the person would.
  await button.scrollIntoViewIfNeeded();
  const box = (await button.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("a faded card, or one under the page's own button, takes no real click; in plain sight it does", async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  const card = await waitForReadyOverlay(page);
  const toggle = card.getByTestId('vetlens-shortlist');
  const at = await shortlistPoint(page);
  // The guard's own reading of the card has settled: the browser sees the card as the person does.
  await expectCardSight(page, 'visible');

  // The page fades the card almost to nothing (its parent's opacity) and puts its own button there.
  await page.evaluate(({ x, y }) => {
    const host = document.querySelector('vetlens-overlay')!;
    (host.parentElement as HTMLElement).style.opacity = '0.02';
    const lure = Object.assign(document.createElement('div'), { id: 'lure', textContent: 'Claim your prize' });
    lure.style.cssText = `position:fixed;left:${x - 60}px;top:${y - 15}px;width:120px;height:30px;z-index:-1`;
    document.body.append(lure);
  }, at);
  await expectCardSight(page, 'hidden');
  await page.mouse.click(at.x, at.y);
  await expectPressesDecided(page, 1);
  await expect(card.getByTestId('vetlens-refused')).toHaveText(COVERED_REFUSAL);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // The page shows the card again, then covers it with its own element that lets clicks through (pointer-events: none).
  await page.evaluate(() => ((document.querySelector('vetlens-overlay')!.parentElement as HTMLElement).style.opacity = ''));
  await expectCardSight(page, 'visible');
  await page.evaluate(({ x, y }) => {
    const cover = Object.assign(document.createElement('div'), { id: 'cover', textContent: 'Continue' });
    cover.style.cssText = `position:fixed;left:${x - 100}px;top:${y - 20}px;width:200px;height:40px;background:#fff;pointer-events:none;z-index:2147483647`;
    document.body.append(cover);
  }, at);
  await expectCardSight(page, 'hidden');
  await page.mouse.click(at.x, at.y);
  await expectPressesDecided(page, 2);
  await expect(card.getByTestId('vetlens-refused')).toHaveText(COVERED_REFUSAL);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // Control: nothing over the card, and the same real click shortlists.
  await page.evaluate(() => document.getElementById('cover')!.remove());
  await expectCardSight(page, 'visible');
  await page.mouse.click(at.x, at.y);
  await expectPressesDecided(page, 3);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByTestId('vetlens-refused')).toHaveCount(0);
});

test("replaying the framework's content-script handshake neither stops Vetlens nor tells the page it is there", async () => {
  const id = session.extensionId;
  const page = await session.context.newPage();
  // From its first script, the page listens for every way WXT's content scripts announce themselves
  // (a window message, a CustomEvent and a location event named after the extension's id).
  await page.addInitScript((extensionId) => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    window.addEventListener('message', (event) => heard.push(`message ${JSON.stringify(event.data)}`));
    for (const name of ['content-script-started', 'locationchange'])
      for (const script of ['instagram', 'tiktok', 'youtube', 'observer'])
        for (const target of [window, document])
          target.addEventListener(`${extensionId}:${script}:wxt:${name}`, (event) =>
            heard.push(`${script} ${name} ${JSON.stringify((event as CustomEvent).detail)}`),
          );
  }, id);
  await page.goto(LENA);
  await waitForReadyOverlay(page);
  // The page replays the handshake as a newer copy of the content script would send it.
  await page.evaluate((extensionId) => {
    const type = `${extensionId}:instagram:wxt:content-script-started`;
    window.postMessage({ type, contentScriptName: 'instagram', messageId: 'page' }, '*');
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'instagram', messageId: 'page' } }));
  }, id);
  // Vetlens keeps reading: an in-page navigation shows the next creator on the card.
  await navigateInPage(page, ARIF, bodyOf('instagram/built/rendered-profile-b.html'));
  const card = await overlay(page);
  await expect(card.getByTestId('vetlens-handle')).toHaveText('@arif.shoots');
  await expect(card).toHaveAttribute('data-status', 'ready');
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  // Only the page's own replay, nothing from Vetlens.
  expect(heard.filter((entry) => !entry.includes('"messageId":"page"'))).toEqual([]);
});

/** The tab's id, as the card's frame knows it. */
async function tabIdOf(page: Page): Promise<number> {
  return (await cardFrame(page)).evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
}

/** The toolbar button's badge and title for a tab, as the browser's own UI shows them. */
async function toolbar(tabId: number): Promise<{ text: string; title: string }> {
  const worker: Worker = session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`))!;
  return worker.evaluate(
    async (tab) => ({ text: await chrome.action.getBadgeText({ tabId: tab }), title: await chrome.action.getTitle({ tabId: tab }) }),
    tabId,
  );
}

test('the toolbar shows the creator and the overall score; a card the page hides, covers or removes is put back or reported on the badge', async () => {
  const page = await session.context.newPage();
  await page.goto(LENA);
  const card = await waitForReadyOverlay(page);
  const overall = (await card.getByTestId('vetlens-score-overall').getAttribute('data-score'))!;
  const tabId = await tabIdOf(page);
  // Engagement 58 and authenticity 100, half each without a brief.
  expect(overall).toBe('79');
  // Control: the badge and the title say what the card says.
  await expect.poll(() => toolbar(tabId)).toEqual({ text: overall, title: `Vetlens: @lena.travels · overall score ${overall}` });

  // display: none on the card's host itself: the host's own !important styles keep it shown.
  await page.evaluate(() => document.querySelector<HTMLElement>('vetlens-overlay')!.style.setProperty('display', 'none', 'important'));
  // Hidden through its parent: the badge says so, and the popup.
  await page.evaluate(() => ((document.querySelector('vetlens-overlay')!.parentElement as HTMLElement).style.display = 'none'));
  await expect.poll(async () => (await toolbar(tabId)).text).toBe('!');
  await page.evaluate(() => ((document.querySelector('vetlens-overlay')!.parentElement as HTMLElement).style.display = ''));
  await expect.poll(async () => (await toolbar(tabId)).text).toBe(overall);

  // Covered by the page's own element: reported while it lasts.
  await page.evaluate(() => {
    const box = document.querySelector('vetlens-overlay')!.getBoundingClientRect();
    const cover = Object.assign(document.createElement('div'), { id: 'fake-card', textContent: 'Vetlens · overall 99' });
    cover.style.cssText = `position:absolute;left:${box.left + scrollX}px;top:${box.top + scrollY}px;width:${box.width}px;height:${box.height}px;background:#fff;z-index:2147483647`;
    document.body.append(cover);
  });
  await expect.poll(async () => (await toolbar(tabId)).text).toBe('!');
  expect((await toolbar(tabId)).title).toContain('hiding or covering the Vetlens card');
  await page.evaluate(() => document.getElementById('fake-card')!.remove());
  await expect.poll(async () => (await toolbar(tabId)).text).toBe(overall);

  // Removed: put back, and it shows the creator again.
  await page.evaluate(() => document.querySelector('vetlens-overlay')!.remove());
  await expect(page.locator('vetlens-overlay')).toHaveCount(1);
  await expect((await waitForReadyOverlay(page)).getByTestId('vetlens-handle')).toHaveText('@lena.travels');
  // Removed each time it comes back: after a few times Vetlens stops and the badge says so.
  await page.evaluate(() => {
    new MutationObserver(() => document.querySelectorAll('vetlens-overlay').forEach((host) => host.remove())).observe(document.documentElement, {
      childList: true,
      subtree: true,
    });
    document.querySelector('vetlens-overlay')?.remove();
  });
  await expect.poll(async () => (await toolbar(tabId)).text, { timeout: 15_000 }).toBe('!');
});

declare const chrome: {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
};
