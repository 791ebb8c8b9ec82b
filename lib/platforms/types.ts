import type { ExtractResult, Platform } from '../snapshot';

/** A JSON response the page's own scripts fetched, seen passively by the MAIN-world observer. */
export interface ObservedResponse {
  /** The request URL the page used. */
  url: string;
  /** The parsed JSON body (untrusted: walk it defensively). */
  body: unknown;
  /** When it was observed (ms since epoch), to prefer the newest. */
  at: number;
}

export interface ExtractOptions {
  /** Responses the page fetched itself, newest last. */
  observed?: readonly ObservedResponse[];
  /** ISO time of the capture; defaults to now. Scoring counts time from it. */
  capturedAt?: string;
  /**
   * True after an in-page navigation: JSON embedded in the first HTML then belongs to the first
   * page, so the extractor must ignore it and trust observed responses and the visible DOM.
   */
  embeddedIsStale?: boolean;
}

/**
 * One module per platform behind this interface. `extract` is a pure function of the Document, the
 * URL and the observed responses; it never throws on odd pages and never returns a number the page
 * does not support.
 */
export interface PlatformExtractor {
  readonly platform: Platform;
  /** Host names whose pages this module reads. */
  readonly hosts: readonly string[];
  /**
   * The creator this URL belongs to ("nasa", "@kurzgesagt", "channel/UC…"), or null for pages that
   * are not a profile or a post. Used to notice in-page navigation to another creator.
   */
  pageKey(url: URL): string | null;
  extract(doc: Document, url: URL, options?: ExtractOptions): ExtractResult;
  /**
   * The element the inline overlay is inserted after (the profile header), or null when the page
   * has not rendered one yet; the overlay then floats as a card.
   */
  findOverlayAnchor(doc: Document, url: URL): Element | null;
}
