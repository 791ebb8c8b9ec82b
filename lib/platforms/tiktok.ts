import { parseCount } from '../parse/count';
import { extractHashtags, type ExtractResult, type Post } from '../snapshot';
import {
  fillCounts,
  finishSnapshot,
  fromParsed,
  hasAnyCount,
  isoFromUnixSeconds,
  normalizeLink,
  roundedList,
  type CountReading,
  type CountReadings,
} from './common';
import { PLATFORM_HOSTS } from './hosts';
import { asArray, asString, clip, dig, isObject, jsonCount, pageLanguage, scriptJson, textOf, type JsonObject } from './json';
import type { ExtractOptions, ObservedResponse, PlatformExtractor } from './types';

/**
 * TikTok: profile pages (/@handle) and video pages (/@handle/video/ID).
 *
 * Sources, in order: the embedded JSON (__UNIVERSAL_DATA_FOR_REHYDRATION__ since 2023-12, SIGI_STATE
 * 2021–23, __NEXT_DATA__ 2020–21), then the JSON the page fetched itself (/api/user/detail,
 * /api/post/item_list, /api/item/detail), then the data-e2e hooks of the rendered page.
 * Every source must name the creator in the URL; one that names another (stale JSON after an in-page
 * navigation) is ignored.
 */

const HANDLE = '[A-Za-z0-9._]{1,64}';
const PROFILE_PATH = new RegExp(`^/@(${HANDLE})/?$`);
const POST_PATH = new RegExp(`^/@(${HANDLE})/(video|photo)/(\\d{5,25})/?$`);

interface TikTokPage {
  handle: string;
  kind: 'profile' | 'post';
  videoId: string | null;
}

function tiktokPage(url: URL): TikTokPage | null {
  const path = decodeURIComponent(url.pathname);
  const post = POST_PATH.exec(path);
  if (post) return { handle: post[1]!.toLowerCase(), kind: 'post', videoId: post[3]! };
  const profile = PROFILE_PATH.exec(path);
  if (profile) return { handle: profile[1]!.toLowerCase(), kind: 'profile', videoId: null };
  return null;
}

/** The earliest plausible creation time of a TikTok video id (2016-01-01): smaller ids are not TikTok's 64-bit ids. */
const EARLIEST_ID_SECONDS = 1_451_606_400;

/**
 * A TikTok video id carries its creation time: the top 32 bits of the 64-bit id are Unix seconds.
 * 7571863205253778710 → 2025-11-12T15:36:23Z, five seconds before the item's own createTime: in the
 * real captures the id leads createTime by 2 to 155 seconds (it is minted at upload), so it is a
 * date, exact to the minute. Null when the id is not such an id, or names a time after `notAfter`
 * (plus a day).
 */
export function tiktokIdDate(id: string, notAfter?: Date): string | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const value = BigInt(id);
  if (value >= 1n << 64n) return null;
  const seconds = Number(value >> 32n);
  if (seconds < EARLIEST_ID_SECONDS) return null;
  if (notAfter && seconds * 1000 > notAfter.getTime() + 86_400_000) return null;
  return new Date(seconds * 1000).toISOString();
}

/**
 * TikTok stores some counts already rounded ("stats" on profiles, every stat on video pages: a
 * diggCount of 25500 printed as "25.5K"). A value that equals its own one-decimal abbreviation may
 * be such a rounding, so it is recorded as rounded; 783427 or 2156 cannot be, so they are exact.
 */
export function looksRounded(value: number): boolean {
  if (value < 1000) return false;
  const unit = value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1e3;
  return value % (unit / 10) === 0;
}

function jsonReading(...candidates: unknown[]): CountReading | undefined {
  for (const candidate of candidates) {
    const value = jsonCount(candidate);
    if (value !== undefined) return { value, precision: looksRounded(value) ? 'rounded' : 'exact' };
  }
  return undefined;
}

/** Profile counts from a userInfo-like object, preferring the exact statsV2 strings to the rounded stats. */
function countsFromStats(stats: unknown, statsV2: unknown): CountReadings {
  const counts: CountReadings = {};
  const pick = (key: string, alt?: string) =>
    jsonReading(dig(statsV2, key), alt ? dig(statsV2, alt) : undefined, dig(stats, key), alt ? dig(stats, alt) : undefined);
  const followers = pick('followerCount');
  const following = pick('followingCount');
  const likes = pick('heartCount', 'heart');
  const videos = pick('videoCount');
  if (followers) counts.followers = followers;
  if (following) counts.following = following;
  if (likes) counts.totalLikes = likes;
  if (videos) counts.postCount = videos;
  return counts;
}

interface UserReading {
  user: JsonObject;
  counts: CountReadings;
}

function userMatches(user: unknown, handle: string): user is JsonObject {
  return isObject(user) && asString(user.uniqueId)?.toLowerCase() === handle;
}

/** The creator's user object and counts from each embedded JSON generation. */
function embeddedUser(doc: Document, handle: string): UserReading | null {
  const universal = scriptJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const scope = dig(universal, '__DEFAULT_SCOPE__');
  const userInfo = dig(scope, 'webapp.user-detail', 'userInfo');
  if (userMatches(dig(userInfo, 'user'), handle))
    return { user: dig(userInfo, 'user') as JsonObject, counts: countsFromStats(dig(userInfo, 'stats'), dig(userInfo, 'statsV2')) };

  const sigi = scriptJson(doc, 'SIGI_STATE');
  const users = dig(sigi, 'UserModule', 'users');
  if (isObject(users)) {
    for (const [key, user] of Object.entries(users)) {
      if (key.toLowerCase() !== handle || !userMatches(user, handle)) continue;
      return { user, counts: countsFromStats(dig(sigi, 'UserModule', 'stats', key), undefined) };
    }
  }

  const next = scriptJson(doc, '__NEXT_DATA__');
  const nextInfo = dig(next, 'props', 'pageProps', 'userInfo');
  if (userMatches(dig(nextInfo, 'user'), handle))
    return { user: dig(nextInfo, 'user') as JsonObject, counts: countsFromStats(dig(nextInfo, 'stats'), dig(nextInfo, 'statsV2')) };
  return null;
}

/** Items (videos) the embedded JSON lists for this creator. */
function embeddedItems(doc: Document, handle: string): JsonObject[] {
  const items: JsonObject[] = [];
  const universal = scriptJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  items.push(...asArray(dig(universal, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo', 'itemList')).filter(isObject));
  const videoItem = dig(universal, '__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct');
  if (isObject(videoItem)) items.push(videoItem);
  const sigi = scriptJson(doc, 'SIGI_STATE');
  const module = dig(sigi, 'ItemModule');
  if (isObject(module)) items.push(...Object.values(module).filter(isObject));
  const next = scriptJson(doc, '__NEXT_DATA__');
  items.push(...asArray(dig(next, 'props', 'pageProps', 'items')).filter(isObject));
  const nextItem = dig(next, 'props', 'pageProps', 'itemInfo', 'itemStruct');
  if (isObject(nextItem)) items.push(nextItem);
  const videoData = itemFromVideoData(dig(next, 'props', 'pageProps', 'videoData'));
  if (videoData) items.push(videoData);
  return items.filter((item) => itemAuthor(item) === handle);
}

/**
 * The video pages of early 2020 (__NEXT_DATA__ → pageProps.videoData) spell the item differently:
 * itemInfos{id, text, diggCount, commentCount, playCount, shareCount, createTime}, authorInfos,
 * authorStats. Rewritten here into the itemStruct shape every later generation uses.
 */
function itemFromVideoData(videoData: unknown): JsonObject | null {
  const infos = dig(videoData, 'itemInfos');
  const author = dig(videoData, 'authorInfos');
  if (!isObject(infos) || !isObject(author)) return null;
  return {
    id: infos.id,
    desc: infos.text,
    createTime: infos.createTime,
    author: { uniqueId: author.uniqueId, nickname: author.nickName, verified: author.verified, id: author.userId, signature: author.signature },
    stats: { diggCount: infos.diggCount, commentCount: infos.commentCount, playCount: infos.playCount, shareCount: infos.shareCount },
    authorStats: dig(videoData, 'authorStats'),
  };
}

function itemAuthor(item: JsonObject): string | undefined {
  const author = item.author;
  const name = typeof author === 'string' ? author : asString(dig(author, 'uniqueId'));
  return name?.toLowerCase();
}

function newestFirst(observed: readonly ObservedResponse[] | undefined): ObservedResponse[] {
  return [...(observed ?? [])].sort((a, b) => b.at - a.at);
}

function observedUser(observed: readonly ObservedResponse[] | undefined, handle: string): UserReading | null {
  for (const response of newestFirst(observed)) {
    if (!/\/api\/user\/detail/.test(response.url)) continue;
    const info = dig(response.body, 'userInfo');
    if (userMatches(dig(info, 'user'), handle))
      return { user: dig(info, 'user') as JsonObject, counts: countsFromStats(dig(info, 'stats'), dig(info, 'statsV2')) };
  }
  return null;
}

/** Oldest first, so that merging lets the newer reading of a post win. */
function observedItems(observed: readonly ObservedResponse[] | undefined, handle: string): JsonObject[] {
  const items: JsonObject[] = [];
  for (const response of newestFirst(observed).reverse()) {
    if (/\/api\/(?:creator|post)\/item_list/.test(response.url)) items.push(...asArray(dig(response.body, 'itemList')).filter(isObject));
    else if (/\/api\/item\/detail/.test(response.url)) {
      const item = dig(response.body, 'itemInfo', 'itemStruct');
      if (isObject(item)) items.push(item);
    }
  }
  return items.filter((item) => itemAuthor(item) === handle);
}

/** A post from a TikTok item, preferring statsV2 per field. */
function postFromItem(item: JsonObject, handle: string, now?: Date): Post | null {
  const id = asString(item.id) ?? (typeof item.id === 'number' ? String(item.id) : undefined);
  if (!id || !/^\d{1,30}$/.test(id)) return null;
  const stats = item.stats;
  const statsV2 = item.statsV2;
  const read = (key: string) => jsonReading(dig(statsV2, key), dig(stats, key));
  const likes = read('diggCount');
  const comments = read('commentCount');
  const views = read('playCount');
  const shares = read('shareCount');
  const saves = read('collectCount');
  const caption = clip(asString(item.desc), 20000);
  return {
    id,
    url: `https://www.tiktok.com/@${handle}/video/${id}`,
    publishedAt: isoFromUnixSeconds(item.createTime) ?? tiktokIdDate(id, now),
    likes: likes?.value ?? null,
    comments: comments?.value ?? null,
    views: views?.value ?? null,
    shares: shares?.value ?? null,
    saves: saves?.value ?? null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: item.isPinnedItem === true,
    rounded: roundedList({
      likes: likes?.precision === 'rounded',
      comments: comments?.precision === 'rounded',
      views: views?.precision === 'rounded',
      shares: shares?.precision === 'rounded',
      saves: saves?.precision === 'rounded',
    }),
  };
}

const POST_COUNTS = ['likes', 'comments', 'views', 'shares', 'saves'] as const;

/** The same post read twice: per count, an exact reading beats a rounded one, then the later reading wins. */
function mergePosts(earlier: Post, later: Post): Post {
  const merged: Post = { ...earlier, ...later, pinned: earlier.pinned || later.pinned };
  const rounded = new Set<(typeof POST_COUNTS)[number]>();
  for (const field of POST_COUNTS) {
    const laterValue = later[field] ?? null;
    const earlierValue = earlier[field] ?? null;
    const laterRounded = later.rounded?.includes(field) ?? false;
    const earlierRounded = earlier.rounded?.includes(field) ?? false;
    const useEarlier = laterValue === null || (laterRounded && !earlierRounded && earlierValue !== null);
    merged[field] = useEarlier ? earlierValue : laterValue;
    if (useEarlier ? earlierRounded : laterRounded) rounded.add(field);
  }
  merged.rounded = rounded.size > 0 ? [...rounded] : undefined;
  merged.publishedAt = later.publishedAt ?? earlier.publishedAt;
  merged.caption = later.caption ?? earlier.caption;
  merged.hashtags = later.caption ? later.hashtags : earlier.hashtags;
  return merged;
}

/**
 * TikTok prints its own abbreviations ("783.4K", "3.9M") whatever the interface language, so a
 * count in exactly that shape is read as such; anything else is read in the page's language.
 */
function domCount(text: string | null, lang: string) {
  if (text === null) return null;
  const trimmed = text.trim();
  return /^\d+(?:\.\d)?[KMB]?$/.test(trimmed) ? parseCount(trimmed, 'en') : parseCount(trimmed, lang);
}

/** The rendered profile header, only when it shows this creator (SPA navigation reuses it). */
function profileHeader(doc: Document, handle: string): Element | null {
  const title = doc.querySelector('[data-e2e="user-title"]');
  const subtitle = doc.querySelector('[data-e2e="user-subtitle"]');
  const names = [textOf(title), textOf(subtitle)].map((t) => t?.replace(/^@/, '').toLowerCase());
  if (!names.includes(handle)) return null;
  return doc.querySelector('[data-e2e="user-page"]') ?? title?.closest('header, section, div') ?? null;
}

function domProfileCounts(doc: Document, lang: string): CountReadings {
  const counts: CountReadings = {};
  const read = (e2e: string) => {
    const element = doc.querySelector(`[data-e2e="${e2e}"]`);
    // Some builds put the full number in the title ("783,427"); others put the label there ("Followers").
    const title = element?.getAttribute('title') ?? '';
    const fromTitle = /\d/.test(title) ? parseCount(title, lang) : null;
    return fromParsed(fromTitle ?? domCount(textOf(element), lang));
  };
  const followers = read('followers-count');
  const following = read('following-count');
  const likes = read('likes-count');
  if (followers) counts.followers = followers;
  if (following) counts.following = following;
  if (likes) counts.totalLikes = likes;
  return counts;
}

/**
 * The verified badge next to the name. TikTok draws it as an inline SVG: older builds name it
 * Icon_Color-Verified_Badge, the 2025 build is a circle in TikTok's verified cyan (#20D5EC).
 */
function domVerified(doc: Document): boolean | null {
  const row = doc.querySelector('[data-e2e="user-title"]')?.parentElement;
  if (!row) return null;
  for (const svg of row.querySelectorAll('svg')) {
    if (svg.querySelector('[id*="Verified_Badge"]') || /Verified_Badge/.test(svg.outerHTML)) return true;
    if (svg.querySelector('circle[fill="#20D5EC" i], circle[fill="#20d5ec"]')) return true;
  }
  return false;
}

/** The "Pinned" label TikTok puts on a tile, in the interface languages we read. */
const PINNED_WORDS = /^(pinned|fijado|fixado|épinglé|angeheftet|fissato|sabitlendi|закреплено|закріплено|przypięte|vastgezet|disematkan|sabitlənib|पिन किया गया|固定済み|고정됨|置顶|置頂)$/iu;

function isPinnedTile(tile: Element): boolean {
  return [...tile.querySelectorAll('[data-e2e*="badge"]')].some((badge) => PINNED_WORDS.test(textOf(badge) ?? ''));
}

function domTiles(doc: Document, handle: string, lang: string, now: Date): Post[] {
  const posts: Post[] = [];
  for (const tile of doc.querySelectorAll('[data-e2e="user-post-item"]')) {
    const link = tile.querySelector<HTMLAnchorElement>('a[href*="/video/"], a[href*="/photo/"]');
    const match = link?.getAttribute('href')?.match(/\/@([^/]+)\/(?:video|photo)\/(\d{5,25})/);
    if (!match || match[1]!.toLowerCase() !== handle) continue;
    const views = domCount(textOf(tile.querySelector('[data-e2e="video-views"]')), lang);
    const alt = tile.querySelector('img[alt]')?.getAttribute('alt') ?? null;
    // The tile's alt text ends with " created by <name> with <sound>": the caption is what precedes it.
    const caption = clip(alt?.replace(/\s+created by .+ with .+$/s, ''), 20000);
    posts.push({
      id: match[2]!,
      url: `https://www.tiktok.com/@${handle}/video/${match[2]!}`,
      // A tile shows no date, but its id carries the creation time.
      publishedAt: tiktokIdDate(match[2]!, now),
      likes: null,
      comments: null,
      views: views?.value ?? null,
      shares: null,
      caption,
      hashtags: extractHashtags(caption),
      pinned: isPinnedTile(tile),
      rounded: views && !views.exact ? ['views'] : undefined,
    });
  }
  return posts;
}

/** The counts under the video this URL names (the feed below it holds other creators' videos). */
function domVideo(doc: Document, page: TikTokPage, lang: string, now: Date): Post | null {
  const player = page.videoId ? doc.querySelector(`[id$="-${page.videoId}"]`) : null;
  let container = player?.closest('[data-e2e="recommend-list-item-container"], article') ?? null;
  if (!container) {
    // Without the player's id only a page showing a single video of this creator can be trusted:
    // in a feed, the counts could belong to the creator's next video.
    const items = [...doc.querySelectorAll('[data-e2e="recommend-list-item-container"], article')];
    const only = items.length === 1 ? items[0]! : null;
    container = only?.querySelector(`a[data-e2e="video-author-avatar"][href="/@${page.handle}" i]`) ? only : null;
  }
  // A page with a single like counter can be read whole, but only when every author link on it is this creator's.
  const authors = [...doc.querySelectorAll('a[data-e2e="video-author-avatar"][href], a[data-e2e="browse-username"][href], [data-e2e="browse-user-avatar"] a[href]')].map((link) =>
    (link.getAttribute('href') ?? '').replace(/^https:\/\/www\.tiktok\.com/, '').split(/[/?#]/)[1]?.toLowerCase(),
  );
  const onlyThisCreator = authors.length > 0 && authors.every((author) => author === `@${page.handle}`);
  const scope: ParentNode | null = container ?? (doc.querySelectorAll('[data-e2e="like-count"]').length === 1 && onlyThisCreator ? doc : null);
  if (!scope) return null;
  const read = (e2e: string) => domCount(textOf(scope.querySelector(`[data-e2e="${e2e}"]`)), lang);
  const likes = read('like-count');
  const comments = read('comment-count');
  const shares = read('share-count');
  // TikTok labels the saves button "undefined" in its data-e2e.
  const saves = read('undefined-count') ?? read('favorite-count');
  if (!likes && !comments && !shares) return null;
  const caption = clip(textOf(scope.querySelector('[data-e2e="video-desc"], [data-e2e="browse-video-desc"]')), 20000);
  return {
    id: page.videoId!,
    url: `https://www.tiktok.com/@${page.handle}/video/${page.videoId!}`,
    publishedAt: tiktokIdDate(page.videoId!, now),
    likes: likes?.value ?? null,
    comments: comments?.value ?? null,
    views: null,
    shares: shares?.value ?? null,
    saves: saves?.value ?? null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    rounded: roundedList({
      likes: likes ? !likes.exact : false,
      comments: comments ? !comments.exact : false,
      shares: shares ? !shares.exact : false,
      saves: saves ? !saves.exact : false,
    }),
  };
}

/** The "Please wait…" WAF interstitial a bot or cold client gets: no data at all. */
export function isTikTokBotCheck(doc: Document): boolean {
  if (doc.querySelector('#wci._wafchallengeid, p._wafchallengeid')) return true;
  const slardar = doc.getElementById('slardar-config')?.textContent ?? '';
  const body = textOf(doc.body) ?? '';
  return /SlardarWAF/.test(slardar) && /^please wait/i.test(body) && !doc.querySelector('[data-e2e]');
}

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

  const bioLink = normalizeLink(asString(dig(user, 'bioLink', 'link')) ?? (header ? textOf(doc.querySelector('[data-e2e="user-link"]')) : null));
  const verifiedJson = user && typeof user.verified === 'boolean' ? user.verified : null;

  return finishSnapshot({
    platform: 'tiktok',
    handle: asString(user?.uniqueId)?.slice(0, 100) ?? page.handle,
    url: url.href.slice(0, 2000),
    capturedAt,
    displayName: clip(asString(user?.nickname) ?? (header ? textOf(doc.querySelector('[data-e2e="user-subtitle"]')) : null), 500),
    bio: clip(asString(user?.signature) ?? (header ? textOf(doc.querySelector('[data-e2e="user-bio"]')) : null), 10000),
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
    return doc.querySelector('[data-e2e="followers-count"]')?.closest('h3')?.parentElement ?? null;
  }
  const player = page.videoId ? doc.querySelector(`[id$="-${page.videoId}"]`) : null;
  const container = player?.closest('[data-e2e="recommend-list-item-container"], article');
  return container?.querySelector('[data-e2e="video-desc"], [data-e2e="browse-video-desc"]') ?? null;
}

/**
 * The page's own URL where a saved page carries one only in its data (the 2020–21 __NEXT_DATA__
 * pages have no canonical link): lets `npm run vet` read such a file without --url.
 */
export function tiktokUrlFromEmbedded(doc: Document): string | null {
  const next = scriptJson(doc, '__NEXT_DATA__');
  const host = asString(dig(next, 'props', 'initialProps', '$host'));
  const path = asString(dig(next, 'props', 'initialProps', '$pageUrl'));
  const candidates = [
    dig(next, 'props', 'initialProps', '$fullUrl'),
    dig(next, 'props', 'pageProps', 'metaParams', 'canonicalHref'),
    host && path?.startsWith('/') ? `https://${host}${path}` : undefined,
  ];
  for (const candidate of candidates) {
    const text = asString(candidate);
    if (!text) continue;
    try {
      const url = new URL(text);
      if (url.hostname === 'www.tiktok.com' && tiktokPage(url)) return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
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
