import type { ExtractResult } from '../../snapshot';
import { fillCounts, finishSnapshot, hasAnyCount } from '../common';
import { clip } from '../json';
import type { ExtractOptions } from '../types';
import { belongsTo, continuationsAfter, draftsFromData, embeddedBrowse, headerFromData, observedBrowse, type BrowseData, type ChannelHeader } from './channel-json';
import { domDrafts, domHeader, domHeaderMatches } from './channel-dom';
import { postFromDraft, type PostDraft } from './channel-posts';
import type { ChannelPage } from './route';

/**
 * YouTube channel pages: /@handle, /channel/ID, /c/name and /user/name, with their tabs.
 *
 * Sources, in order: `ytInitialData` embedded in the first HTML; the browse responses the page
 * fetched itself (and the data YouTube hands its own `yt-navigate-finish` event); the rendered page.
 * After an in-page navigation `ytInitialData` still describes the first page, so every source must
 * name the channel in the URL, or it is ignored.
 */
export function extractYouTubeChannel(doc: Document, url: URL, page: ChannelPage, lang: string | null, options: ExtractOptions): ExtractResult {
  const numberLang = lang ?? 'en';
  const capturedAt = options.capturedAt ?? new Date().toISOString();
  const now = new Date(capturedAt);

  // The newest matching data wins: embedded only when fresh, then what the page fetched itself.
  const candidates: BrowseData[] = [];
  const embedded = options.embeddedIsStale ? null : embeddedBrowse(doc);
  if (embedded) candidates.push(embedded);
  const observed = [...(options.observed ?? [])].sort((a, b) => b.at - a.at);
  for (const response of observed) {
    const browse = observedBrowse(response);
    if (browse) candidates.push(browse);
  }
  const browse = candidates.find((candidate) => belongsTo(candidate, page)) ?? null;

  const sources: string[] = [];
  let header: ChannelHeader | null = null;
  let drafts: PostDraft[] = [];
  if (browse) {
    header = headerFromData(browse.data, numberLang);
    drafts = draftsFromData(browse.data, header, numberLang, now);
    for (const more of continuationsAfter(browse, observed)) drafts.push(...draftsFromData(more, header, numberLang, now));
    sources.push(browse.source);
  }

  const rendered = domHeader(doc, numberLang);
  // Even stale embedded data truly ties its own handle to its own channel id.
  const known = options.embeddedIsStale ? [...candidates, ...[embeddedBrowse(doc)].filter((data): data is BrowseData => data !== null)] : candidates;
  const renderedMatches = rendered !== null && domHeaderMatches(rendered, page, known);
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
  });
}

/** The overlay goes after the rendered header of the channel in the URL; null (a floating card) elsewhere. */
export function findChannelOverlayAnchor(doc: Document, page: ChannelPage, lang: string | null): Element | null {
  const rendered = domHeader(doc, lang ?? 'en');
  const embedded = embeddedBrowse(doc);
  return rendered && domHeaderMatches(rendered, page, embedded ? [embedded] : []) ? rendered.element : null;
}
