import { tiktokCommentTexts } from './comments';
import { type CountField, type ExtractResult, type Post } from '../../snapshot';
import {
  contradictions,
  fillCounts,
  finishSnapshot,
  hasAnyCount,
  newestReading,
  normalizeLink,
  type CountReading,
  type CountReadings,
  type OverruledField,
  type ShownCreator,
  type TimedReading,
} from '../common';
import { anyOf } from '../evidence';
import { PLATFORM_HOSTS } from '../hosts';
import { asString, clip, dig, isObject, pageLanguage, textOf, type JsonObject } from '../json';
import type { ExtractOptions, PlatformExtractor } from '../types';
import { domProfileCounts, domTiles, domVerified, domVideo, headerNames, profileHeader, videoPlayer } from './dom';
import { embeddedItems, embeddedUser } from './embedded';
import { isTikTokBotCheck } from './interstitial';
import { countsFromStats, mergePosts, postFromItem } from './json';
import { observedItems, observedUsers } from './observed';
import { tiktokPage } from './route';
import { TT, VIDEO_BLOCK } from './selectors';

export { isTikTokBotCheck } from './interstitial';
export { looksRounded } from './json';
export { tiktokIdDate } from './video-id';

/**
 * TikTok: profile pages (/@handle) and video pages (/@handle/video/ID).
 *
 * Sources: the JSON the page fetched itself from TikTok's own endpoints (/api/user/detail,
 * /api/post/item_list, /api/item/detail: observed.ts), the embedded JSON (__UNIVERSAL_DATA_FOR_REHYDRATION__
 * since 2023-12, SIGI_STATE 2021–23, __NEXT_DATA__ 2020–21: embedded.ts), then the data-e2e hooks of the
 * rendered page (dom.ts). Per count the newest reading wins. Every source must name the creator in the
 * URL; one that names another (stale JSON after an in-page navigation) is ignored, and a fetched user
 * object that the rendered header contradicts (followers, name, badge) is set aside.
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

  const header = page.kind === 'profile' ? profileHeader(doc, page.handle) : null;
  const domCounts = header ? domProfileCounts(doc, numberLang) : {};
  // What the header shows, to check the page's loaded data against: the visible page wins.
  const shown: ShownCreator = header
    ? {
        followers: domCounts.followers ?? null,
        names: [TT.userTitle, TT.userSubtitle].map((entry) => textOf(doc.querySelector(entry.css)) ?? ''),
        verified: domVerified(doc),
      }
    : {};
  const overruled: OverruledField[] = [];
  const readings: Partial<Record<CountField, TimedReading[]>> = {};
  const addCounts = (found: CountReadings, at: number) => {
    for (const [field, reading] of Object.entries(found) as [CountField, CountReading][]) (readings[field] ??= []).push({ ...reading, at });
  };

  // The creator's user object: the newest one the page fetched that its header does not contradict, else the embedded one.
  let user: JsonObject | null = null;
  const disagreeing = (reading: { user: JsonObject; counts: CountReadings }) =>
    contradictions(shown, {
      followers: reading.counts.followers ?? null,
      displayName: asString(reading.user.nickname) ?? null,
      verified: typeof reading.user.verified === 'boolean' ? reading.user.verified : null,
    });
  for (const fetched of observedUsers(options.observed, page.handle)) {
    const disagree = disagreeing(fetched);
    if (disagree.length > 0) {
      overruled.push(...disagree);
      continue;
    }
    user ??= fetched.user;
    addCounts(fetched.counts, fetched.at);
    if (hasAnyCount(fetched.counts)) sources.push('observed-json');
  }
  // The embedded JSON too: a page script can add one as easily as it can post a response. Where the
  // header contradicts its user, its videos are set aside with it.
  const embedded = options.embeddedIsStale ? null : embeddedUser(doc, page.handle);
  const embeddedDisagree = embedded ? disagreeing(embedded) : [];
  overruled.push(...embeddedDisagree);
  const embeddedTrusted = !options.embeddedIsStale && embeddedDisagree.length === 0;
  if (embedded && embeddedTrusted) {
    user ??= embedded.user;
    addCounts(embedded.counts, -Infinity);
    if (hasAnyCount(embedded.counts)) sources.unshift('embedded-json');
  }

  // Items: embedded, then observed (the newer reading of a post wins), for this creator only.
  const byId = new Map<string, Post>();
  const itemSources: [{ item: JsonObject; at: number }[], string][] = [
    [embeddedTrusted ? embeddedItems(doc, page.handle).map((item) => ({ item, at: -Infinity })) : [], 'embedded-json'],
    [observedItems(options.observed, page.handle), 'observed-json'],
  ];
  let videoItem: { item: JsonObject; at: number } | null = null;
  for (const [items, source] of itemSources) {
    for (const found of items) {
      const post = postFromItem(found.item, page.handle, now);
      if (!post) continue;
      const known = byId.get(post.id);
      byId.set(post.id, known ? mergePosts(known, post) : post);
      if (page.videoId && post.id === page.videoId) {
        videoItem = found;
        sources.push(source);
      } else if (page.kind === 'profile') sources.push(source);
    }
  }

  // A video page's JSON carries its author and the author's counts.
  if (videoItem) {
    const author = videoItem.item.author;
    if (isObject(author)) user ??= author;
    addCounts(countsFromStats(videoItem.item.authorStats, videoItem.item.authorStatsV2), videoItem.at);
  }

  const counts: CountReadings = {};
  for (const [field, timed] of Object.entries(readings) as [CountField, TimedReading[]][]) {
    const reading = newestReading(timed);
    if (reading) counts[field] = reading;
  }
  if (header) {
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
    const commentTexts = tiktokCommentTexts(options.observed, page.videoId!);
    posts = [commentTexts.length ? { ...post, commentTexts } : post];
  } else {
    posts = [...byId.values()].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
    if (header) {
      const tiles = domTiles(doc, page.handle, numberLang, now).filter((tile) => !byId.has(tile.id));
      if (tiles.length > 0) sources.push('dom');
      posts.push(...tiles);
    }
    if (!user && !header && !hasAnyCount(counts)) return { ok: false, reason: 'unreadable', detail: `no data for @${page.handle} on this page yet` };
  }

  const bioLink = normalizeLink(asString(dig(user, 'bioLink', 'link')) ?? (header ? textOf(doc.querySelector(TT.userLink.css)) : null));
  const verifiedJson = user && typeof user.verified === 'boolean' ? user.verified : null;

  return finishSnapshot({
    platform: 'tiktok',
    handle: asString(user?.uniqueId)?.slice(0, 100) ?? page.handle,
    url: url.href.slice(0, 2000),
    capturedAt,
    displayName: clip(asString(user?.nickname) ?? (header ? headerNames(doc, page.handle).displayName : null), 500),
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
    overruled,
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
