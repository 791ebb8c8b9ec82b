import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/**
 * Vitest's order (longest first, from its cache of the last run; largest first on a fresh clone), with
 * the files in Node before those that ask for happy-dom. A worker is kept for the next file only when
 * that file wants the same environment (`isolate: false`); in the default order the two kinds
 * alternate, so a new worker was started, and every module imported again, for most files.
 */
class NodeFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const inNode = sorted.filter((spec) => environmentOf(spec) === 'node');
    return [...inNode, ...sorted.filter((spec) => !inNode.includes(spec))];
  }
}

/** The file's environment as Vitest reads it: a `@vitest-environment` comment anywhere in it, or the config's. */
function environmentOf(spec: TestSpecification): string {
  const named = /@(?:vitest|jest)-environment\s+([\w-]+)\b/.exec(readFileSync(spec.moduleId, 'utf8'))?.[1];
  return named ?? spec.project.config.environment;
}

// `vitest run --mode fuzz` (npm run test:fuzz) runs every fuzz mutation; npm test runs a tenth of them (at least 10 per case).
export default defineConfig(({ mode }) => ({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Node by default: most files test pure functions, and setting up a happy-dom window for each of
    // the ~110 files cost more than many of them take to run. A file that renders or needs `document`
    // or `window` says so in its first line (`// @vitest-environment happy-dom`). Saved pages get a
    // window of their own either way (lib/cli/saved-page.ts).
    environment: 'node',
    // For the files in happy-dom: saved pages reference the sites' scripts and styles: never load or run them.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['tests/unit/setup.ts'],
    sequence: { sequencer: NodeFilesFirst },
    // Files share their worker's modules instead of importing them all again (the imports were most
    // of the tier's time). tests/unit/setup.ts runs before each file and gives it an empty IndexedDB,
    // and puts back spies, stubbed globals and clocks after it; the one module-level record of stored
    // data (the worker's compaction times) is kept per database, so a new database starts afresh.
    isolate: false,
    // Vitest runs one file at a time on a 2-core machine (one core less than it has); every file
    // has its own process, so a file per core halves the tier's time.
    maxWorkers: availableParallelism(),
    // A test's time limit guards against a hang, not a slow machine: a 4 MB page parsed while
    // another file runs beside it can take more than the default 5 s.
    testTimeout: 30_000,
    // Building a big saved page's document allocates hundreds of megabytes that live on, and the young
    // generation's collections copied them again and again: a larger young generation collects less
    // often, and one collector thread leaves the other core to the other worker (about a tenth less CPU
    // over the files that read saved pages).
    execArgv: ['--max-semi-space-size=64', '--single-threaded-gc'],
    env: mode === 'fuzz' ? { VETLENS_FUZZ_SHARE: '1' } : {},
  },
}));
