import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';

const UNIT = join(ROOT, 'tests', 'unit');
/** Folders of shared test code, and of tests that check the whole repository rather than one module. */
const OWN_FOLDERS = new Set(['helpers', 'conventions']);

function folders(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((path) => [path, ...folders(path)]);
}

/** Where the code a test folder tests lives: a folder under tests/unit/components mirrors one under components/, any other one under lib/. */
function codeFolderFor(testFolder: string): string {
  const path = relative(UNIT, testFolder);
  return /^(components|entrypoints)(\/|$)/.test(path) ? join(ROOT, path) : join(ROOT, 'lib', path);
}

describe('unit tests are laid out like the code they test', () => {
  it('has a folder of code for every test folder', () => {
    const testFolders = folders(UNIT).filter((f) => !OWN_FOLDERS.has(relative(UNIT, f).split('/')[0]!));
    const orphans = testFolders.filter((f) => !existsSync(codeFolderFor(f))).map((f) => relative(ROOT, f));
    expect(testFolders.length).toBeGreaterThan(10);
    expect(orphans).toEqual([]);
  });

  it("keeps at the top only the tests of lib/'s own top-level modules", () => {
    const topTests = readdirSync(UNIT).filter((name) => /\.test\.tsx?$/.test(name));
    const orphans = topTests.filter((name) => !['ts', 'tsx'].some((ext) => existsSync(join(ROOT, 'lib', name.replace(/\.test\.tsx?$/, `.${ext}`)))));
    expect(topTests.length).toBeGreaterThan(0);
    expect(orphans).toEqual([]);
  });
});
