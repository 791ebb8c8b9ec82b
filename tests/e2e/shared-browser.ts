import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchExtension, type ExtensionSession } from '../../lib/cli/launch';

/**
 * One Chromium per worker (and per interface language and viewport), handed from test to test with
 * the state of a fresh profile. Launching and closing a browser costs more CPU than most tests do
 * with it (about a dozen processes start, and the profile is written): on a 2-core machine that
 * was a third of the tier. Between tests everything the extension keeps is wiped, so no test sees
 * another's creators, briefs or flood budgets:
 *  - every tab and extension page is closed (their documents, card frames and open databases go)
 *    but one, the keeper: the extension's manifest, which runs none of its code and keeps the
 *    extension's renderer process up from test to test;
 *  - `chrome.storage` (local and session: the card's collapse, the worker's rates, the side panel's
 *    requests) is cleared (the extension sets no alarms), after the service worker is stopped, so its memory starts
 *    again (it is started again at the end, running as in a freshly launched browser);
 *  - the extension's IndexedDB (and every site's cookies and storage) is deleted through the
 *    DevTools protocol, which closes any connection still open;
 *  - the routed pages and the list of requests start empty (so the no-network check is per test).
 * Each reset is then checked (no database, nothing in storage); a browser that fails a reset is
 * closed and the next test gets a new one. A test that needs a browser of its own (a second, fresh
 * profile beside the first) still calls `launchExtension`.
 */
export type SharedSessionOptions = { lang?: string; viewport?: { width: number; height: number } };

const idle = new Map<string, ExtensionSession>();
const launched = new Set<ExtensionSession>();

/** A browser with the extension in the state of a fresh profile; `close()` hands it back for the next test. */
export async function sharedSession(options: SharedSessionOptions = {}): Promise<ExtensionSession> {
  const key = JSON.stringify(options);
  const waiting = idle.get(key);
  idle.delete(key);
  const session = waiting ?? (await launchExtension({ ...options, images: false, fewerProcesses: true }));
  launched.add(session);
  let handedBack = false;
  return {
    ...session,
    close: async () => {
      if (handedBack) return;
      handedBack = true;
      const reset = await resetToFreshProfile(session).then(
        () => true,
        (error: unknown) => (console.log('reset failed', error), false),
      );
      if (reset && !idle.has(key)) idle.set(key, session);
      else await closeForGood(session);
    },
  };
}

async function closeForGood(session: ExtensionSession): Promise<void> {
  launched.delete(session);
  for (const [key, waiting] of idle) if (waiting === session) idle.delete(key);
  await session.close();
}

/** Playwright's `test`, closing this worker's shared browsers when the worker ends. */
export const test = base.extend<object, { sharedBrowsers: void }>({
  sharedBrowsers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's fixtures take their dependencies as a destructured object; this one has none.
    async ({}, use) => {
      await use();
      await Promise.all([...launched].map((session) => closeForGood(session)));
    },
    { scope: 'worker', auto: true },
  ],
});

const SITE_ORIGINS = ['https://www.instagram.com', 'https://www.tiktok.com', 'https://www.youtube.com'];

/**
 * The tab each shared browser keeps between tests, on the extension's manifest: a document of the
 * extension's origin (for `chrome.storage` and `indexedDB.databases()`) that runs none of its code.
 * It stays open, so the extension's renderer process stays up across resets instead of being torn
 * down with the last extension document and started again for the next (the worker's memory still
 * starts again: it is stopped and started below).
 */
const keepers = new WeakMap<ExtensionSession, Page>();

async function keeperOf(session: ExtensionSession, extensionOrigin: string): Promise<Page> {
  const kept = keepers.get(session);
  if (kept && !kept.isClosed()) return kept;
  const keeper = await session.context.newPage();
  await keeper.goto(`${extensionOrigin}/manifest.json`);
  keepers.set(session, keeper);
  return keeper;
}

async function resetToFreshProfile(session: ExtensionSession): Promise<void> {
  const { context, extensionId } = session;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  // The keeper stays; every other page goes.
  const keeper = await keeperOf(session, extensionOrigin);
  await Promise.all(context.pages().flatMap((page) => (page === keeper ? [] : [page.close()])));
  session.forgetPagesAndRequests();
  // A write the worker had in flight when the pages closed can land after a clear: then all again.
  for (let attempt = 1; ; attempt++) {
    // The worker first, so nothing writes while the stores are cleared.
    await stopWorker(context, keeper, extensionOrigin);
    if (keeper.url() !== `${extensionOrigin}/manifest.json`) await keeper.goto(`${extensionOrigin}/manifest.json`);
    await keeper.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]));
    const cdp = await context.newCDPSession(keeper);
    try {
      // `all` would unregister the extension's service worker too; these are the stores a profile keeps.
      const storageTypes = 'cookies,indexeddb,local_storage,cache_storage,file_systems';
      for (const origin of [extensionOrigin, ...SITE_ORIGINS]) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes });
    } finally {
      await cdp.detach();
    }
    await context.clearCookies();
    const left = await leftInProfile(keeper);
    if (left.length === 0) break;
    if (attempt === 3) throw new Error(`the reset left ${left.join(', ')}`);
  }
  // A fresh profile starts with the worker running (it starts when the extension is installed):
  // the next test's first page should not wait for a cold start.
  await startWorker(context, keeper, extensionOrigin);
}

/** Stops the extension's service worker and waits until the browser says it has stopped. */
async function stopWorker(context: BrowserContext, page: Page, extensionOrigin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const versions = new Map<string, string>();
    let changed: () => void = () => undefined;
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
      for (const v of event.versions) if (v.scriptURL.startsWith(`${extensionOrigin}/`)) versions.set(v.versionId, v.runningStatus);
      changed();
    });
    const settled = (test: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the service worker did not report its state')), 10_000);
        changed = () => {
          if (!test()) return;
          clearTimeout(timer);
          resolve();
        };
        changed();
      });
    await cdp.send('ServiceWorker.enable');
    await settled(() => versions.size > 0);
    for (const [versionId, status] of versions) if (status !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId });
    await settled(() => [...versions.values()].every((status) => status === 'stopped'));
  } finally {
    await cdp.detach();
  }
}

/** Starts the extension's service worker and waits until the browser says it runs. */
async function startWorker(context: BrowserContext, page: Page, extensionOrigin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const running = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service worker did not start')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
        if (!event.versions.some((v) => v.scriptURL.startsWith(`${extensionOrigin}/`) && v.runningStatus === 'running')) return;
        clearTimeout(timer);
        resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `${extensionOrigin}/` });
    await running;
  } finally {
    await cdp.detach();
  }
}

/** What the extension still keeps: its databases and `chrome.storage` keys (none in a fresh profile). */
function leftInProfile(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    const stored = [...Object.keys(await chrome.storage.local.get(null)), ...Object.keys(await chrome.storage.session.get(null))];
    return [...databases, ...stored];
  });
}

declare const chrome: {
  storage: Record<'local' | 'session', { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>> }>;
};
