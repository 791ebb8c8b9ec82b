import type { ExtractResult } from '../../snapshot';
import { contradictions, fillCounts, finishSnapshot, hasAnyCount, type OverruledField, type ShownCreator } from '../common';
import { clip } from '../json';
import type { ExtractOptions } from '../types';
import {
  belongsTo,
  continuationsAfter,
  draftsFromData,
  embeddedBrowse,
  headerFromData,
  observedBrowse,
  type BrowseData,
  type ChannelHeader,
} from './channel-json';
import { domDrafts, domHeader, domHeaderMatches } from './channel-dom';
import { postFromDraft, type PostDraft } from './channel-posts';
import type { ChannelPage } from './route';

/**
 * YouTube channel pages: /@handle, /channel/ID, /c/name and /user/name, with their tabs.
 *
 * Sources: the browse responses the page fetched itself (and the data YouTube hands its own
 * `yt-navigate-finish` event), newest first; `ytInitialData` embedded in the first HTML; the rendered
 * page. After an in-page navigation `ytInitialData` still describes the first page, so every source
 * must name the channel in the URL, or it is ignored; fetched data that the rendered header
 * contradicts (subscribers, name, badge) is set aside, and the snapshot says so (`overruled`).
 */
export function extractYouTubeChannel(doc: Document, url: URL, page: ChannelPage, lang: string | null, options: ExtractOptions): ExtractResult {
  const numberLang = lang ?? 'en';
  const capturedAt = options.capturedAt ?? new Date().toISOString();
  const now = new Date(capturedAt);

  // The newest data about this channel wins: what the page fetched itself, newest first, then the
  // embedded data (only while it is fresh).
  const observed = [...(options.observed ?? [])].sort((a, b) => b.at - a.at);
  const candidates: BrowseData[] = observed.map(observedBrowse).filter((data): data is BrowseData => data !== null);
  const embedded = options.embeddedIsStale ? null : embeddedBrowse(doc);
  if (embedded) candidates.push(embedded);

  const rendered = domHeader(doc, numberLang);
  // Even stale embedded data truly ties its own handle to its own channel id.
  const known = options.embeddedIsStale ? [...candidates, ...[embeddedBrowse(doc)].filter((data): data is BrowseData => data !== null)] : candidates;
  const renderedMatches = rendered !== null && domHeaderMatches(rendered, page, known);
  // Data the page fetched that the rendered header contradicts is set aside: the visible page wins.
  const shown: ShownCreator = renderedMatches
    ? { followers: rendered.counts.followers ?? null, names: rendered.title ? [rendered.title] : [], verified: rendered.verified }
    : {};
  const overruled: OverruledField[] = [];
  let browse: BrowseData | null = null;
  let header: ChannelHeader | null = null;
  for (const candidate of candidates) {
    if (!belongsTo(candidate, page)) continue;
    const read = headerFromData(candidate.data, numberLang);
    // Embedded ytInitialData too: a page script can plant one as easily as it can post a response.
    const disagree = contradictions(shown, { followers: read.counts.followers ?? null, displayName: read.title, verified: read.verified });
    overruled.push(...disagree);
    if (disagree.length > 0) continue;
    browse = candidate;
    header = read;
    break;
  }

  const sources: string[] = [];
  let drafts: PostDraft[] = [];
  if (browse && header) {
    drafts = draftsFromData(browse.data, header, numberLang, now);
    for (const more of continuationsAfter(browse, observed)) drafts.push(...draftsFromData(more, header, numberLang, now));
    sources.push(browse.source);
  }

  if (!header) {
    if (!renderedMatches) return { ok: false, reason: 'unreadable', detail: 'the channel header has not rendered yet' };
    header = rendered;
    if (hasAnyCount(rendered.counts) || rendered.title) sources.push('dom');
  } else if (renderedMatches) {
    const before = hasAnyCount(header.counts);
    fillCounts(header.counts, rendered.counts);
    if (!before && hasAnyCount(header.counts)) sources.push('dom');
  }
  if (drafts.length === 0 && renderedMatches) {
    drafts = domDrafts(doc, header.title, numberLang, now);
    if (drafts.length > 0) sources.push('dom');
  }

  const handle = header.handle ?? (page.kind === 'handle' ? page.key.slice(1) : null);
  const posts = drafts.map((draft) => postFromDraft(draft, numberLang, now));
  return finishSnapshot({
    platform: 'youtube',
    handle: handle ? handle.slice(0, 100) : null,
    url: url.href.slice(0, 2000),
    capturedAt,
    displayName: clip(header.title, 500),
    bio: clip(header.description, 10000),
    verified: header.verified,
    counts: header.counts,
    posts: [...new Map(posts.map((post) => [post.id, post])).values()],
    links: header.links,
    likesHidden: false,
    platformId: header.channelId ?? (page.kind === 'channel' ? page.key.slice('channel/'.length) : null),
    pageLanguage: lang,
    sources,
    pageKind: 'profile',
    overruled,
  });
}

/** The overlay goes after the rendered header of the channel in the URL; null (a floating card) elsewhere. */
export function findChannelOverlayAnchor(doc: Document, page: ChannelPage, lang: string | null): Element | null {
  const rendered = domHeader(doc, lang ?? 'en');
  const embedded = embeddedBrowse(doc);
  return rendered && domHeaderMatches(rendered, page, embedded ? [embedded] : []) ? rendered.element : null;
}
