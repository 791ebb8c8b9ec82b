import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ObservedResponse } from '../../../lib/platforms/types';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Parses saved HTML into a Document the way a content script would see it (no scripts run). */
export function loadDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function observedFrom(dir: string, files: string[]): ObservedResponse[] {
  return files.map((file, i) => ({ url: `https://www.instagram.com/graphql/query/#${file}`, body: JSON.parse(readFixture(dir, file)), at: i }));
}

export function expectedCases(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.expected.json')).sort();
}
