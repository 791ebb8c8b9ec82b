// `npm run check`: the type check (`npm run typecheck`) and ESLint (`npm run lint:eslint`) over one
// TypeScript program. ESLint's type-aware rules ask the type checker about most expressions; run on
// their own they build the whole program and check it again (three times the type check's CPU on a
// 2-core machine). Here the program is built and checked once, then handed to ESLint, whose rules
// find the checker's answers already worked out. Each half reports as its own command would, and the
// run fails if either finds anything.
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

// The program replaces the project service for the files it holds; the rest (the .mjs scripts and
// this config's own neighbours) keep the service, as in eslint.config.mjs.
const programFiles = new Set(program.getSourceFiles().map((file) => file.fileName));
const eslint = new ESLint({
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parserOptions: { projectService: false, project: null, programs: [program] } },
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

/** @returns {ts.FormatDiagnosticsHost} */
function formatHost() {
  return { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
}
