import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { chromiumMissingMessage, hasChromium } from './chromium.mjs';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, FIXTURES, cardFrame, launchExtension, type ExtensionSession } from './launch';
import { openSavedPage } from './saved-page';
import { extractInstagramProfile } from '../platforms/instagram';
import { scoreSnapshot } from '../scoring';
import { PLATFORMS } from '../snapshot';
import { csvExport10kMs, migration10kMs } from './bench-store';
import { migration10kChromiumMs } from './bench-migration-chromium';
import { teamLoad20x200Ms } from './bench-team';

/**
 * `npm run bench`: measures Vetlens in real Chromium with the built extension, writes
 * bench-results.json and prints a table. Benchmarks are not tests: nothing here asserts a time.
 */

const LATENCY_RUNS = 50;
/**
 * The worker lets a tab add its first creator and then only a few more a minute when no person is
 * acting (RATES.scriptedNew in lib/background/rates.ts, 8; a benchmark's page loads are scripted, and
 * this script may not import the worker's modules): a fresh tab every 8 runs.
 */
const RUNS_PER_TAB = 8;
const COLD_RUNS = 15;
const LOAD_RUNS = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
const median = (values: number[]) => percentile(values, 50);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A page whose profile arrives after load, as on the real single-page sites: the profile markup
 * waits in a <template> and the benchmark inserts it, then times until the scored overlay shows.
 */
function shellFor(profileHtml: string, handle: string): string {
  const body = profileHtml.slice(profileHtml.indexOf('<body'), profileHtml.lastIndexOf('</body>'));
  const inner = body.slice(body.indexOf('>') + 1).replaceAll('lena.travels', handle);
  // The head keeps no meta tags: before the insertion, the page must show no numbers at all.
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${handle}</title></head><body><template id="bench-profile">${inner}</template></body></html>`;
}

/** When the scored card is in the DOM (exact, seen by a MutationObserver) and in the first frame drawn after. */
interface CardTiming {
  exact: number;
  frame: number;
}

/**
 * Opens a creator's shell page and waits until the card shows "loading" or "can't read" (the extension
 * has read the address and found no numbers yet). `beforeInsert` runs next (e.g. stopping the worker).
 */
async function openShell(session: ExtensionSession, page: Page, profile: string, handle: string): Promise<void> {
  const url = `https://www.instagram.com/${handle}/`;
  session.serveHtml(url, shellFor(profile, handle));
  await page.goto(url);
  // The card's frame loads after the reader has looked: by then a shell with no numbers may already say "can't read".
  await (await cardFrame(page)).locator('[data-status="loading"], [data-status="unreadable"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(50);
}

/**
 * Inserts the profile's numbers and times until the scored card shows; throws when it does not within 5 s.
 * The card is the extension's own page in a frame the page cannot see into: a watcher in the card's
 * frame notes when the card says "ready" (exact, by a MutationObserver, and at the first frame drawn
 * after), the page notes when it inserted the numbers, both on the clock every document shares
 * (`performance.timeOrigin + performance.now()`).
 */
async function timeCard(page: Page): Promise<CardTiming> {
  const frame = await cardFrame(page);
  // Strings, not functions: tsx's name helpers do not exist inside the page or the frame.
  // (`void`: the watcher's promise is collected below, after the numbers go in.)
  await frame.evaluate(`void (window.__vlBench = new Promise((resolve) => {
    const clock = () => performance.timeOrigin + performance.now();
    const card = () => document.querySelector('[data-status]');
    const ready = () => card()?.getAttribute('data-status') === 'ready';
    let exact = null;
    const observer = new MutationObserver(() => {
      if (exact === null && ready()) exact = clock();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const started = clock();
    const tick = () => {
      if (ready()) {
        observer.disconnect();
        resolve({ exact: exact ?? clock(), frame: clock() });
      } else if (clock() - started > 6000) {
        observer.disconnect();
        resolve({ status: (card()?.getAttribute('data-status') ?? 'no card') + ': ' + (card()?.textContent ?? '').slice(0, 200) });
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }))`);
  const start = await page.evaluate<number>(`(() => {
    const start = performance.timeOrigin + performance.now();
    document.body.appendChild(document.getElementById('bench-profile').content.cloneNode(true));
    return start;
  })()`);
  const result = await frame.evaluate<{ exact: number; frame: number; status?: string }>('window.__vlBench');
  if (result.status !== undefined) throw new Error(`the card did not become ready within 5 s (${result.status})`);
  return { exact: result.exact - start, frame: result.frame - start };
}

function summary(values: number[]): { median: number; p95: number } {
  return { median: round(median(values)), p95: round(percentile(values, 95)) };
}

async function overlayLatency(extensionDir?: string): Promise<{ median: number; p95: number; runs: number; firstFrame: { median: number; p95: number } }> {
  const session = await launchExtension({ extensionDir });
  const profile = readFileSync(join(FIXTURES, 'instagram/built/rendered-profile.html'), 'utf8');
  const samples: CardTiming[] = [];
  try {
    let page = await session.context.newPage();
    for (let i = 0; i < LATENCY_RUNS + 3; i++) {
      if (i > 0 && i % RUNS_PER_TAB === 0) {
        await page.close();
        page = await session.context.newPage();
      }
      await openShell(session, page, profile, `bench_user_${i}`);
      const timing = await timeCard(page).catch((error: unknown) => {
        throw new Error(`run ${i}: ${String(error)}`);
      });
      if (i >= 3) samples.push(timing); // the first runs wake the worker and warm caches
    }
  } finally {
    await session.close();
  }
  return { ...summary(samples.map((s) => s.exact)), runs: samples.length, firstFrame: summary(samples.map((s) => s.frame)) };
}

/**
 * The worker stopped (as the browser stops an idle one), then a creator's numbers appear: the time
 * until the scored card shows includes starting the worker, loading its code and opening the store.
 */
async function serviceWorkerColdOverlay(): Promise<{ median: number; p95: number; runs: number }> {
  const session = await launchExtension();
  const profile = readFileSync(join(FIXTURES, 'instagram/built/rendered-profile.html'), 'utf8');
  const samples: number[] = [];
  try {
    let page = await session.context.newPage();
    for (let i = 0; i < COLD_RUNS + 1; i++) {
      if (i > 0 && i % RUNS_PER_TAB === 0) {
        await page.close();
        page = await session.context.newPage();
      }
      await openShell(session, page, profile, `cold_user_${i}`);
      await session.stopServiceWorker();
      await page.waitForTimeout(200);
      const timing = await timeCard(page);
      if (i >= 1) samples.push(timing.exact);
    }
  } finally {
    await session.close();
  }
  return { ...summary(samples), runs: samples.length };
}

async function loadTime(page: import('@playwright/test').Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate<number>(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return nav.loadEventStart - nav.startTime;
  })()`);
}

/**
 * The same saved pages, loaded alternately in a browser with the extension and one without, so
 * drift on the machine hits both sides alike.
 */
async function pageLoadOverheadRatio(): Promise<{ ratio: number; withMs: number; withoutMs: number }> {
  const pages = [
    { url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html' },
    { url: 'https://www.instagram.com/pluto__travel/', file: 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html' },
    { url: 'https://www.tiktok.com/@illojuan', file: 'tiktok/tt_profile_illojuan_2025-12_rendered_metascraper.html' },
    { url: 'https://www.youtube.com/@OneMedia.', file: 'youtube/yt_channel_onemedia_2024-01_raw_es_metascraper.html' },
  ];
  const [plain, extended] = [await launchExtension({ withExtension: false }), await launchExtension()];
  const ratios: number[] = [];
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  try {
    for (const session of [plain, extended]) for (const p of pages) session.servePage(p.url, p.file);
    const [a, b] = [await plain.context.newPage(), await extended.context.newPage()];
    for (let i = 0; i < LOAD_RUNS + 1; i++) {
      for (const p of pages) {
        const without = await loadTime(a, p.url);
        const withExt = await loadTime(b, p.url);
        if (i === 0) continue; // the first round warms caches on both sides
        withoutTimes.push(without);
        withTimes.push(withExt);
        ratios.push(withExt / without);
      }
    }
  } finally {
    await Promise.all([plain.close(), extended.close()]);
  }
  return { ratio: round(median(ratios), 3), withMs: round(median(withTimes)), withoutMs: round(median(withoutTimes)) };
}

type Size = { minified: number; gzip: number };

function sizeOf(paths: readonly string[]): Size {
  let minified = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    minified += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { minified, gzip };
}

const SITES = PLATFORMS;

/** What the browser injects for each content script before a page's load: its first (and, before issue 13, only) chunk. */
function contentScriptFirstChunks(): Record<string, Size> {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  return Object.fromEntries(
    [...SITES, 'observer'].filter((name) => existsSync(join(dir, `${name}.js`))).map((name) => [name, sizeOf([join(dir, `${name}.js`)])]),
  );
}

/** A module and every module it imports, statically or by import(), within the built extension. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g))
      visit(resolve(dirname(file), match[1]!));
  };
  visit(entry);
  return [...seen];
}

/**
 * Everything a site's page may load from Vetlens: the content script, its stylesheet, the shared
 * MAIN-world observer and, once loaded after the page, the site's reader (with the card's host) and
 * every chunk it imports. The card itself is the extension's own page in a frame (card.html), which
 * the page's scripts never load.
 */
function contentScriptBytes(): Record<string, Size> {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const out: Record<string, Size> = {};
  for (const site of SITES) {
    const own = [`${site}.js`, `${site}.css`, 'observer.js'].map((f) => join(dir, f)).filter((f) => existsSync(f));
    if (!own.length) continue;
    out[site] = sizeOf([...own, ...moduleGraph(join(dir, 'lazy', `${site}.js`))]);
  }
  return out;
}

/** The service worker's own script, and the brand-fit script it loads only while a brief is active. */
function backgroundBytes(): { startup: Size; onlyWithBrief: Size } {
  const brandFit = join(EXTENSION_DIR, 'brand-fit.js');
  return { startup: sizeOf([join(EXTENSION_DIR, 'background.js')]), onlyWithBrief: sizeOf(existsSync(brandFit) ? [brandFit] : []) };
}

/**
 * Seeds 10,000 shortlisted creators and 100,000 snapshots straight into the extension's IndexedDB,
 * then times the side panel's first render and a search.
 */
/** A side panel over a store seeded with 10,000 shortlisted creators and 100,000 snapshots. */
async function seededSidepanel(extensionDir?: string): Promise<{ session: ExtensionSession; panel: Page }> {
  const session = await launchExtension({ extensionDir });
  try {
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.getByTestId('shortlist-empty').waitFor();
    await panel.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => { const r = indexedDB.open('vetlens'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const put = (stores, fill) => new Promise((resolve, reject) => { const tx = db.transaction(stores, 'readwrite'); fill(tx); tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
      await put(['creators', 'shortlistEntries'], (tx) => {
        for (let i = 0; i < 10000; i++) {
          const key = 'tiktok:creator' + i;
          tx.objectStore('creators').put({ key, platform: 'tiktok', handle: 'creator' + i, displayName: 'Creator ' + i, url: 'https://www.tiktok.com/@creator' + i,
            followers: 1000 + i * 37, verified: false, firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-02-01T00:00:00.000Z', snapshotCount: 10,
            scores: { overall: i % 100, engagement: (i * 7) % 100, engagementRate: 0.05, authenticity: 90, authenticityVerdict: 'ok', brandFit: null },
            tags: i % 3 ? ['beauty'] : ['travel'], notes: '', status: 'to-contact', groupId: null });
          tx.objectStore('shortlistEntries').put({ listId: 'default', creatorKey: key, addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
        }
      });
      for (let batch = 0; batch < 10; batch++) {
        await put(['snapshots'], (tx) => {
          for (let i = 0; i < 10000; i++) {
            tx.objectStore('snapshots').add({ creatorKey: 'tiktok:creator' + i, capturedAt: new Date(Date.UTC(2026, 0, 1 + batch)).toISOString(),
              snapshot: { platform: 'tiktok', handle: 'creator' + i, url: 'https://www.tiktok.com/@creator' + i, capturedAt: new Date(Date.UTC(2026, 0, 1 + batch)).toISOString(),
                displayName: null, bio: null, verified: false, followers: 1000 + i, following: 10, postCount: 10, totalLikes: null, precision: {}, posts: [], links: [],
                likesHidden: false, platformId: null, pageLanguage: 'en', sources: ['dom'], pageKind: 'profile' } });
          }
        });
      }
      db.close();
    })()`);
    return { session, panel };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * Reloads the panel and reads when its first rows were on screen (its own mark, from the start of the navigation).
 *
 * `'opened'` (the figure since 2026-12-08): the panel as a marketer opens it, with nothing else reading the store.
 * Before the reload the panel has finished its own work (every row read, so the select-all box is enabled, then
 * 1.5 s for the lists' counts, the tags and the look-alike keys that follow), and the first rows are waited for by
 * reading the mark, not with a locator: a locator's first use in a page runs Playwright's own script (about
 * 300 KB) on the panel's main thread, which traces showed inside the measured time.
 * `'busy'` (the figure before): a reload as soon as the first rows show, waited for with a locator, so the new
 * page's reads queue in IndexedDB behind the old page's reads of 10,000 creators (89–110 ms seen in traces).
 */
async function sidepanelFirstRender(panel: Page, how: 'opened' | 'busy' = 'opened'): Promise<number> {
  const read = `performance.getEntriesByName('vetlens:shortlist-rendered')[0]?.startTime ?? null`;
  if (how === 'busy') {
    await panel.reload();
    await panel.getByTestId('shortlist-row').first().waitFor();
    return (await panel.evaluate<number | null>(read))!;
  }
  await panel.locator('.toolbar input[type="checkbox"]:not([disabled])').waitFor();
  await panel.waitForTimeout(1500);
  await panel.reload({ waitUntil: 'commit' });
  const until = Date.now() + 10_000;
  for (;;) {
    // Right after the commit an evaluation may land in the old document: it is tried again.
    const at = await panel.evaluate<number | null>(read).catch(() => null);
    if (at !== null) {
      await panel.getByTestId('shortlist-row').first().waitFor();
      return at;
    }
    if (Date.now() > until) throw new Error('the side panel drew no rows within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function sidepanelFigures(): Promise<{ firstRenderMs: number; firstRenderBusyMs: number; filterMs: number }> {
  const { session, panel } = await seededSidepanel();
  try {
    const renders: number[] = [];
    const busyRenders: number[] = [];
    for (let run = 0; run < 5; run++) {
      renders.push(await sidepanelFirstRender(panel));
      busyRenders.push(await sidepanelFirstRender(panel, 'busy'));
    }
    const filters: number[] = [];
    for (const term of ['creator4242', 'creator99', 'beauty', 'creator1', 'Creator 77']) {
      filters.push(
        await panel.evaluate<number>(`new Promise((resolve) => {
          const input = document.querySelector('[data-testid="shortlist-search"]');
          const before = Array.from(document.querySelectorAll('[data-testid="shortlist-row"]')).map((r) => r.textContent).join('|');
          const start = performance.now();
          input.value = ${JSON.stringify(term)};
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const check = () => {
            const now = Array.from(document.querySelectorAll('[data-testid="shortlist-row"]')).map((r) => r.textContent).join('|');
            if (now !== before) resolve(performance.now() - start);
            else if (performance.now() - start > 5000) resolve(NaN);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        })`),
      );
    }
    return { firstRenderMs: round(median(renders)), firstRenderBusyMs: round(median(busyRenders)), filterMs: round(median(filters)) };
  } finally {
    await session.close();
  }
}

/**
 * `npm run bench -- --sidepanel-only --against=<built extension>`: the first render of this build and
 * another (e.g. main's), reload by reload in turn, so a busy machine weighs on both alike.
 */
async function sidepanelAgainst(otherDir: string): Promise<{ thisBuildMs: number; otherBuildMs: number }> {
  const [ours, theirs] = [await seededSidepanel(), await seededSidepanel(otherDir)];
  try {
    const a: number[] = [];
    const b: number[] = [];
    for (let run = 0; run < 12; run++) {
      a.push(await sidepanelFirstRender(ours.panel));
      b.push(await sidepanelFirstRender(theirs.panel));
    }
    return { thisBuildMs: round(median(a)), otherBuildMs: round(median(b)) };
  } finally {
    await Promise.all([ours.session.close(), theirs.session.close()]);
  }
}

function scoringProfilesPerSecond(): number {
  const page = openSavedPage(readFileSync(join(FIXTURES, 'instagram/built/rendered-profile.html'), 'utf8'));
  const result = extractInstagramProfile(page.doc, new URL('https://www.instagram.com/lena.travels/'), { capturedAt: '2024-11-25T12:00:00.000Z' });
  void page.close();
  if (!result.ok) throw new Error(`bench page unreadable: ${result.detail}`);
  const snapshot = result.snapshot;
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < 1500) {
    scoreSnapshot(snapshot, { history: [] });
    count++;
  }
  return Math.round(count / ((performance.now() - start) / 1000));
}

interface Target {
  figure: string;
  value: (r: Results) => number | undefined;
  target: number;
  unit: string;
}

type Results = {
  overlayLatencyMs: { median: number; p95: number; runs: number; firstFrame: { median: number; p95: number } };
  serviceWorkerColdOverlayMs: { median: number; p95: number; runs: number };
  pageLoadOverheadRatio: number;
  pageLoadMs: { with: number; without: number };
  contentScriptFirstChunkBytes: Record<string, Size>;
  contentScriptBytes: Record<string, Size>;
  backgroundBytes: { startup: Size; onlyWithBrief: Size };
  scoringProfilesPerSecond: number;
  sidepanelFirstRenderMs?: number;
  /** The same, reloaded while the last panel still reads (the figure before 2026-12-08; see sidepanelFirstRender). */
  sidepanelFirstRenderBusyMs?: number;
  sidepanelFilterMs?: number;
  csvExport10kMs?: number;
  migration10kMs?: number;
  /** The same upgrade in Chromium's IndexedDB (lib/cli/bench-migration-chromium.ts). */
  migration10kChromiumMs?: number;
  /** 20 team members × 200 edits through the team server on loopback, until all converge. */
  teamLoad20x200Ms?: number;
};

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]!;
  if (!hasChromium()) {
    console.error(chromiumMissingMessage());
    process.exit(1);
  }
  // `npm run bench -- --sidepanel-only` / `--csv-only` / `--migration-only`: one figure alone, for work on it (nothing written).
  // `--against=<another built extension>`: with --sidepanel-only or --card-only, that build measured in turn with this one.
  const against = process.argv.find((arg) => arg.startsWith('--against='))?.slice('--against='.length);
  if (process.argv.includes('--sidepanel-only')) {
    console.log(against ? await sidepanelAgainst(against) : { sidepanel: await sidepanelFigures() });
    return;
  }
  if (process.argv.includes('--csv-only')) {
    console.log({ csvExport10kMs: await csvExport10kMs() });
    return;
  }
  if (process.argv.includes('--migration-only')) {
    // The Node figure (fake-indexeddb), then the same upgrade in Chromium's IndexedDB.
    console.log({ migration10kMs: await migration10kMs(), migration10kChromiumMs: await migration10kChromiumMs() });
    return;
  }
  if (process.argv.includes('--card-only') && against) {
    for (let round = 0; round < 2; round++) console.log({ thisBuild: await overlayLatency(), otherBuild: await overlayLatency(against) });
    return;
  }
  console.log('Measuring overlay latency…');
  const latency = await overlayLatency();
  if (process.argv.includes('--card-only')) {
    // `npm run bench -- --card-only`: the card's timings alone, for work on them (nothing written).
    console.log({ overlayLatencyMs: latency, serviceWorkerColdOverlayMs: await serviceWorkerColdOverlay() });
    return;
  }
  console.log('Measuring the card with the service worker stopped…');
  const cold = await serviceWorkerColdOverlay();
  console.log('Measuring page load with and without the extension…');
  const load = await pageLoadOverheadRatio();
  console.log('Measuring the side panel with 10,000 creators and 100,000 snapshots…');
  const sidepanel = await sidepanelFigures();
  console.log('Measuring the CSV export and the migration…');
  const csvMs = await csvExport10kMs();
  const migrationMs = await migration10kMs();
  const migrationChromiumMs = await migration10kChromiumMs();
  console.log('Measuring the team server with 20 members making 200 edits each…');
  const teamMs = await teamLoad20x200Ms();
  const results: Results = {
    overlayLatencyMs: latency,
    serviceWorkerColdOverlayMs: cold,
    pageLoadOverheadRatio: load.ratio,
    pageLoadMs: { with: load.withMs, without: load.withoutMs },
    contentScriptFirstChunkBytes: contentScriptFirstChunks(),
    contentScriptBytes: contentScriptBytes(),
    backgroundBytes: backgroundBytes(),
    scoringProfilesPerSecond: scoringProfilesPerSecond(),
    sidepanelFirstRenderMs: sidepanel.firstRenderMs,
    sidepanelFirstRenderBusyMs: sidepanel.firstRenderBusyMs,
    sidepanelFilterMs: sidepanel.filterMs,
    csvExport10kMs: csvMs,
    migration10kMs: migrationMs,
    migration10kChromiumMs: migrationChromiumMs,
    teamLoad20x200Ms: teamMs,
  };
  // The machine's load average (1 minute) when the run began and ended: timings on a busy machine are not comparable.
  const machineLoad = { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0]!, 2) };
  writeFileSync('bench-results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: machineLoad, ...results }, null, 2)}\n`);

  const targets: Target[] = [
    { figure: 'overlayLatencyMs median', value: (r) => r.overlayLatencyMs.median, target: 16, unit: 'ms' },
    { figure: 'overlayLatencyMs p95', value: (r) => r.overlayLatencyMs.p95, target: 50, unit: 'ms' },
    { figure: 'serviceWorkerColdOverlayMs median', value: (r) => r.serviceWorkerColdOverlayMs.median, target: 150, unit: 'ms' },
    { figure: 'pageLoadOverheadRatio', value: (r) => r.pageLoadOverheadRatio, target: 1.03, unit: '×' },
    ...Object.entries(results.contentScriptFirstChunkBytes).map(([name, size]) => ({
      figure: `contentScriptFirstChunkBytes ${name} gzip`,
      value: () => round(size.gzip / 1024),
      target: 15,
      unit: 'KB',
    })),
    { figure: 'sidepanelFirstRenderMs', value: (r) => r.sidepanelFirstRenderMs, target: 150, unit: 'ms' },
    { figure: 'sidepanelFilterMs', value: (r) => r.sidepanelFilterMs, target: 50, unit: 'ms' },
    { figure: 'csvExport10kMs', value: (r) => r.csvExport10kMs, target: 300, unit: 'ms' },
  ];
  const rows = targets.map((t) => {
    const value = t.value(results);
    return {
      figure: t.figure,
      value: value === undefined ? 'n/a' : `${value} ${t.unit}`,
      target: `≤ ${t.target} ${t.unit}`,
      met: value === undefined ? '?' : value <= t.target ? 'yes' : 'NO',
    };
  });
  const kb = (size: Size) => `${round(size.gzip / 1024)} KB gzip (${round(size.minified / 1024)} KB)`;
  rows.push({
    figure: 'overlayLatencyMs first frame median / p95',
    value: `${results.overlayLatencyMs.firstFrame.median} / ${results.overlayLatencyMs.firstFrame.p95} ms`,
    target: '—',
    met: '',
  });
  for (const [site, size] of Object.entries(results.contentScriptBytes))
    rows.push({ figure: `contentScriptBytes ${site}, all it may load`, value: kb(size), target: '—', met: '' });
  rows.push({ figure: 'backgroundBytes at start', value: kb(results.backgroundBytes.startup), target: '—', met: '' });
  rows.push({ figure: 'backgroundBytes with a brief', value: kb(results.backgroundBytes.onlyWithBrief), target: '—', met: '' });
  rows.push({ figure: 'scoringProfilesPerSecond', value: `${results.scoringProfilesPerSecond}`, target: '—', met: '' });
  if (results.migration10kMs !== undefined) rows.push({ figure: 'migration10kMs', value: `${results.migration10kMs} ms`, target: '—', met: '' });
  if (results.migration10kChromiumMs !== undefined)
    rows.push({ figure: 'migration10kChromiumMs', value: `${results.migration10kChromiumMs} ms`, target: '—', met: '' });
  if (results.teamLoad20x200Ms !== undefined) rows.push({ figure: 'teamLoad20x200Ms', value: `${results.teamLoad20x200Ms} ms`, target: '—', met: '' });
  console.table(rows);
  console.log(`Load average (1 min) at start / end: ${machineLoad.atStart} / ${machineLoad.atEnd} on ${cpus().length} cores`);
  console.log('Written to bench-results.json');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
