import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumMissingMessage, hasChromium } from './chromium.mjs';
import type { BrowserContext } from '@playwright/test';
import { DEMO_BRIEF, DEMO_PAGES } from './demo-pages';
import { launchExtension, overlay } from './launch';

/**
 * Opens the built extension in Chromium on saved creator pages, routed at their real addresses
 * (no network). With a display, a window stays open to use; without one, it runs headless, saves
 * a screenshot per page under demo/ and prints each page's scores.
 */
async function main(): Promise<void> {
  if (!hasChromium()) {
    console.error(chromiumMissingMessage());
    process.exit(1);
  }
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
  const session = await launchExtension({ headless: !headed });
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
    const card = overlay(page);
    await card.and(page.locator('[data-status="ready"], [data-status="unreadable"]')).waitFor({ timeout: 15_000 });
    const scores: Record<string, string> = {};
    for (const id of ['overall', 'engagement', 'authenticity', 'brand-fit']) {
      const chip = card.getByTestId(`vetlens-score-${id}`);
      const measure = id === 'engagement' && (await chip.count()) ? await chip.getAttribute('data-measure') : null;
      scores[id] = (await chip.count()) ? `${(await chip.getAttribute('data-score')) || '—'} (${await chip.getAttribute('data-confidence')}${measure === 'reach' ? ', reach' : ''})` : '—';
    }
    const followers = (await card.getByTestId('vetlens-followers').count()) ? await card.getByTestId('vetlens-followers').innerText() : '—';
    const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${demo.url.replace(/^https:\/\/www\.|\/$/g, '').replace(/[^\w.@-]+/g, '_')}.png`);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: file });
    console.log(`${demo.label}\n  followers ${followers} · overall ${scores.overall} · engagement ${scores.engagement} · authenticity ${scores.authenticity} · brand fit ${scores['brand-fit']}\n  screenshot: ${file}`);
  }
  await session.close();
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
