// `npm run check`: the type check (`npm run typecheck`) and ESLint (`npm run lint:eslint`) over one
// TypeScript program. ESLint's type-aware rules ask the type checker about most expressions; run on
// their own they build the whole program and check it again (three times the type check's CPU on a
// 2-core machine). Here the program is built and checked once, then handed to ESLint, whose rules
// find the checker's answers already worked out. Each half reports as its own command would, and the
// run fails if either finds anything.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { ESLint } from 'eslint';
import ts from 'typescript';

const root = process.cwd();
const configPath = ts.findConfigFile(root, (path) => ts.sys.fileExists(path), 'tsconfig.json');
if (!configPath) throw new Error(`no tsconfig.json in ${root}`);
/** @type {ts.Diagnostic[]} */
const configProblems = [];
const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => configProblems.push(diagnostic),
  },
);
if (!parsed) throw new Error(ts.formatDiagnostics(configProblems, formatHost()));
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });

const typeProblems = [...configProblems, ...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
const formatDiagnostics = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
if (typeProblems.length) process.stdout.write(formatDiagnostics(typeProblems, formatHost()));
console.log(`typecheck: ${typeProblems.length ? `${typeProblems.length} problem(s)` : 'no problems'} in ${parsed.fileNames.length} files`);

// The program replaces the project service for the files it holds. The .mjs scripts, outside
// tsconfig.json, get one program of their own: the project service (eslint.config.mjs) builds a
// separate one for each script, each reading the types of TypeScript, ESLint and Node again (several
// seconds of CPU apiece). Their options are those the service gives such a script: tsconfig.json's,
// with JavaScript allowed and read two levels into untyped packages. A script that ESLint lints and
// this program lacks stops the run with typescript-eslint's "not found in any of the provided programs".
const programFiles = new Set(program.getSourceFiles().map((file) => file.fileName));
const probe = new ESLint();
const scriptFiles = [];
for (const file of filesBelow(root, (name) => name !== 'node_modules' && name !== '.git')) {
  if (file.endsWith('.mjs') && !(await probe.isPathIgnored(file))) scriptFiles.push(file);
}
const scripts = ts.createProgram({
  rootNames: scriptFiles,
  options: { ...parsed.options, allowJs: true, allowNonTsExtensions: true, maxNodeModuleJsDepth: 2 },
});
const eslint = new ESLint({
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parserOptions: { projectService: false, project: null, programs: [program] } },
    },
    {
      files: ['**/*.mjs'],
      languageOptions: { parserOptions: { projectService: false, project: null, programs: [scripts] } },
    },
  ],
});
const results = await eslint.lintFiles(['.']);
const outside = results.filter((result) => /\.[mc]?tsx?$/.test(result.filePath) && !programFiles.has(result.filePath.replaceAll('\\', '/')));
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
if (report) process.stdout.write(report);
const lintProblems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
console.log(`eslint: ${lintProblems ? `${lintProblems} problem(s)` : 'no problems'} in ${results.length} files`);
if (outside.length) console.log(`eslint: outside the TypeScript program: ${outside.map((result) => result.filePath).join(', ')}`);

process.exit(typeProblems.length || lintProblems ? 1 : 0);

/**
 * Every file under `dir`, in the folders `enter` accepts.
 * @param {string} dir
 * @param {(name: string) => boolean} enter
 * @returns {string[]}
 */
function filesBelow(dir, enter) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return enter(entry.name) ? filesBelow(path, enter) : [];
    return entry.isFile() ? [path] : [];
  });
}

/** @returns {ts.FormatDiagnosticsHost} */
function formatHost() {
  return { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
}
