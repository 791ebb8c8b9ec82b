import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumMissingMessage, hasChromium } from './chromium.mjs';
import { DEMO_PAGES } from './demo-pages';
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
      scores[id] = (await chip.count()) ? `${(await chip.getAttribute('data-score')) || '—'} (${await chip.getAttribute('data-confidence')})` : '—';
    }
    const followers = (await card.getByTestId('vetlens-followers').count()) ? await card.getByTestId('vetlens-followers').innerText() : '—';
    const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${demo.url.replace(/^https:\/\/www\.|\/$/g, '').replace(/[^\w.@-]+/g, '_')}.png`);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: file });
    console.log(`${demo.label}\n  followers ${followers} · overall ${scores.overall} · engagement ${scores.engagement} · authenticity ${scores.authenticity} · brand fit ${scores['brand-fit']}\n  screenshot: ${file}`);
  }
  await session.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
