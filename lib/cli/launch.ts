import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Request } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = resolve(HERE, '..', '..', '.output', 'chrome-mv3');
export const FIXTURES = resolve(HERE, '..', '..', 'tests', 'fixtures');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request any page, frame or worker of this browser made. */
  requests: Request[];
  /** Serves `file` (under tests/fixtures) for that exact https URL; everything else on the site is a 404. */
  servePage(url: string, file: string, headers?: Record<string, string>): void;
  /** Serves the given HTML for that exact https URL. */
  serveHtml(url: string, html: string, headers?: Record<string, string>): void;
  /** Forgets every served page and every request seen so far (a browser handed to the next test). */
  forgetPagesAndRequests(): void;
  /** Requests that were neither a served page nor the extension's own files. */
  foreignRequests(): string[];
  /** Stops the extension's service worker, as the browser does when it idles it (or at any moment). */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Shared by the end-to-end tests, the demo and the benchmark.
 * Launches Debian's Chromium with the built extension and no network: every site request is routed. */
export async function launchExtension(
  options: {
    userDataDir?: string;
    headless?: boolean;
    extensionDir?: string;
    withExtension?: boolean;
    lang?: string;
    viewport?: { width: number; height: number };
    /** false: the pages load no images (the end-to-end tests' shared browsers). */
    images?: boolean;
    /** true: fewer processes for the same pages (the end-to-end tests' shared browsers; see below). */
    fewerProcesses?: boolean;
  } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const withExtension = options.withExtension ?? true;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vetlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.headless === false ? null : (options.viewport ?? { width: 1280, height: 900 }),
    acceptDownloads: true,
    // Chromium on Linux takes its interface language from the environment as well as --lang.
    env: { ...process.env, LANGUAGE: options.lang ?? 'en-US', LANG: `${(options.lang ?? 'en-US').replace('-', '_')}.UTF-8` },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The tests' saved pages are served without their images (no image host is ever reached), yet
      // Chromium still asks for each one through the route: 147 s against 129 s for the end-to-end
      // tier on 2026-12-08. No reader or card uses an image's pixels.
      ...(options.images === false ? ['--blink-settings=imagesEnabled=false'] : []),
      // Starting a renderer process costs more CPU than most of the tests' small pages do in it: the
      // end-to-end tier started 325-349 of them (2026-12-08). Past two, pages of a site already
      // running share its process. Site isolation is unchanged: two sites never share a process, and
      // the extension's pages and card frames keep a process of their own. The GPU process (headless,
      // no GPU: compositing in software) runs as a thread of the browser process instead.
      ...(options.fewerProcesses
        ? ['--renderer-process-limit=2', '--in-process-gpu', `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...NO_OMNIBOX_POPUP].join(',')}`]
        : []),
      `--lang=${options.lang ?? 'en-US'}`,
    ],
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const pages = new Map<string, { body: () => Buffer | string; headers?: Record<string, string> }>();
  // Nothing reaches the network: served pages are fulfilled from tests/fixtures, the rest of the
  // three sites is a 404, and any other address is aborted.
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const page = pages.get(url.split('#')[0]!);
    if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.body(), headers: page.headers });
    if (/^https:\/\/www\.(instagram|tiktok|youtube)\.com\//.test(url)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not routed' });
    return route.abort('blockedbyclient');
  });
  let extensionId = '';
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    requests,
    servePage(url, file, headers) {
      pages.set(url, { body: () => readFileSync(join(FIXTURES, file)), headers });
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => versions.push(...event.versions));
      await cdp.send('ServiceWorker.enable');
      for (let i = 0; i < 50 && !versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)); i++)
        await new Promise((r) => setTimeout(r, 20));
      for (const version of versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus !== 'stopped')) {
        await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
      }
      await cdp.detach();
    },
    serveHtml(url, html, headers) {
      pages.set(url, { body: () => html, headers });
    },
    forgetPagesAndRequests() {
      pages.clear();
      requests.length = 0;
    },
    foreignRequests() {
      // The content scripts' readers and card load from dynamic chrome-extension:// URLs: the extension's own files, not network.
      return requests.map((r) => r.url()).filter((url) => !/^(chrome-extension|data|blob):/.test(url) && !pages.has(url.split('#')[0]!));
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The features Playwright 1.65 switches off (its `--disable-features`): a second `--disable-features`
 * replaces the first, so ours repeats them. Update this list with Playwright.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium 156 draws its address bar's two suggestion pop-ups (chrome://omnibox-popup.top-chrome/)
 * in a renderer of their own at every launch, though no test has an address bar: without them a
 * launch and six tests cost 5.1-5.7 s of CPU against 6.2-6.3 s (2026-12-08, load 8-10).
 */
const NO_OMNIBOX_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** The card's own page, framed on a site's page: chrome-extension://<id or Chrome's dynamic id>/card.html. */
const CARD_FRAME_URL = /^chrome-extension:\/\/[^/]+\/card\.html$/;

/**
 * The card's frame on `page`, as the marketer's browser has it: the extension's own frame, found in
 * the browser's list of frames (the page itself cannot reach it: it sits in a closed shadow root and
 * is of another origin). Waits until the frame is there; a frame the page's script took out (and
 * Vetlens put back, so it loaded again) is replaced by the new one.
 */
export async function cardFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => !f.isDetached() && f.parentFrame() === page.mainFrame() && CARD_FRAME_URL.test(f.url()));
    if (frame) return frame;
    if (Date.now() > until) throw new Error('the Vetlens card frame did not appear');
    // A frame is listed at once but gets its address when it navigates: look again shortly.
    await page.waitForEvent('framenavigated', { timeout: 50 }).catch(() => undefined);
  }
}

/** The card (its root element) inside its frame. */
export async function overlay(page: Page): Promise<Locator> {
  return (await cardFrame(page)).getByTestId('vetlens-overlay');
}

/** The text the card shows the person, read from inside its frame. */
export async function cardText(page: Page): Promise<string> {
  return (await overlay(page)).innerText();
}

/** Waits until the card shows scored numbers (not loading); returns the card inside its frame. */
export async function waitForReadyOverlay(page: Page): Promise<Locator> {
  for (let attempt = 0; ; attempt++) {
    const frame = await cardFrame(page);
    const card = frame.getByTestId('vetlens-overlay');
    try {
      await card.and(frame.locator('[data-status="ready"]')).waitFor({ timeout: 10_000 });
      return card;
    } catch (error) {
      // The frame was replaced while waiting (the card put back after the page removed it): look again.
      if (attempt < 3 && (frame.isDetached() || /detached/i.test(String(error)))) continue;
      throw error;
    }
  }
}
