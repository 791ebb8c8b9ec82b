import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumMissingMessage, hasChromium } from './chromium.mjs';
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_BRIEF, DEMO_PAGES } from './demo-pages';
import { cardFrame, launchExtension, waitForReadyOverlay, type ExtensionSession } from './launch';

/**
 * Opens the built extension in Chromium on saved creator pages, routed at their real addresses
 * (no network). With a display, a window stays open to use; without one, it runs headless, saves
 * a screenshot per page under demo/, prints each page's scores, and makes the stores' screenshots
 * under demo/store/<language>/ (see docs/store/README.md).
 */

/** The stores' screenshot size: the Chrome Web Store takes 1280 × 800 (or 640 × 400), and so does AMO. */
const STORE = { width: 1280, height: 800 } as const;
const STORE_LANGUAGES = ['en', 'az'] as const;
async function main(): Promise<void> {
  if (!hasChromium()) {
    console.error(chromiumMissingMessage());
    process.exit(1);
  }
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
  const session = await launchExtension({ headless: !headed, viewport: STORE });
  for (const page of DEMO_PAGES) session.servePage(page.url, page.file);
  await activateDemoBrief(session.context, session.extensionId);

  if (headed) {
    for (const demo of DEMO_PAGES) {
      const page = await session.context.newPage();
      await page.goto(demo.url);
    }
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    console.log(`Vetlens demo: ${DEMO_PAGES.length} creator pages are open, plus the popup. Close the window to end.`);
    await new Promise<void>((done) => session.context.on('close', () => done()));
    return;
  }

  const outDir = resolve('demo');
  mkdirSync(outDir, { recursive: true });
  const page = await session.context.newPage();
  for (const [index, demo] of DEMO_PAGES.entries()) {
    await page.goto(demo.url);
    // The card is the extension's own page in a frame on the site's page.
    const frame = await cardFrame(page, 15_000);
    const card = frame.getByTestId('vetlens-overlay');
    await card.and(frame.locator('[data-status="ready"], [data-status="unreadable"]')).waitFor({ timeout: 15_000 });
    const scores: Record<string, string> = {};
    for (const id of ['overall', 'engagement', 'authenticity', 'brand-fit']) {
      const chip = card.getByTestId(`vetlens-score-${id}`);
      const measure = id === 'engagement' && (await chip.count()) ? await chip.getAttribute('data-measure') : null;
      scores[id] = (await chip.count())
        ? `${(await chip.getAttribute('data-score')) || '—'} (${await chip.getAttribute('data-confidence')}${measure === 'reach' ? ', reach' : ''})`
        : '—';
    }
    const followers = (await card.getByTestId('vetlens-followers').count()) ? await card.getByTestId('vetlens-followers').innerText() : '—';
    const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${demo.url.replace(/^https:\/\/www\.|\/$/g, '').replace(/[^\w.@-]+/g, '_')}.png`);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: file });
    console.log(
      `${demo.label}\n  followers ${followers} · overall ${scores.overall} · engagement ${scores.engagement} · authenticity ${scores.authenticity} · brand fit ${scores['brand-fit']}\n  screenshot: ${file}`,
    );
  }
  await session.close();

  for (const lang of STORE_LANGUAGES) {
    const store = await launchExtension({ lang, viewport: STORE });
    try {
      for (const page of DEMO_PAGES) store.servePage(page.url, page.file);
      await activateDemoBrief(store.context, store.extensionId);
      for (const file of await storeScreenshots(store, resolve(outDir, 'store', lang))) console.log(`store screenshot (${lang}): ${file}`);
    } finally {
      await store.close();
    }
  }
}

/** The saved pages that look like the sites (the real captures show without the sites' styles). */
const STORE_CREATORS = [
  'https://www.instagram.com/lena.travels/',
  'https://www.tiktok.com/@vetlens_alpha',
  'https://www.youtube.com/@VetlensAlpha',
  'https://www.instagram.com/arif.shoots/',
];

/** Lays PNG screenshots out on one store-sized image, as the browser would show them together. */
async function compose(
  session: ExtensionSession,
  file: string,
  layers: { png: Buffer; x: number; y: number; width: number; framed?: boolean }[],
): Promise<void> {
  const page = await session.context.newPage();
  const images = layers
    .map(({ png, x, y, width, framed }) => {
      const frame = framed ? 'border:1px solid #c8ccd1;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28);' : '';
      return `<img src="data:image/png;base64,${png.toString('base64')}" style="position:absolute;left:${x}px;top:${y}px;width:${width}px;${frame}">`;
    })
    .join('');
  await page.setContent(
    `<!DOCTYPE html><html><body style="margin:0;width:${STORE.width}px;height:${STORE.height}px;overflow:hidden;position:relative;background:#fff">${images}</body></html>`,
  );
  await page.evaluate(`Promise.all([...document.images].map((img) => img.decode()))`);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, ...STORE } });
  await page.close();
}

/**
 * The stores' screenshots at 1280 × 800: the card, the card's reasons, the popup over a creator's
 * page, and the side panel beside it, in the session's interface language.
 */
async function storeScreenshots(session: ExtensionSession, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const page = await session.context.newPage();
  for (const url of [...STORE_CREATORS].reverse()) {
    await page.goto(url);
    const card = await waitForReadyOverlay(page);
    if ((await card.getByTestId('vetlens-shortlist').getAttribute('aria-pressed')) !== 'true') await card.getByTestId('vetlens-shortlist').click();
  }
  const [first] = STORE_CREATORS;
  await page.goto(first!);
  const card = await waitForReadyOverlay(page);
  await page.evaluate('window.scrollTo(0, 0)');
  files.push(resolve(dir, '1-card.png'));
  await page.screenshot({ path: files.at(-1)! });

  await card.locator('summary').first().click();
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate('window.scrollBy(0, -12)');
  files.push(resolve(dir, '2-card-reasons.png'));
  await page.screenshot({ path: files.at(-1)! });
  await card.locator('summary').first().click();
  await page.evaluate('window.scrollTo(0, 0)');
  const pageShot = await page.screenshot();

  files.push(resolve(dir, '3-popup.png'));
  const popup = await popupOver(session, first!);
  await compose(session, files.at(-1)!, [
    { png: pageShot, x: 0, y: 0, width: STORE.width },
    { png: popup, x: STORE.width - 380 - 24, y: 8, width: 380, framed: true },
  ]);

  files.push(resolve(dir, '4-side-panel.png'));
  const panelWidth = 420;
  await page.setViewportSize({ width: STORE.width - panelWidth, height: STORE.height });
  await waitForReadyOverlay(page);
  const narrow = await page.screenshot();
  await page.setViewportSize(STORE);
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: panelWidth, height: STORE.height });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel
    .getByTestId('shortlist-row')
    .nth(STORE_CREATORS.length - 1)
    .waitFor();
  const panelShot = await panel.screenshot();
  await panel.close();
  await compose(session, files.at(-1)!, [
    { png: narrow, x: 0, y: 0, width: STORE.width - panelWidth },
    { png: panelShot, x: STORE.width - panelWidth, y: 0, width: panelWidth },
  ]);
  await page.close();
  return files;
}

/**
 * The popup as it opens over a creator's tab. Opened as a page of its own it would be the active
 * tab itself, so its question "which tab is active?" is answered with the creator's tab.
 */
async function popupOver(session: ExtensionSession, creatorUrl: string): Promise<Buffer> {
  const popup: Page = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.addInitScript(`{
    const query = chrome.tabs.query.bind(chrome.tabs);
    chrome.tabs.query = (info, ...rest) => (info && info.active ? query({ url: ${JSON.stringify(creatorUrl)} }, ...rest) : query(info, ...rest));
  }`);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByTestId('popup-current').waitFor();
  await popup.getByTestId('shortlist-row').first().waitFor();
  const shot = await popup.screenshot({ fullPage: true });
  await popup.close();
  return shot;
}

/**
 * A sample brand brief, made active, so the demo shows brand fit too. It is written into the
 * extension's own store from one of its pages, as the side panel's Briefs tab would.
 */
async function activateDemoBrief(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByTestId('shortlist-empty').waitFor();
  await page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('vetlens'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['briefs', 'settings'], 'readwrite');
      tx.objectStore('briefs').put({ id: 'demo-brief', updatedAt: new Date().toISOString(), brief: ${JSON.stringify(DEMO_BRIEF)} });
      tx.objectStore('settings').put({ key: 'activeBriefId', value: 'demo-brief' });
      tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
    });
    db.close();
  })()`);
  await page.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
