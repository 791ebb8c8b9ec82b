import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Node's arguments that run `npm run vet` (lib/cli/vet.ts) in a child process. The CLI's own code is
 * compiled once per test process into one file, its packages imported from node_modules as usual:
 * `node --import tsx` compiles and resolves every module of the CLI again at each start, which took
 * most of each of the dozen runs the tests make. Same source, same packages, same process exit.
 */
export const VET_CLI: string[] = [compileVetCli()];

function compileVetCli(): string {
  // Under node_modules so that the packages it imports resolve from there; one file per process, as
  // vitest runs files side by side.
  const outfile = join(ROOT, 'node_modules', '.cache', 'vetlens-test', `vet-${process.pid}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  const { metafile } = buildSync({
    entryPoints: [join(ROOT, 'lib', 'cli', 'vet.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    // The one module that finds files beside itself: the catalogs of lib/i18n/locales.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'lib', 'i18n', 'build-catalogs.ts')).href) },
    logLevel: 'error',
    metafile: true,
  });
  const placed = Object.keys(metafile.inputs).filter(
    (input) => !input.includes('node_modules') && readFileSync(join(ROOT, input), 'utf8').includes('import.meta.url'),
  );
  if (placed.join() !== 'lib/i18n/build-catalogs.ts') throw new Error(`the vet CLI's modules that use import.meta.url changed: ${placed.join(', ')}`);
  process.once('exit', () => rmSync(outfile, { force: true }));
  return outfile;
}
