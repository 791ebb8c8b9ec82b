import { chromium, type BrowserContext, type Page, type Request } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../lib/cli/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = resolve(HERE, '..', '..', '.output', 'chrome-mv3');
export const FIXTURES = resolve(HERE, '..', 'fixtures');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request any page, frame or worker of this browser made. */
  requests: Request[];
  /** Serves `file` (under tests/fixtures) for that exact https URL; everything else on the site is a 404. */
  servePage(url: string, file: string): void;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension and no network: every site request is routed. */
export async function launchExtension(options: { userDataDir?: string } = {}): Promise<ExtensionSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vetlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-US',
    ],
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const pages = new Map<string, string>();
  for (const host of ['www.instagram.com', 'www.tiktok.com', 'www.youtube.com']) {
    await context.route(`https://${host}/**`, (route) => {
      const url = route.request().url();
      const file = pages.get(url.split('#')[0]!);
      if (file) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, file)) });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not routed in this test' });
    });
  }
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    servePage(url, file) {
      pages.set(url, file);
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function overlay(page: Page) {
  return page.getByTestId('vetlens-overlay');
}

/** Waits until the overlay shows scored numbers (not loading). */
export async function waitForReadyOverlay(page: Page) {
  const card = overlay(page);
  await card.and(page.locator('[data-status="ready"]')).waitFor();
  return card;
}
