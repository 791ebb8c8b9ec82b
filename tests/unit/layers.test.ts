import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The direction of imports, read from the import statements themselves. Storage (lib/storage/)
 * sits above the domain (the snapshot, the brief, scoring, campaigns, the site readers): the domain
 * never imports storage, storage never imports the worker, the interface or the exports, and
 * content scripts never reach storage at all (Dexie in a content script opens the page's IndexedDB).
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface Import {
  /** The imported file, relative to the repository root ("lib/storage/db.ts"), or the package name. */
  target: string;
  /** `import type` / `export type`: erased at build time. */
  typeOnly: boolean;
}

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = resolve(dirname(from), spec);
  const file = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => existsSync(f) && statSync(f).isFile());
  return relative(ROOT, file ?? base);
}

function importsOf(file: string): Import[] {
  // Comments may mention paths ("see lib/storage/db.ts"): only statements count.
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => ({ target: resolveImport(file, (m[3] ?? m[4])!), typeOnly: !!m[2] }));
}

const FILES = ['lib', 'components', 'entrypoints'].flatMap((dir) => sources(join(ROOT, dir)));
const GRAPH = new Map(FILES.map((file) => [relative(ROOT, file), importsOf(file)]));

/** The domain layer: what the stored documents and the scores are, with no I/O of their own. */
const DOMAIN = [/^lib\/(scoring|campaign|platforms|parse|content|i18n|data)\//, /^lib\/(snapshot|brief|messages|bounds|urls|validation)\.ts$/];
const isDomain = (file: string) => DOMAIN.some((pattern) => pattern.test(file));
const inStorage = (target: string) => target.startsWith('lib/storage/');

function offenders(from: (file: string) => boolean, forbidden: (target: string) => boolean): string[] {
  return [...GRAPH].flatMap(([file, imports]) => (from(file) ? imports.filter((i) => forbidden(i.target)).map((i) => `${file} → ${i.target}`) : []));
}

/** Every file a file loads at run time, itself included: value imports and dynamic imports, followed through. */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of GRAPH.get(file) ?? []) if (!i.typeOnly) queue.push(i.target);
  }
  return seen;
}

describe('import direction', () => {
  it('reads the import statements it checks', () => {
    // The scan itself: known edges must be found, or every rule below would pass on an empty graph.
    expect(GRAPH.get('lib/storage/backup.ts')).toContainEqual({ target: 'lib/storage/records.ts', typeOnly: false });
    expect(GRAPH.get('lib/storage/db.ts')).toContainEqual({ target: 'dexie', typeOnly: false });
    expect(GRAPH.get('lib/storage/visits.ts')).toContainEqual({ target: 'lib/storage/db.ts', typeOnly: true });
    expect(GRAPH.get('components/sidepanel/App.tsx')?.some((i) => i.target.startsWith('components/sidepanel/'))).toBe(true);
    expect(isDomain('lib/scoring/index.ts') && isDomain('lib/snapshot.ts') && !isDomain('lib/storage/db.ts')).toBe(true);
  });

  it('keeps the domain below storage: scoring, campaigns, the snapshot and the brief never import lib/storage', () => {
    expect(offenders(isDomain, inStorage)).toEqual([]);
  });

  it('keeps storage below the worker, the interface, the exports and the command line', () => {
    expect(offenders(inStorage, (t) => /^(components|entrypoints)\/|^lib\/(background|export|cli|eval)\//.test(t))).toEqual([]);
  });

  it('lets only the background entrypoint import the background worker module from lib/', () => {
    expect(
      offenders(
        (f) => f.startsWith('lib/') && !f.startsWith('lib/background/'),
        (t) => t.startsWith('lib/background/'),
      ),
    ).toEqual([]);
  });

  it('keeps the store out of every content script, lazily loaded parts included', () => {
    const contentScripts = [...GRAPH.keys()].filter((f) => /^entrypoints\/[^/]*\.content(\/index)?\.tsx?$/.test(f));
    expect(contentScripts.length).toBeGreaterThanOrEqual(4);
    for (const script of contentScripts) {
      const loaded = [...reachable(script)];
      expect(
        loaded.filter((f) => inStorage(f) || f === 'dexie'),
        script,
      ).toEqual([]);
    }
  });

  it('has no import cycle through lib/storage', () => {
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      for (const i of GRAPH.get(file) ?? []) {
        if (i.typeOnly || !inStorage(i.target)) continue;
        const at = path.indexOf(i.target);
        if (at !== -1) cycles.push([...path.slice(at), i.target].join(' → '));
        else visit(i.target, [...path, i.target]);
      }
    };
    for (const file of GRAPH.keys()) if (inStorage(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });
});
