import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';

/**
 * The direction of imports, read from the import statements themselves (parsed by TypeScript, so a
 * path in a comment or a string is not an import). Every import counts, type-only ones included:
 * a type-only import still ties two files together, and is where a cycle starts before it grows a
 * value import. Only the rule on what content scripts load follows run-time imports alone.
 *
 * The layers, lowest first. A file may import its own part and any lower layer; never a higher
 * layer, nor another part of its own layer (see LAYERS below for why each sits where it does).
 */

interface Part {
  name: string;
  /** Lower layers are imported by higher ones, never the other way. Parts of one layer never import each other. */
  layer: number;
  contains: (file: string) => boolean;
}

const under =
  (...dirs: string[]) =>
  (file: string) =>
    dirs.some((dir) => file.startsWith(`${dir}/`));

/** First match wins; every project file must match one. */
const LAYERS: Part[] = [
  // Top: what starts a program. Nothing imports an entrypoint (WXT builds each on its own), nor a tool.
  { name: 'entrypoints', layer: 4, contains: under('entrypoints') },
  { name: 'tools (command line, evaluation, build)', layer: 4, contains: under('lib/cli', 'lib/eval', 'lib/build') },
  // The three run times, each in its own JavaScript context: the service worker, the content
  // scripts on the sites' pages, and the extension's pages (card, popup, side panel). What two of
  // them share belongs lower down, so one never drags another's code (or its store) along.
  { name: 'background worker', layer: 3, contains: under('lib/background') },
  { name: 'content scripts', layer: 3, contains: under('lib/content') },
  { name: 'extension pages (components)', layer: 3, contains: under('components') },
  // Uses of the store: files made from it, and the team's shared copy of it.
  { name: 'exports', layer: 2, contains: under('lib/export') },
  { name: 'team', layer: 2, contains: under('lib/team') },
  // The store: tables, migrations, and the reads and writes every run time shares.
  { name: 'storage', layer: 1, contains: under('lib/storage') },
  // The domain: what a snapshot, a brief, a score and a campaign are, the site readers and the
  // words; no store of its own.
  { name: 'domain', layer: 0, contains: (file) => file.startsWith('lib/') },
];

function partOf(file: string): Part | undefined {
  return LAYERS.find((part) => part.contains(file));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(name) && !/\.d\.m?ts$/.test(name) ? [path] : [];
  });
}

interface Import {
  /** The imported file, relative to the repository root ("lib/storage/db.ts"), or the package name. */
  target: string;
  /** Erased at build time: `import type`, `export type … from`, `import { type A }`, `typeof import('…')`. */
  typeOnly: boolean;
}

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = resolve(dirname(from), spec);
  const file = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => existsSync(f) && statSync(f).isFile());
  return relative(ROOT, file ?? base);
}

/** Whether an import or export statement names only types, so the compiler drops it. */
function erased(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    const names = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : [];
    return node.isTypeOnly || (names.length > 0 && names.every((name) => name.isTypeOnly));
  }
  const clause = node.importClause;
  if (!clause) return false; // `import './side-effect'`
  const names = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
  return clause.isTypeOnly || (!clause.name && names.length > 0 && names.every((name) => name.isTypeOnly));
}

function importsOf(file: string): Import[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, kind);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ target: resolveImport(file, node.moduleSpecifier.text), typeOnly: erased(node) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ target: resolveImport(file, node.arguments[0].text), typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ target: resolveImport(file, node.argument.literal.text), typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const FILES = ['lib', 'components', 'entrypoints'].flatMap((dir) => sources(join(ROOT, dir)));
const GRAPH = new Map(FILES.map((file) => [relative(ROOT, file), importsOf(file)]));
const isProjectFile = (target: string) => GRAPH.has(target);

/** Every import that goes up a layer or sideways into another part of the same layer. */
function wrongWay(): string[] {
  return [...GRAPH].flatMap(([file, imports]) => {
    const from = partOf(file)!;
    return imports.flatMap(({ target, typeOnly }) => {
      const to = isProjectFile(target) ? partOf(target) : undefined;
      if (!to || to === from || to.layer < from.layer) return [];
      return [`${file} (${from.name}) → ${target} (${to.name})${typeOnly ? ', type only' : ''}`];
    });
  });
}

/**
 * Import cycles among the project's files, type-only imports included: each strongly connected
 * group of more than one file (Tarjan), or a file importing itself.
 */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const { target } of GRAPH.get(file)!) {
      if (!isProjectFile(target)) continue;
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || GRAPH.get(file)!.some((i) => i.target === file)) found.push(group.sort());
  };
  for (const file of GRAPH.keys()) if (!index.has(file)) connect(file);
  return found;
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
  it('reads the import statements it checks, type-only ones included', () => {
    // The scan itself: known edges must be found, or every rule below would pass on an empty graph.
    expect(GRAPH.get('lib/storage/backup.ts')).toContainEqual({ target: 'lib/storage/records.ts', typeOnly: false });
    expect(GRAPH.get('lib/storage/db.ts')).toContainEqual({ target: 'dexie', typeOnly: false });
    expect(GRAPH.get('lib/storage/visits.ts')).toContainEqual({ target: 'lib/storage/db.ts', typeOnly: true });
    // `export type { … } from` and `import { type A }` are imports too.
    expect(GRAPH.get('lib/dossier/index.ts')).toContainEqual({ target: 'lib/dossier/types.ts', typeOnly: true });
    expect(GRAPH.get('entrypoints/background.ts')?.some((i) => i.target === 'lib/background/listener.ts')).toBe(true);
    expect(GRAPH.get('components/sidepanel/App.tsx')?.some((i) => i.target.startsWith('components/sidepanel/'))).toBe(true);
    expect(FILES.length).toBeGreaterThan(300);
  });

  it('places every file of lib/, components/ and entrypoints/ in a layer', () => {
    expect([...GRAPH.keys()].filter((file) => !partOf(file))).toEqual([]);
    expect(partOf('lib/scoring/index.ts')?.name).toBe('domain');
    expect(partOf('lib/storage/migrations/v4.ts')?.name).toBe('storage');
    expect(partOf('components/sidepanel/App.tsx')?.name).toBe('extension pages (components)');
  });

  it('imports only down the layers, or within its own part', () => {
    expect(wrongWay()).toEqual([]);
  });

  it('has no import cycle anywhere, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the store out of every content script, lazily loaded parts included', () => {
    const contentScripts = [...GRAPH.keys()].filter((f) => /^entrypoints\/[^/]*\.content(\/index)?\.tsx?$/.test(f));
    expect(contentScripts.length).toBeGreaterThanOrEqual(4);
    for (const script of contentScripts) {
      const loaded = [...reachable(script)];
      expect(
        loaded.filter((f) => f.startsWith('lib/storage/') || f === 'dexie'),
        script,
      ).toEqual([]);
    }
  });

  it('runs released migrations on frozen code: the store opens without loading any other store module', () => {
    // A migration that called today's compaction or tag rule would change what an old release's
    // upgrade does whenever those change. Each released upgrade keeps its code in lib/storage/migrations/.
    const loaded = [...reachable('lib/storage/db.ts')].filter((f) => f.startsWith('lib/storage/'));
    expect(loaded.filter((f) => !f.startsWith('lib/storage/migrations/') && f !== 'lib/storage/db.ts' && f !== 'lib/storage/records.ts')).toEqual([]);
    for (const file of loaded.filter((f) => f.startsWith('lib/storage/migrations/'))) {
      expect(
        GRAPH.get(file)!.filter((i) => isProjectFile(i.target) && !i.target.startsWith('lib/storage/migrations/')),
        file,
      ).toEqual([]);
    }
  });
});
