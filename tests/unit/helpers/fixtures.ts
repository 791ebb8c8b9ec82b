import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ObservedResponse } from '../../../lib/platforms/types';
import { openTestPage } from './saved-pages';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/**
 * Parses saved HTML into a Document the way a content script would see it: no scripts run, and no
 * frame is loaded (the test window's own parser would try each iframe and print an error). Its window
 * closes when the test ends (./saved-pages.ts).
 */
export function loadDocument(html: string): Document {
  return openTestPage(html);
}

export function observedFrom(dir: string, files: string[]): ObservedResponse[] {
  return files.map((file, i) => ({ url: `https://www.instagram.com/graphql/query/#${file}`, body: JSON.parse(readFixture(dir, file)), at: i }));
}

export function expectedCases(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
}
