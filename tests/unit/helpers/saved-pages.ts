import { onTestFinished } from 'vitest';
import { openParsedPage, parseSavedPage, type ParsedPage } from '../../../lib/cli/saved-page';

/**
 * Saved pages for the unit tests, parsed as `openSavedPage` parses them (the way a content script sees
 * a page: no script runs, no frame loads), each document in a window of its own.
 *
 * A happy-dom window that is never closed is never freed: a file that opened the big YouTube captures
 * held over a gigabyte by its end, and the garbage collector spent half the file's CPU going over it
 * again and again. So each window is closed when the test that opened it ends, or, when it was opened
 * outside a test (while a file's tests are collected, or in a `beforeAll`), when its file ends
 * (`closePagesOfFile`, called by tests/unit/setup.ts).
 *
 * The parse of a big page is kept for the worker's next tests and files: several files read the same
 * captures, and parsing the 4 MB watch page takes a second. Each test still gets a document built afresh
 * from it (building leaves the parse as it was: vet-whole-page.test.ts), so no test sees another's
 * changes or what an extractor cached on another test's document.
 */
export function openTestPage(html: string): Document {
  const page = openParsedPage(parsed(html));
  try {
    onTestFinished(() => page.close());
  } catch {
    openedOutsideTests.push(page);
  }
  return page.doc;
}

const openedOutsideTests: Array<{ close: () => Promise<void> }> = [];

/** Closes the windows opened outside a test in the file that just ran. */
export async function closePagesOfFile(): Promise<void> {
  for (const page of openedOutsideTests.splice(0)) await page.close();
}

/** Pages shorter than this are parsed every time: they take milliseconds. */
const KEEP_FROM_CHARS = 100_000;
/** Parses kept at most, counted in characters of HTML (a parse takes about 26 bytes of memory per character). */
const KEEP_AT_MOST_CHARS = 12_000_000;
/** The kept parses by their HTML, least recently used first. */
const kept = new Map<string, ParsedPage>();
let keptChars = 0;

function parsed(html: string): ParsedPage {
  if (html.length < KEEP_FROM_CHARS) return parseSavedPage(html);
  const known = kept.get(html);
  if (known) {
    kept.delete(html);
    kept.set(html, known);
    return known;
  }
  const tree = parseSavedPage(html);
  kept.set(html, tree);
  keptChars += html.length;
  for (const [oldest] of kept) {
    if (keptChars <= KEEP_AT_MOST_CHARS) break;
    kept.delete(oldest);
    keptChars -= oldest.length;
  }
  return tree;
}
