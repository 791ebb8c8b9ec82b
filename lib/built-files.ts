/**
 * Where files live in the built extension: the lazily loaded parts of the content scripts (see
 * lib/build/lazy-content.ts, which builds them, and lib/content/boot.ts, which loads them) and the
 * card's page. Plain names only, so the build, the content scripts and the card's messages share them.
 */
import { PLATFORMS } from './platforms/names';

export const LAZY_CONTENT_DIR = 'content-scripts/lazy';

/** The content scripts whose readers load lazily, one per platform: lib/content/readers/<name>.ts. */
export const LAZY_READERS = PLATFORMS;
export type LazyReaderName = (typeof LAZY_READERS)[number];

export function lazyFile(name: LazyReaderName): string {
  return `/${LAZY_CONTENT_DIR}/${name}.js`;
}

/** The card's page (entrypoints/card/), framed on the three sites' pages. */
export const CARD_PAGE_PATH = '/card.html' as const;
