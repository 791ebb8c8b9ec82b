import { openParsedPage, parseSavedPage, type ParsedPage } from '../../../lib/cli/saved-page';
import { expect, it } from 'vitest';
import { EXTRACTORS } from '../../../lib/platforms';
import type { PlatformExtractor } from '../../../lib/platforms/types';
import { COUNT_FIELDS, type ExtractResult, type ProfileSnapshot } from '../../../lib/snapshot';
import { seededRandom } from '../../../lib/eval/synthetic';
import { readFixture } from './fixtures';

export interface FuzzCase {
  platform: keyof typeof EXTRACTORS;
  url: string;
  file: string;
  runs: number;
}

/**
 * When a site changes, the extractors must not throw and must not invent numbers: every count they
 * return is the one the unmutated page gives, a rounded form of it flagged as rounded, or null.
 */

const CAPTURED_AT = '2024-12-31T12:00:00.000Z';

/**
 * `npm test` runs a tenth of each case's mutations (at least 10), so the suite stays quick enough to
 * run often on a 2-core machine; `npm run test:fuzz` runs them all. The seeds are the same either way:
 * the quick run is the first tenth of the long one, so a failure seen in either replays in
 * `npm run test:fuzz`.
 */
const FUZZ_SHARE = Number(process.env.VETLENS_FUZZ_SHARE ?? '0.1');
if (!(FUZZ_SHARE > 0 && FUZZ_SHARE <= 1)) throw new Error(`VETLENS_FUZZ_SHARE must be in (0, 1], got ${process.env.VETLENS_FUZZ_SHARE}`);
const MIN_RUNS = 10;

/** How many of a case's mutations this run makes. */
function runsThisTime(runs: number): number {
  return Math.min(runs, Math.max(MIN_RUNS, Math.ceil(runs * FUZZ_SHARE)));
}

/** Replacements no honest reader can turn into a count. */
const GARBAGE = ['', 'NaN', '—', '1,2,3', '12.5.6K', '∞', '-5', '1e9', '0x10', '12..5', 'K', '.5.', '9'.repeat(40), '3 4 5', '12/5', '½'];

type Mutation = (doc: Document, rand: () => number) => string;

const pick = <T>(items: T[], rand: () => number): T | undefined => items[Math.floor(rand() * items.length)];

const MUTATIONS: Mutation[] = [
  function deleteNode(doc, rand) {
    const el = pick(Array.from(doc.querySelectorAll('body *, head meta, head link')), rand);
    el?.remove();
    return `delete <${el?.tagName.toLowerCase()}>`;
  },
  function renameAttribute(doc, rand) {
    const el = pick(Array.from(doc.querySelectorAll('[title], [href], [content], [data-e2e], [aria-label], [property], [name]')), rand);
    const attr = el && pick(Array.from(el.attributes), rand);
    if (el && attr) {
      el.removeAttribute(attr.name);
      el.setAttribute(`${attr.name}-x`, attr.value);
    }
    return `rename @${attr?.name}`;
  },
  function shuffleChildren(doc, rand) {
    const parent = pick(
      Array.from(doc.querySelectorAll('body *')).filter((e) => e.children.length > 1),
      rand,
    );
    if (parent) {
      const kids = Array.from(parent.children);
      for (let i = kids.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [kids[i], kids[j]] = [kids[j]!, kids[i]!];
      }
      for (const kid of kids) parent.appendChild(kid);
    }
    return 'shuffle';
  },
  function garbleNumbersInText(doc, rand) {
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\d/.test(n.nodeValue ?? '')) texts.push(n as Text);
    const node = pick(texts, rand);
    if (node) node.nodeValue = (node.nodeValue ?? '').replace(/\d[\d.,]*\s?[KMBkmb]?/g, () => pick(GARBAGE, rand)!);
    return 'garble text number';
  },
  function garbleNumbersInAttributes(doc, rand) {
    const el = pick(
      Array.from(doc.querySelectorAll('[title], meta[content]')).filter((e) => /\d/.test(e.getAttribute('title') ?? e.getAttribute('content') ?? '')),
      rand,
    );
    const name = el?.hasAttribute('title') ? 'title' : 'content';
    if (el)
      el.setAttribute(
        name,
        (el.getAttribute(name) ?? '').replace(/\d[\d.,]*\s?[KMBkmb]?/g, () => pick(GARBAGE, rand)!),
      );
    return `garble @${name}`;
  },
  function truncateEmbeddedJson(doc, rand) {
    const script = pick(
      Array.from(doc.querySelectorAll('script')).filter((s) => (s.textContent ?? '').length > 20),
      rand,
    );
    if (script) script.textContent = (script.textContent ?? '').slice(0, Math.floor(rand() * (script.textContent ?? '').length));
    return 'truncate script';
  },
  function garbleJsonNumbers(doc, rand) {
    const script = pick(
      Array.from(doc.querySelectorAll('script')).filter((s) => /\d/.test(s.textContent ?? '')),
      rand,
    );
    if (script) script.textContent = (script.textContent ?? '').replace(/:\s?(\d+)/g, (whole) => (rand() < 0.3 ? `:"${pick(GARBAGE, rand)}"` : whole));
    return 'garble JSON numbers';
  },
];

/**
 * Each mutated page gets its own document, built from the page parsed once (the same document a parse
 * of the HTML gives: parsing a multi-megabyte page again for each mutation took most of the time), in
 * its own window, closed after use, so thousands of big pages fit in memory.
 */
async function withDocument<T>(parsed: ParsedPage, use: (doc: Document) => T): Promise<T> {
  const page = openParsedPage(parsed);
  try {
    return use(page.doc);
  } finally {
    await page.close();
  }
}

function snapshotOf(result: ExtractResult): ProfileSnapshot | null {
  return result.ok ? result.snapshot : null;
}

const POST_COUNTS = ['likes', 'comments', 'views', 'shares', 'saves'] as const;

/** Whether a snapshot holds any number the check below can compare. */
function hasNumbers(snapshot: ProfileSnapshot): boolean {
  return COUNT_FIELDS.some((field) => snapshot[field] !== null) || snapshot.posts.some((post) => POST_COUNTS.some((field) => (post[field] ?? null) !== null));
}

/** A returned number is supported when it equals the original, or is a rounded reading of it and says so. */
function unsupported(original: ProfileSnapshot, mutated: ProfileSnapshot, checkIdentity: boolean): string[] {
  const problems: string[] = [];
  const check = (label: string, value: number | null, truth: number | null | undefined, rounded: boolean) => {
    if (value === null) return;
    if (truth === null || truth === undefined) problems.push(`${label}=${value} but the page gives none`);
    else if (value !== truth && !(rounded && Math.abs(value - truth) <= truth * 0.05)) problems.push(`${label}=${value}, page gives ${truth}`);
  };
  for (const field of COUNT_FIELDS) check(field, mutated[field], original[field], mutated.precision[field] === 'rounded');
  // A post page credits one creator: a mutated page must never credit another one.
  if (checkIdentity && mutated.handle && original.handle && mutated.handle.toLowerCase() !== original.handle.toLowerCase())
    problems.push(`handle=${mutated.handle}, page gives ${original.handle}`);
  if (checkIdentity && mutated.platformId && original.platformId && mutated.platformId !== original.platformId)
    problems.push(`platformId=${mutated.platformId}, page gives ${original.platformId}`);
  if (mutated.pageKind !== original.pageKind) problems.push(`pageKind=${mutated.pageKind}, page is a ${original.pageKind}`);
  const posts = new Map(original.posts.map((p) => [p.id, p]));
  for (const post of mutated.posts) {
    const truth = posts.get(post.id);
    for (const field of POST_COUNTS) {
      check(`${post.id}.${field}`, post[field] ?? null, truth?.[field], post.rounded?.includes(field) ?? false);
    }
  }
  return problems;
}

/**
 * Registers one test per case. Each platform has its own test file, so each runs in its own worker
 * with its own memory: thousands of parsed pages do not fit in one. `checkIdentity` also fails a
 * mutated page that names another creator (handle or platform id) than the unmutated page does.
 */
export function fuzzExtractors(cases: FuzzCase[], seedBase: number, options: { checkIdentity?: boolean } = {}): void {
  for (const [caseIndex, { platform, url, file, runs: allRuns }] of cases.entries()) {
    const runs = runsThisTime(allRuns);
    const extractor: PlatformExtractor = EXTRACTORS[platform];
    it(`${platform}: ${file} survives ${runs} mutations without throwing or inventing numbers`, { timeout: 120_000 }, async () => {
      const parsed = parseSavedPage(readFixture(file));
      const original = await withDocument(parsed, (doc) => snapshotOf(extractor.extract(doc, new URL(url), { capturedAt: CAPTURED_AT })));
      expect(original, 'the unmutated page must be readable').not.toBeNull();
      expect(hasNumbers(original!), 'the unmutated page must give numbers to compare').toBe(true);
      const rand = seededRandom(seedBase + caseIndex);
      const failures: string[] = [];
      let compared = 0;
      for (let i = 0; i < runs; i++) {
        const applied: string[] = [];
        let result: ExtractResult;
        try {
          result = await withDocument(parsed, (doc) => {
            const steps = 1 + Math.floor(rand() * 4);
            for (let s = 0; s < steps; s++) applied.push(pick(MUTATIONS, rand)!(doc, rand));
            return extractor.extract(doc, new URL(url), { capturedAt: CAPTURED_AT });
          });
        } catch (error) {
          failures.push(`#${i} [${applied.join(', ')}] threw ${String(error)}`);
          continue;
        }
        const mutated = snapshotOf(result);
        if (mutated && hasNumbers(mutated)) compared++;
        if (mutated)
          for (const problem of unsupported(original!, mutated, options.checkIdentity ?? false)) failures.push(`#${i} [${applied.join(', ')}] ${problem}`);
      }
      expect(failures.slice(0, 10)).toEqual([]);
      // A mutated page that gives no number proves nothing about inventing one: at least one run in
      // ten must still give numbers to compare (most give far more).
      expect(compared, 'mutated pages that still gave numbers to compare').toBeGreaterThanOrEqual(Math.ceil(runs / 10));
    });
  }
}
