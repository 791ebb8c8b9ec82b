import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ProfileSnapshotSchema, type ExtractResult } from '../../../lib/snapshot';
import type { ExtractOptions, ObservedResponse } from '../../../lib/platforms/types';
import { openTestPage } from './saved-pages';

export const FIXTURE_ROOT = join(__dirname, '..', '..', 'fixtures');

export function readPlatformFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURE_ROOT, ...parts), 'utf8');
}

/** Parses saved HTML into a Document as a content script sees it: no script runs. Its window closes when the test ends (./saved-pages.ts). */
export function parseHtml(html: string): Document {
  return openTestPage(html);
}

/** An observed-response fixture file: `[{ url, body, at }]`, the bodies as the page's own scripts fetched them. */
export function observedFixture(...parts: string[]): ObservedResponse[] {
  return JSON.parse(readPlatformFixture(...parts)) as ObservedResponse[];
}

/** What a saved page must yield. `expect` is matched against the extract result. */
export interface ExpectedPage {
  url: string;
  page: string | null;
  /** The `<html lang>` of the empty page used when `page` is null. */
  lang?: string;
  observed?: string | null;
  capturedAt?: string;
  embeddedIsStale?: boolean;
  expect: Record<string, unknown>;
  postCount?: number;
  posts?: (Record<string, unknown> & { id: string })[];
  /** Ids that must not appear (another channel's videos, playlists, premieres). */
  absentPosts?: string[];
}

export function expectedPages(dir: string): string[] {
  return readdirSync(join(FIXTURE_ROOT, dir))
    .filter((file) => file.endsWith('.expected.json'))
    .sort();
}

/** Runs an extractor on the page and observed responses an expected-numbers file names. */
export function runExpectedPage(
  extract: (doc: Document, url: URL, options?: ExtractOptions) => ExtractResult,
  dir: string,
  file: string,
): { expected: ExpectedPage; result: ExtractResult } {
  const expected = JSON.parse(readPlatformFixture(dir, file)) as ExpectedPage;
  const html = expected.page ? readPlatformFixture(dir, expected.page) : `<html lang="${expected.lang ?? 'en'}"><body></body></html>`;
  const result = extract(parseHtml(html), new URL(expected.url), {
    observed: expected.observed ? observedFixture(dir, expected.observed) : [],
    capturedAt: expected.capturedAt ?? '2026-01-01T00:00:00.000Z',
    embeddedIsStale: expected.embeddedIsStale ?? false,
  });
  return { expected, result };
}

/** Runs an expected-numbers case and checks the result, the schema, the post count and each named post. */
export function checkExpectedPage(extract: (doc: Document, url: URL, options?: ExtractOptions) => ExtractResult, dir: string, file: string): void {
  const { expected, result } = runExpectedPage(extract, dir, file);
  expect(result).toMatchObject(expected.expect);
  if (!result.ok) return;
  expect(ProfileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  if (expected.postCount !== undefined) expect(result.snapshot.posts).toHaveLength(expected.postCount);
  for (const post of expected.posts ?? []) expect(result.snapshot.posts.find((p) => p.id === post.id)).toMatchObject(post);
  for (const id of expected.absentPosts ?? []) expect(result.snapshot.posts.some((p) => p.id === id)).toBe(false);
}
