import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from '../helpers/platform-fixtures';

/**
 * Every saved page and every observed response of the three sites is read by a test against the
 * numbers it must yield: named by an `<case>.expected.json` (its `page`, or one of its `observed`
 * files), or by a unit test that reads it by name. A capture copied in and never read fails here.
 */

interface ExpectedFile {
  page?: string | null;
  observed?: string | string[] | null;
}

const SITES = ['instagram', 'tiktok', 'youtube'] as const;
const DIRS = SITES.flatMap((site) => [site, `${site}/built`]).filter((dir) => existsSync(join(FIXTURE_ROOT, dir)));

function capturesIn(dir: string): string[] {
  return readdirSync(join(FIXTURE_ROOT, dir)).filter((file) => /\.(html|json)$/.test(file) && !file.endsWith('.expected.json'));
}

/** The captures a directory's expected files name, as paths from the fixture root (a name may be relative to the site's folder). */
function namedIn(dir: string): Set<string> {
  const named = new Set<string>();
  const site = dir.split('/')[0]!;
  for (const file of readdirSync(join(FIXTURE_ROOT, dir)).filter((f) => f.endsWith('.expected.json'))) {
    const expected = JSON.parse(readFileSync(join(FIXTURE_ROOT, dir, file), 'utf8')) as ExpectedFile;
    for (const name of [expected.page, ...[expected.observed ?? []].flat()]) {
      if (name) named.add([`${dir}/${name}`, `${site}/${name}`].find((path) => existsSync(join(FIXTURE_ROOT, path))) ?? `${dir}/${name}`);
    }
  }
  return named;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}
const TEST_CODE = sources(join(FIXTURE_ROOT, '..', 'unit'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('saved pages of the three sites', () => {
  it('finds the captures of every site', () => {
    for (const site of SITES) expect(capturesIn(site).length, site).toBeGreaterThan(0);
  });

  for (const dir of DIRS) {
    it(`${dir}: every saved page and observed response has its expected numbers`, () => {
      const named = namedIn(dir);
      expect(capturesIn(dir).filter((capture) => !named.has(`${dir}/${capture}`) && !TEST_CODE.includes(capture))).toEqual([]);
      // And every expected file names a capture that exists.
      expect([...named].filter((path) => !existsSync(join(FIXTURE_ROOT, path)))).toEqual([]);
    });
  }
});
