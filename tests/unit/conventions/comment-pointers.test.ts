import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';

/**
 * A comment that names a file ("see lib/scoring/benchmarks.ts", or a neighbour's name after ./) is a pointer a reader
 * follows: it must lead to a file or folder that exists. Renames and splits leave such pointers
 * behind; this finds them in the comments of the code and tests, and in the docs and README.
 */
const CODE_FOLDERS = ['lib', 'components', 'entrypoints', 'tests'];
const TOP_FOLDERS = ['lib', 'components', 'entrypoints', 'tests', 'docs', 'scripts', 'public', 'assets'];
/** Saved pages and captured data: their text is the sites', not ours. */
const SKIPPED = /^tests\/fixtures\/|(^|\/)node_modules\//;
/** A file a module specifier can mean without its extension. */
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.json', '/index.ts', '/index.tsx'];

/**
 * A path from the repository's root (a top folder, then names), or from the file's own folder
 * (./ or ../, then a name with its extension or a folder's slash: `'./x'` alone is an import's
 * specifier or a command's argument, not a pointer). A path followed by a pattern's `*`, `{` or `<`
 * is a pattern, not checked.
 */
const POINTER = new RegExp(String.raw`(?<![\w@./-])((?:\.\.?/)+[\w@.-]+(?:/[\w@.-]+)*/?|(?:${TOP_FOLDERS.join('|')})/(?:[\w@.-]+/?)*)(?![\w@.*{<\/-])`, 'g');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => `${folder}/${file.split('\\').join('/')}`)
    .filter((file) => pattern.test(file) && !SKIPPED.test(file));
}

/** Every comment in a source file, as text, found by the compiler (a "//" inside a string is no comment). */
function commentsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const seen = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => ranges?.forEach((range) => seen.set(range.pos, text.slice(range.pos, range.end)));
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Comments inside JSX text are not trivia of any node: `{/* … */}` expressions hold them.
  for (const match of text.matchAll(/\{\/\*[\s\S]*?\*\/\}/g)) seen.set(match.index, match[0]);
  return [...seen.values()];
}

/** In Markdown, the pointers are code spans and link targets; prose may say "lib/" loosely. */
function markdownPointerText(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/`([^`\n]+)`|\]\(([^)\s#]+)/g)].map((match) => (match[1] ?? match[2])!).filter((part) => !/^https?:/.test(part));
}

function pointersIn(text: string): string[] {
  return [...text.matchAll(POINTER)]
    .map((match) => match[1]!.replace(/[.,:;]+$/, ''))
    .filter((pointer) => !pointer.startsWith('.') || /(\.\w+|\/)$/.test(pointer));
}

function exists(pointer: string, from: string): boolean {
  const base = pointer.startsWith('.') ? resolve(ROOT, dirname(from), pointer) : resolve(ROOT, pointer);
  return EXTENSIONS.some((extension) => existsSync(base.replace(/\/$/, '') + extension));
}

function brokenPointers(): string[] {
  const code = CODE_FOLDERS.flatMap((folder) => filesUnder(folder, /\.(ts|tsx|mts|mjs)$/));
  const docs = [...filesUnder('docs', /\.md$/), 'README.md'];
  const found: string[] = [];
  for (const file of code) {
    // Parsing every file for its comments is slow: parse only those where some path in the text leads nowhere.
    if (pointersIn(readFileSync(join(ROOT, file), 'utf8')).every((pointer) => exists(pointer, file))) continue;
    for (const comment of commentsOf(file)) for (const pointer of pointersIn(comment)) if (!exists(pointer, file)) found.push(`${file}: ${pointer}`);
  }
  for (const file of docs)
    for (const part of markdownPointerText(file)) for (const pointer of pointersIn(part)) if (!exists(pointer, file)) found.push(`${file}: ${pointer}`);
  return [...new Set(found)].sort();
}

describe('comment pointers', () => {
  it('finds the pointers it checks, in comments only', () => {
    expect(pointersIn('/** Read by lib/content/boot.ts and ./guard.ts; see tests/fixtures/. */')).toEqual([
      'lib/content/boot.ts',
      './guard.ts',
      'tests/fixtures/',
    ]);
    expect(pointersIn('// https://example.com/lib/x.ts and @scope/lib/x, or an import of ./BriefForm')).toEqual([]);
    expect(pointersIn('// tests/unit/<lib folder>/x.test.ts and lib/platforms/youtube/channel*.ts are patterns')).toEqual([]);
    const comments = commentsOf('components/overlay/Overlay.tsx').join('\n');
    expect(pointersIn(comments)).toContain('./guard.ts');
    expect(comments).not.toContain("from './ShortlistActions'");
    expect(exists('lib/content/boot.ts', 'README.md')).toBe(true);
    expect(exists('../report/ReportView.tsx', 'components/overlay/Overlay.tsx')).toBe(true);
    expect(exists('./ReportView.tsx', 'components/overlay/Overlay.tsx')).toBe(false);
    expect(exists('lib/content/no-such-file.ts', 'README.md')).toBe(false);
  });

  it('names only files and folders that exist', () => {
    expect(brokenPointers()).toEqual([]);
  });
});
