import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumMissingMessage, chromiumPath, hasChromium } from './chromium.mjs';

/**
 * `npm run icons`: renders docs/store/icon.svg, the one source of Vetlens's icon, into the PNGs the
 * browsers and stores want (public/icon/<size>.png, found by WXT for the manifest). The PNGs are
 * committed, so a build needs no rendering; run this after changing the SVG.
 *
 * 16, 32 and 48 px fill their square (toolbar, menus, the extensions page). The 128 px icon keeps
 * the Chrome Web Store's layout: the artwork at 96 × 96 with 16 px of transparent margin.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = join(ROOT, 'docs', 'store', 'icon.svg');
const OUT = join(ROOT, 'public', 'icon');
const SIZES: readonly { size: number; art: number }[] = [
  { size: 16, art: 16 },
  { size: 32, art: 32 },
  { size: 48, art: 48 },
  { size: 128, art: 96 },
];

async function main(): Promise<void> {
  if (!hasChromium()) {
    console.error(chromiumMissingMessage());
    process.exit(1);
  }
  const svg = `data:image/svg+xml;base64,${readFileSync(SOURCE).toString('base64')}`;
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { size, art } of SIZES) {
      const margin = (size - art) / 2;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!DOCTYPE html><html><body style="margin:0;background:transparent"><img src="${svg}" width="${art}" height="${art}" style="display:block;margin:${margin}px"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = join(OUT, `${size}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
      console.log(`${file} (${size} px)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`icons: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
