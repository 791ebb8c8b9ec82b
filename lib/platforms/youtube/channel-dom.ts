import { anyOf } from '../evidence';
import { textOf } from '../json';
import { classifyHeaderParts, type HeaderPart } from './header-parts';
import { viewsAndDate, type PostDraft } from './channel-posts';
import type { BrowseData, ChannelHeader } from './channel-json';
import type { ChannelPage } from './route';
import { CHANNEL_HEADER, CHANNEL_TILE, YT } from './selectors';

/**
 * The rendered channel page: its header (new view-model header, and the c4 header before 2024) and
 * its video grid. YouTube reuses these elements across in-page navigations, so the header is read
 * only when it shows the channel in the URL.
 */

/** Leaf texts of the rendered header's metadata rows ("@handle", "4.32M subscribers", "466 videos"). */
function domHeaderParts(header: Element): HeaderPart[] {
  const parts: HeaderPart[] = [];
  const rows = header.querySelectorAll(anyOf(YT.headerMetadataPart, YT.headerHandle, YT.headerSubscribers, YT.headerVideos));
  for (const element of rows) {
    if (!element.id && element.querySelector('span')) continue;
    const text = textOf(element);
    if (!text || /^[•·|]$/.test(text)) continue;
    const meaning = element.matches(YT.headerSubscribers.css) ? 'subscribers' : element.matches(YT.headerVideos.css) ? 'videos' : undefined;
    parts.push({ text, label: element.getAttribute('aria-label'), ...(meaning ? { meaning } : {}) });
  }
  return parts;
}

export function domHeader(doc: Document, lang: string): (ChannelHeader & { element: Element }) | null {
  const element = doc.querySelector(CHANNEL_HEADER);
  if (!element) return null;
  const classified = classifyHeaderParts(domHeaderParts(element), lang);
  const titles = [YT.headerTitleViewModel, YT.headerTitleText, YT.headerTitle2018, YT.headerChannelNameText, YT.headerChannelName, YT.headerH1];
  const title = titles.map((entry) => textOf(element.querySelector(entry.css))).find(Boolean) ?? null;
  // Old header: a verified badge element. New header: an icon drawn inside the title's h1.
  const badge = element.querySelector(anyOf(YT.headerVerifiedBadge, YT.headerVerifiedBadgeVariant, YT.headerVerifiedIcon));
  return {
    element,
    title,
    handle: classified.handle,
    counts: classified.counts,
    verified: badge ? true : null,
    description: null,
    channelId: null,
    links: [],
  };
}

/**
 * Whether the rendered header shows the URL's channel. YouTube reuses the header element across
 * navigations, so a header naming an @handle must be that of the URL; on a /channel/ (or /c/, /user/)
 * URL it counts only when data the page loaded ties that handle to this channel. A header without a
 * handle (pages before 2022) cannot be checked and is read.
 */
export function domHeaderMatches(header: ChannelHeader, page: ChannelPage, known: readonly BrowseData[]): boolean {
  if (!header.handle) return true;
  const handleKey = `@${header.handle.toLowerCase()}`;
  if (page.kind === 'handle') return handleKey === page.key;
  return known.some((data) => data.identity.has(handleKey) && data.identity.has(page.key));
}

/** A tile's byline naming another channel: home-page shelves mix in other creators' videos. */
function domOwnedByOther(tile: Element, title: string | null): boolean {
  const byline = tile.querySelector(anyOf(YT.tileBylineLink, YT.tileChannelNameLink, YT.tileChannelNameIdLink));
  const name = textOf(byline);
  return Boolean(name && title && name.toLowerCase() !== title.toLowerCase());
}

export function domDrafts(doc: Document, title: string | null, lang: string, now: Date): PostDraft[] {
  const drafts: PostDraft[] = [];
  const tiles = doc.querySelectorAll(CHANNEL_TILE);
  for (const tile of tiles) {
    // A rich item wraps a lockup in newer builds: read the innermost tile only.
    if (tile.querySelector(CHANNEL_TILE) || domOwnedByOther(tile, title)) continue;
    const link = tile.querySelector(anyOf(YT.tileWatchLink, YT.tileShortsLink));
    const href = link?.getAttribute('href') ?? '';
    const watch = /[?&]v=([\w-]{6,20})/.exec(href);
    const shorts = /^\/shorts\/([\w-]{6,20})/.exec(href);
    const id = watch?.[1] ?? shorts?.[1];
    if (!id || drafts.some((draft) => draft.id === id)) continue;
    const titleElement = tile.querySelector(anyOf(YT.tileTitleId, YT.tileTitleLink, YT.tileHeading, YT.tileTitleClass));
    const metaParts = [...tile.querySelectorAll(anyOf(YT.tileMetadataLine, YT.tileMetadataRow, YT.tileShortsSubhead))]
      .filter((span) => !span.querySelector('span') && !titleElement?.contains(span))
      .map((span) => textOf(span))
      .filter((text): text is string => Boolean(text) && !/^[•·|]$/.test(text!));
    drafts.push({ id, shorts: Boolean(shorts), title: textOf(titleElement), snippet: null, ...viewsAndDate(metaParts, lang, now) });
  }
  return drafts;
}
