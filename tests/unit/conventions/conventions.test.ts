import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';

function sources(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const SHIPPED = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d))).filter((f) => !f.includes(`${join('lib', 'cli')}`));

describe('project conventions', () => {
  it('never turns text into markup or code', () => {
    const offenders = SHIPPED.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('makes no network requests from shipped code', () => {
    // The one exception is the team workspace (lib/team/), and only to the server a marketer sets up.
    // A read of the extension's own packaged file by its runtime URL (chrome-extension://…) is not a
    // network request (lib/i18n/packaged-catalog.ts reads another language's strings so).
    const OWN_PACKAGE_READ = /\bfetch\(browser\.runtime\.getURL\(/g;
    const offenders = SHIPPED.filter(
      (file) =>
        file.includes('observer') === false &&
        !file.includes(join('lib', 'team')) &&
        /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(readFileSync(file, 'utf8').replace(OWN_PACKAGE_READ, '')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('opens saved pages in unit tests through openSavedPage: the test window would try to load their iframes', () => {
    const tests = sources(join(ROOT, 'tests', 'unit')).filter((f) => !f.endsWith('conventions.test.ts'));
    const offenders = tests.filter((file) => /new DOMParser\(|\.parseFromString\(/.test(readFileSync(file, 'utf8')));
    expect(tests.length).toBeGreaterThan(0);
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('stands on its own: no code, test or doc points outside the repository for a source', () => {
    // The evaluation may read its optional real data set from a copy beside the repository, at run time only.
    const RUN_TIME_DATA = /shared\/data\/instafake-genuine-half|'\.\.', 'shared', 'data', 'instafake-genuine-half'/g;
    const files = [
      ...['lib', 'components', 'entrypoints', 'tests', 'docs'].flatMap((d) => sources(join(ROOT, d), /\.(ts|tsx|mjs|md)$/)),
      join(ROOT, 'README.md'),
    ].filter((f) => !f.endsWith('conventions.test.ts'));
    const offenders = files.filter((file) =>
      /\.\.\/shared\b|\bshared\/(research|data|fixtures|STYLE)|'shared'/.test(readFileSync(file, 'utf8').replace(RUN_TIME_DATA, '')),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('is safe on case-insensitive file systems: no two files in one folder differ only in case or extension', () => {
    // An import names a module without its extension, so `./BriefForm` must resolve to one file on
    // macOS and Windows too: `briefForm.ts` beside `BriefForm.tsx` resolves to whichever comes first.
    const tracked = ['lib', 'components', 'entrypoints', 'tests', 'public', 'docs'].flatMap((d) => sources(join(ROOT, d), /./));
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const file of tracked) {
      const path = relative(ROOT, file);
      const key = path.toLowerCase().replace(/\.(d\.ts|tsx?|mts|mjs|js|json)$/, '');
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== path) collisions.push(`${earlier} ~ ${path}`);
      else seen.set(key, path);
    }
    expect(tracked.length).toBeGreaterThan(100);
    expect(collisions).toEqual([]);
  });

  it('keeps entrypoints thin: no code runs at import time outside define*()', () => {
    for (const file of sources(join(ROOT, 'entrypoints')).filter((f) => !/main\.tsx$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, relative(ROOT, file)).toMatch(/export default define(Background|ContentScript|UnlistedScript)\(/);
    }
  });
});
