import { type ExtractResult, type Post } from '../../snapshot';
import { fillCounts, finishSnapshot, hasAnyCount, normalizeLink, type CountReadings } from '../common';
import { anyOf } from '../evidence';
import { PLATFORM_HOSTS } from '../hosts';
import { asString, clip, dig, isObject, pageLanguage, textOf, type JsonObject } from '../json';
import type { ExtractOptions, PlatformExtractor } from '../types';
import { domProfileCounts, domTiles, domVerified, domVideo, profileHeader, videoPlayer } from './dom';
import { embeddedItems, embeddedUser } from './embedded';
import { isTikTokBotCheck } from './interstitial';
import { countsFromStats, mergePosts, postFromItem } from './json';
import { observedItems, observedUser } from './observed';
import { tiktokPage } from './route';
import { TT, VIDEO_BLOCK } from './selectors';

export { isTikTokBotCheck } from './interstitial';
export { looksRounded } from './json';
export { tiktokIdDate } from './video-id';

/**
 * TikTok: profile pages (/@handle) and video pages (/@handle/video/ID).
 *
 * Sources, in order: the embedded JSON (__UNIVERSAL_DATA_FOR_REHYDRATION__ since 2023-12, SIGI_STATE
 * 2021–23, __NEXT_DATA__ 2020–21), then the JSON the page fetched itself (/api/user/detail,
 * /api/post/item_list, /api/item/detail), then the data-e2e hooks of the rendered page.
 * Every source must name the creator in the URL; one that names another (stale JSON after an in-page
 * navigation) is ignored.
 */
export function extractTikTok(doc: Document, url: URL, options: ExtractOptions = {}): ExtractResult {
  if (isTikTokBotCheck(doc)) return { ok: false, reason: 'bot-check', detail: 'TikTok served its "Please wait…" bot check instead of the page' };
  const page = tiktokPage(url);
  if (!page) return { ok: false, reason: 'not-profile', detail: 'not a TikTok profile or video page' };
  const lang = pageLanguage(doc);
  const numberLang = lang ?? 'en';
  const capturedAt = options.capturedAt ?? new Date().toISOString();
  const now = new Date(capturedAt);
  const sources: string[] = [];

  const counts: CountReadings = {};
  let user: JsonObject | null = null;
  const embedded = options.embeddedIsStale ? null : embeddedUser(doc, page.handle);
  if (embedded) {
    user = embedded.user;
    fillCounts(counts, embedded.counts);
    if (hasAnyCount(embedded.counts)) sources.push('embedded-json');
  }
  const observed = observedUser(options.observed, page.handle);
  if (observed) {
    user ??= observed.user;
    if (hasAnyCount(observed.counts)) sources.push('observed-json');
    fillCounts(counts, observed.counts);
  }

  // Items: embedded, then observed (newest wins per id), for this creator only.
  const byId = new Map<string, Post>();
  const itemSources: [JsonObject[], string][] = [
    [options.embeddedIsStale ? [] : embeddedItems(doc, page.handle), 'embedded-json'],
    [observedItems(options.observed, page.handle), 'observed-json'],
  ];
  let videoItem: JsonObject | null = null;
  for (const [items, source] of itemSources) {
    for (const item of items) {
      const post = postFromItem(item, page.handle, now);
      if (!post) continue;
      const known = byId.get(post.id);
      byId.set(post.id, known ? mergePosts(known, post) : post);
      if (page.videoId && post.id === page.videoId) {
        videoItem = item;
        sources.push(source);
      } else if (page.kind === 'profile') sources.push(source);
    }
  }

  // A video page's JSON carries its author and the author's counts.
  if (videoItem) {
    const author = videoItem.author;
    if (isObject(author)) user ??= author;
    const authorCounts = countsFromStats(videoItem.authorStats, videoItem.authorStatsV2);
    fillCounts(counts, authorCounts);
  }

  const header = page.kind === 'profile' ? profileHeader(doc, page.handle) : null;
  if (header) {
    const domCounts = domProfileCounts(doc, numberLang);
    if (hasAnyCount(domCounts)) sources.push('dom');
    fillCounts(counts, domCounts);
  }

  let posts: Post[];
  if (page.kind === 'post') {
    let post = byId.get(page.videoId!) ?? null;
    if (!post) {
      post = domVideo(doc, page, numberLang, now);
      if (post) sources.push('dom');
    }
    if (!post) return { ok: false, reason: 'unreadable', detail: 'the video has not rendered its counts yet' };
    posts = [post];
  } else {
    posts = [...byId.values()].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
    if (header) {
      const tiles = domTiles(doc, page.handle, numberLang, now).filter((tile) => !byId.has(tile.id));
      if (tiles.length > 0) sources.push('dom');
      posts.push(...tiles);
    }
    if (!user && !header && !hasAnyCount(counts))
      return { ok: false, reason: 'unreadable', detail: `no data for @${page.handle} on this page yet` };
  }

  const bioLink = normalizeLink(asString(dig(user, 'bioLink', 'link')) ?? (header ? textOf(doc.querySelector(TT.userLink.css)) : null));
  const verifiedJson = user && typeof user.verified === 'boolean' ? user.verified : null;

  return finishSnapshot({
    platform: 'tiktok',
    handle: asString(user?.uniqueId)?.slice(0, 100) ?? page.handle,
    url: url.href.slice(0, 2000),
    capturedAt,
    displayName: clip(asString(user?.nickname) ?? (header ? textOf(doc.querySelector(TT.userSubtitle.css)) : null), 500),
    bio: clip(asString(user?.signature) ?? (header ? textOf(doc.querySelector(TT.userBio.css)) : null), 10000),
    verified: verifiedJson ?? (header ? domVerified(doc) : null),
    counts,
    posts,
    links: bioLink ? [bioLink] : [],
    likesHidden: false,
    platformId: asString(user?.id)?.slice(0, 200) ?? null,
    pageLanguage: lang,
    sources,
    pageKind: page.kind,
  });
}

export function findTikTokOverlayAnchor(doc: Document, url: URL): Element | null {
  const page = tiktokPage(url);
  if (!page) return null;
  if (page.kind === 'profile') {
    if (!profileHeader(doc, page.handle)) return null;
    return doc.querySelector(TT.followersCount.css)?.closest('h3')?.parentElement ?? null;
  }
  const container = videoPlayer(doc, page)?.closest(VIDEO_BLOCK);
  return container?.querySelector(anyOf(TT.videoDesc, TT.browseVideoDesc)) ?? null;
}

export const tiktok: PlatformExtractor = {
  platform: 'tiktok',
  hosts: PLATFORM_HOSTS.tiktok,
  pageKey(url) {
    // A video page is keyed by its video: moving to another video must switch the card.
    const page = tiktokPage(url);
    if (!page) return null;
    return page.kind === 'post' ? `@${page.handle}/video/${page.videoId!}` : `@${page.handle}`;
  },
  extract: extractTikTok,
  findOverlayAnchor: findTikTokOverlayAnchor,
};
