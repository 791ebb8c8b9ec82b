// `npm test`: every check of the suite, as the npm scripts each run alone, side by side where the
// machine has room. Most stages are one process on one core (tsc, eslint, prettier, the builds,
// web-ext); run in a row on a 2-core machine they leave a core idle for minutes. A stage starts
// when the stages it needs have passed and enough cores are free, in the order listed. The two test
// tiers take both cores each (vitest's two workers, Playwright's two browsers) and run after the
// one-core stages, which are ordered to end together on two cores: the type check and ESLint on one,
// the build, the team's browser tests, Prettier and the Firefox build on the other. Started beside
// the one-core stages instead, the end-to-end tier slowed them as much as they sped it (260 s in all
// either way, 2026-12-08); three Playwright workers gained 4 s. Each stage's output is printed whole
// when it ends; the run fails if any stage fails, and starts nothing new after a failure.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * name: the npm script; cores: how many it keeps busy; after: stages that must pass first.
 * @typedef {{ name: string, cores: number, after: string[] }} Stage
 * @typedef {{ ok: boolean, ms: number }} Result
 */
/** @type {Stage[]} */
const ALL_STAGES = [
  { name: 'build', cores: 1, after: [] },
  // `typecheck` and `lint:eslint` in one process over one TypeScript program (lib/cli/check-types-and-lint.mjs).
  { name: 'check', cores: 1, after: [] },
  { name: 'test:team:browser', cores: 1, after: ['build'] },
  { name: 'lint:prettier', cores: 1, after: [] },
  { name: 'lint:firefox', cores: 1, after: [] },
  { name: 'test:team:node', cores: 1, after: [] },
  { name: 'test:unit', cores: 2, after: [] },
  { name: 'test:e2e', cores: 2, after: ['build'] },
];

// `node lib/cli/test-all.mjs check lint:prettier` runs only those (a stage they need must be named too).
const named = process.argv.slice(2);
const unknown = named.filter((name) => !ALL_STAGES.some((stage) => stage.name === name));
if (unknown.length) throw new Error(`no such stage: ${unknown.join(', ')} (stages: ${ALL_STAGES.map((stage) => stage.name).join(', ')})`);
const STAGES = named.length ? ALL_STAGES.filter((stage) => named.includes(stage.name)) : ALL_STAGES;
const missing = STAGES.flatMap((stage) => stage.after.filter((name) => !STAGES.some((other) => other.name === name)));
if (missing.length) throw new Error(`these stages need ${[...new Set(missing)].join(', ')} as well`);

const cores = Math.max(2, availableParallelism());
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** @type {Map<string, Result>} */
const finished = new Map();
const running = new Set();
let busy = 0;
let failed = false;

/**
 * @param {Stage} stage
 * @returns {Promise<Result>}
 */
function run(stage) {
  return new Promise((resolve) => {
    const begin = Date.now();
    console.log(`▶ ${stage.name} (at ${seconds(begin - started)})`);
    const child = spawn('npm', ['run', '--silent', stage.name], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    /** @type {Buffer[]} */
    const output = [];
    /** @param {Buffer} chunk */
    const keep = (chunk) => output.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code, signal) => {
      const ms = Date.now() - begin;
      const ok = code === 0;
      console.log(`\n── ${stage.name}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(ms)} ──`);
      process.stdout.write(Buffer.concat(output));
      resolve({ ok, ms });
    });
  });
}

/**
 * Starts every stage that is ready and fits; calls `done` when nothing is running or left to start.
 * @param {() => void} done
 */
function schedule(done) {
  for (const stage of STAGES) {
    if (failed || finished.has(stage.name) || running.has(stage.name)) continue;
    if (!stage.after.every((name) => finished.get(name)?.ok)) continue;
    const need = Math.min(stage.cores, cores);
    if (busy + need > cores) continue;
    busy += need;
    running.add(stage.name);
    void run(stage).then((result) => {
      busy -= need;
      running.delete(stage.name);
      finished.set(stage.name, result);
      if (!result.ok) failed = true;
      schedule(done);
    });
  }
  if (running.size === 0) done();
}

await new Promise((resolve) => schedule(resolve));

console.log(`\nnpm test: ${seconds(Date.now() - started)} in all`);
for (const stage of STAGES) {
  const result = finished.get(stage.name);
  console.log(`  ${stage.name.padEnd(18)} ${result ? `${result.ok ? 'passed' : 'FAILED'} ${seconds(result.ms).padStart(8)}` : 'not run'}`);
}
process.exit(!failed && finished.size === STAGES.length ? 0 : 1);
