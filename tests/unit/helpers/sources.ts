import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for convention tests that read the source tree. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function walk(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Every TypeScript file under the given folders, as paths from the root ("lib/limits.ts"). */
export function sourceFiles(dirs: readonly string[] = ['lib', 'components', 'entrypoints'], pattern = /\.(ts|tsx)$/): string[] {
  return dirs.flatMap((dir) => walk(join(ROOT, dir), pattern)).map((file) => relative(ROOT, file));
}

/** A file's code without its comments: a comment may explain a number or a list without being a second home for it. */
export function codeOf(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Lines of the files whose code matches `pattern`, as "file:line: text". */
export function matchingLines(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    codeOf(file)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}
