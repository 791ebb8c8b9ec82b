import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension } from './launch';

/**
 * `migration10kChromiumMs`: the migration figure's upgrade (bench-migration.ts: schema 1 → current,
 * 10,000 creators) in Chromium's own IndexedDB, as the extension runs it. In Node the same upgrade
 * runs on fake-indexeddb, whose own code takes about nine tenths of that figure (README, "Speed").
 * The page is the bundled bench-migration-page.ts, served on a routed address (no network).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGE_URL = 'https://vetlens-bench.test/migration.html';
const RUNS = 3;

export async function migration10kChromiumMs(): Promise<number> {
  const bundled = await build({
    entryPoints: [join(HERE, 'bench-migration-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  // Inline in the page: a "</script" inside the code would end the element early.
  const code = bundled.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const session = await launchExtension({ withExtension: false });
  try {
    session.serveHtml(PAGE_URL, `<!doctype html><meta charset="utf-8"><title>migration bench</title><script type="module">${code}</script>`);
    const page = await session.context.newPage();
    await page.goto(PAGE_URL);
    await page.waitForFunction('typeof window.benchMigration === "function"');
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await page.evaluate<number>('window.benchMigration()'));
    const foreign = session.foreignRequests();
    if (foreign.length) throw new Error(`the migration bench page asked for ${foreign.join(', ')}`);
    return Math.round(runs.sort((a, b) => a - b)[RUNS >> 1]!);
  } finally {
    await session.close();
  }
}
