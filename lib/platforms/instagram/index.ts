import { splitCountText } from '../../parse/count';
import { extractHashtags, type CountField, type ExtractResult, type Post } from '../../snapshot';
import {
  contradictions,
  finishSnapshot,
  hasAnyCount,
  mergeCounts,
  newestReading,
  normalizeLink,
  roundedList,
  type CountReading,
  type CountReadings,
  type OverruledField,
  type ShownCreator,
  type TimedReading,
} from '../common';
import { evidenceElements, firstMatchInside } from '../evidence';
import { pageLanguage, textOf } from '../json';
import { PLATFORM_HOSTS } from '../hosts';
import type { ExtractOptions, PlatformExtractor } from '../types';
import { readProfileHeader, type HeaderReading } from './header';
import { detectInterstitial, isServerHtml } from './interstitial';
import { collectJson, embeddedJson, type JsonMedia, type JsonUser } from './json';
import { observedRoots } from './observed';
import { readProfileMeta } from './meta';
import { postAuthorShown, postShown, readPostPage } from './post';
import { routeInstagramUrl } from './route';
import { IG } from './selectors';
import { classifyLabel, POST_LABELS } from './words';

export { routeInstagramUrl } from './route';

/**
 * Instagram. Sources (each reader's module says how it reads):
 * 1. JSON the page's own scripts fetched from Instagram's own endpoints (web_profile_info, GraphQL
 *    user, timeline, clips: observed.ts), newest first, and set aside whole where the visible header
 *    contradicts it;
 * 2. JSON embedded in the first HTML (`window._sharedData` until 2022, `data-sjs` bootstrap scripts),
 *    unless an in-page navigation has made it stale (json.ts); per count the newest reading wins;
 * 3. the visible DOM, read by structure in any interface language (header.ts, post.ts);
 * 4. og:description / meta description, rounded, only where the header or the post is not on screen (meta.ts).
 * Screens that stand in for a page (account chooser, login, cookies, unavailable) are told apart
 * first (interstitial.ts); every selector and pattern comes from selectors.ts with its evidence.
 */

/**
 * JSON sources, newest first: what the page fetched itself (from Instagram's own endpoints, in their
 * own shapes), then the JSON embedded in the first HTML, which came before all of it.
 */
function jsonSources(doc: Document, options: ExtractOptions): { source: 'embedded-json' | 'observed-json'; body: unknown; at: number }[] {
  const observed = observedRoots(options.observed ?? []).map(({ root, at }) => ({ source: 'observed-json' as const, body: root, at }));
  const embedded = options.embeddedIsStale ? [] : embeddedJson(doc).map((body) => ({ source: 'embedded-json' as const, body, at: -Infinity }));
  return [...observed, ...embedded];
}

/** What the rendered header shows of the creator, to check the page's loaded data against. */
function shownInHeader(header: HeaderReading): ShownCreator {
  const texts = Array.from(header.header.querySelectorAll('*'))
    .filter((element) => element.children.length === 0)
    .map((element) => textOf(element))
    .filter((text): text is string => text !== null);
  return { followers: header.counts.followers ?? null, names: texts, verified: header.verified };
}

/** A post read twice (tile, JSON, post page) keeps the first reading of each field. */
function mergePost(posts: Map<string, Post>, post: Post): void {
  const existing = posts.get(post.id);
  if (!existing) {
    posts.set(post.id, post);
    return;
  }
  posts.set(post.id, {
    ...existing,
    url: existing.url ?? post.url,
    publishedAt: existing.publishedAt ?? post.publishedAt,
    likes: existing.likes ?? post.likes,
    comments: existing.comments ?? post.comments,
    views: existing.views ?? post.views,
    rounded: existing.likes !== null || existing.comments !== null ? existing.rounded : post.rounded,
    caption: existing.caption ?? post.caption,
    hashtags: existing.hashtags.length ? existing.hashtags : post.hashtags,
    pinned: existing.pinned || post.pinned,
    sponsored: existing.sponsored ?? post.sponsored,
  });
}

/**
 * The counts a grid tile shows while the pointer is over it: a list of two numbers, the likes first
 * and the comments second (each beside its icon). A tile that shows one number (a post whose owner
 * hid its likes shows its comments alone) does not say which count it is: nothing is read from it.
 */
function hoverCounts(tile: Element, lang: string): Pick<Post, 'likes' | 'comments' | 'rounded'> {
  const none = { likes: null, comments: null };
  const items = Array.from(tile.querySelectorAll(IG.gridHoverCount.css));
  if (items.length !== 2) return none;
  const [likes, comments] = items.map((item) => splitCountText(textOf(item), lang));
  // A number with its own word must name the count its place says ("1,204 likes").
  const named = (split: typeof likes, kind: 'likes' | 'comments') =>
    split && (!split.label || classifyLabel(split.label, POST_LABELS) === kind) ? split.count : null;
  const likeCount = named(likes, 'likes');
  const commentCount = named(comments, 'comments');
  if (!likeCount || !commentCount) return none;
  const rounded = roundedList({ likes: !likeCount.exact, comments: !commentCount.exact });
  return { likes: likeCount.value, comments: commentCount.value, ...(rounded ? { rounded } : {}) };
}

/** Grid tiles: post links with the caption in the image's alt text; counts only while the pointer is over one. */
function gridTiles(doc: Document, lang: string): Post[] {
  const tiles: Post[] = [];
  for (const a of evidenceElements(doc, IG.gridTile).slice(0, 60)) {
    const match = (a.getAttribute('href') ?? '').match(/\/(p|reel)\/([\w-]{5,40})\//);
    if (!match) continue;
    const caption = a.querySelector('img')?.getAttribute('alt')?.slice(0, 20000) ?? null;
    const pinned = a.querySelector(IG.pinnedTile.css) !== null;
    tiles.push({
      id: match[2]!,
      url: `https://www.instagram.com/${match[1]}/${match[2]}/`,
      publishedAt: null,
      ...hoverCounts(a, lang),
      views: null,
      shares: null,
      caption,
      hashtags: extractHashtags(caption),
      pinned,
    });
  }
  return tiles;
}

/** "This account is private" below the header (not in the bio, which is inside it). */
function privateNoticeShown(doc: Document, header: Element | null): boolean {
  const main = doc.querySelector('main');
  if (!main) return false;
  const outside = main.cloneNode(true) as Element;
  for (const inner of Array.from(outside.querySelectorAll('header'))) inner.remove();
  return header !== null && firstMatchInside(outside, IG.privateNotice) !== null;
}

/** The creator as every JSON reading describes them, the most trusted first. */
function mergeUsers(users: JsonUser[]): JsonUser | null {
  const [first, ...rest] = users;
  if (!first) return null;
  return rest.reduce<JsonUser>(
    (merged, next) => ({
      ...merged,
      isPrivate: merged.isPrivate ?? next.isPrivate,
      verified: merged.verified ?? next.verified,
      displayName: merged.displayName ?? next.displayName,
      bio: merged.bio ?? next.bio,
      platformId: merged.platformId ?? next.platformId,
      links: merged.links.length ? merged.links : next.links,
      businessContact: merged.businessContact ?? next.businessContact,
      likesHidden: merged.likesHidden || next.likesHidden,
    }),
    first,
  );
}

function extractProfile(doc: Document, url: URL, handle: string, options: ExtractOptions, lang: string | null): ExtractResult {
  const numberLang = lang ?? 'en';
  const header = readProfileHeader(doc, handle, numberLang);
  if (!header) {
    const screen = detectInterstitial(doc, 'profile');
    if (screen) return { ok: false, ...screen };
  }
  const used = new Set<string>();
  const posts = new Map<string, Post>();
  const users: JsonUser[] = [];
  const media: { item: JsonMedia; source: 'embedded-json' | 'observed-json' }[] = [];
  const readings: Partial<Record<CountField, TimedReading[]>> = {};
  const overruled: OverruledField[] = [];
  const shown = header ? shownInHeader(header) : null;
  for (const { source, body, at } of jsonSources(doc, options)) {
    const found = collectJson(body, handle);
    // Data the visible header contradicts (followers, name, badge) is set aside whole, fetched or
    // embedded alike: a page script can add a JSON script as easily as it can post a response.
    if (shown) {
      const disagree = found.users.flatMap((found) =>
        contradictions(shown, { followers: found.counts.followers ?? null, displayName: found.displayName, verified: found.verified }),
      );
      if (disagree.length > 0) {
        overruled.push(...disagree);
        continue;
      }
    }
    for (const reading of found.users)
      for (const [field, count] of Object.entries(reading.counts) as [CountField, CountReading][]) (readings[field] ??= []).push({ ...count, at });
    users.push(...found.users);
    if (found.users.length > 0) used.add(source);
    media.push(...found.media.map((item) => ({ item, source })));
  }
  // A post is the creator's only where it names them as its owner, by username or by the user id
  // their own user object gives (or sits in that user object): a post with no owner is nobody's.
  const ids = new Set(users.map((found) => found.platformId).filter((id): id is string => id !== null));
  for (const { item, source } of media) {
    const own = item.owner !== null ? item.owner.toLowerCase() === handle.toLowerCase() : item.ownerId !== null && ids.has(item.ownerId);
    if (!own) continue;
    mergePost(posts, item.post);
    used.add(source);
  }
  // The newest reading of each count wins.
  const counts: CountReadings = {};
  for (const [field, timed] of Object.entries(readings) as [CountField, TimedReading[]][]) {
    const reading = newestReading(timed);
    if (reading) counts[field] = reading;
  }
  const sources = (['embedded-json', 'observed-json'] as const).filter((source) => used.has(source)) as string[];
  const user = mergeUsers(users);
  if (header && hasAnyCount(header.counts)) sources.push('dom');
  if (header) mergeCounts(counts, header.counts);
  const meta = readProfileMeta(doc, handle, numberLang);
  // The meta tags are rounded and can be older than the header (862 in the tag, 944 on screen): where
  // the header is on the page, a count it does not give is not taken from them either.
  if (meta && !header && hasAnyCount(meta.counts)) {
    sources.push('meta');
    mergeCounts(counts, meta.counts);
  }

  const isPrivate = user?.isPrivate === true || privateNoticeShown(doc, header?.header ?? null);
  if (header && !isPrivate) for (const tile of gridTiles(doc, numberLang)) mergePost(posts, tile);
  const anyPostCount = [...posts.values()].some((p) => p.likes !== null || p.comments !== null);
  if (!hasAnyCount(counts) && !anyPostCount) {
    if (isPrivate) return { ok: false, reason: 'private', detail: 'This account is private: Instagram shows neither its posts nor, here, its counts.' };
    const screen = isServerHtml(doc) ? null : detectInterstitial(doc, 'profile');
    if (screen) return { ok: false, ...screen };
    return { ok: false, reason: 'unreadable', detail: 'No follower, following or post counts could be read on this page.' };
  }
  const links = (user?.links ?? []).map((link) => normalizeLink(link)).filter((link): link is string => link !== null);
  return finishSnapshot({
    platform: 'instagram',
    handle: user?.username ?? handle,
    url: `${url.origin}${url.pathname}`,
    capturedAt: options.capturedAt ?? new Date().toISOString(),
    displayName: user?.displayName ?? meta?.displayName ?? null,
    bio: user?.bio ?? header?.bio ?? meta?.bio ?? null,
    verified: user?.verified ?? (header ? header.verified : null),
    counts,
    // A private account's posts are hidden: none are kept, not even ones a stale response still holds.
    posts: isPrivate ? [] : [...posts.values()].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')),
    links,
    likesHidden: user?.likesHidden ?? false,
    platformId: user?.platformId ?? null,
    pageLanguage: lang,
    sources,
    pageKind: 'profile',
    overruled,
    ...(isPrivate ? { privateAccount: true } : {}),
    ...(user?.businessContact ? { businessContact: user.businessContact } : {}),
  });
}

function extractPost(
  doc: Document,
  url: URL,
  route: { code: string; handle: string | null; reel: boolean },
  options: ExtractOptions,
  lang: string | null,
): ExtractResult {
  const what = route.reel ? 'reel' : 'post';
  const found: JsonMedia[] = [];
  const sources: string[] = [];
  // The creator: the one in the address (/<user>/p/CODE/), else the author the page shows.
  const creator = (route.handle ?? postAuthorShown(doc, route.code, lang ?? 'en'))?.toLowerCase() ?? null;
  for (const { source, body } of jsonSources(doc, options)) {
    const item = collectJson(body, null).media.find((candidate) => candidate.post.id === route.code);
    if (!item) continue;
    // What the page fetched counts only where it names this post's owner, and that owner is the creator.
    if (source === 'observed-json' && (item.owner === null || (creator !== null && item.owner.toLowerCase() !== creator))) continue;
    found.push(item);
    if (!sources.includes(source)) sources.push(source);
  }
  const [first] = found;
  const media: JsonMedia | null = first
    ? {
        ...first,
        post: {
          ...first.post,
          sponsored: found.map((item) => item.post.sponsored).find((flag) => flag !== undefined && flag !== null) ?? first.post.sponsored,
        },
      }
    : null;
  // A screen in place of the post: its meta tags may describe the post, but it is not shown.
  if (!media && !postShown(doc, route.code) && !isServerHtml(doc)) {
    const screen = detectInterstitial(doc, what);
    if (screen) return { ok: false, ...screen, pageKind: 'post' };
  }
  const reading = readPostPage(doc, route.code, route.reel, lang ?? 'en', media);
  if (!reading) {
    const screen = detectInterstitial(doc, what);
    if (screen) return { ok: false, ...screen, pageKind: 'post' };
    return { ok: false, reason: 'unreadable', detail: `No like, comment or view counts could be read on this ${what}.` };
  }
  for (const source of reading.sources) if (!sources.includes(source)) sources.push(source);
  // The creator's own key, as on their profile page: the address, the post's JSON, its author link.
  const handle = route.handle ?? reading.author;
  // A post whose author cannot be told from the other profiles it links (a paid partner, people tagged) is credited to nobody.
  if (!handle) return { ok: false, reason: 'unreadable', detail: `This ${what} does not show plainly whose it is.`, pageKind: 'post' };
  return finishSnapshot({
    platform: 'instagram',
    handle,
    url: `${url.origin}${url.pathname}`,
    capturedAt: options.capturedAt ?? new Date().toISOString(),
    displayName: reading.displayName,
    bio: null,
    verified: reading.verified,
    counts: {},
    posts: [reading.post],
    links: [],
    likesHidden: reading.likesHidden,
    platformId: null,
    pageLanguage: lang,
    sources,
    pageKind: 'post',
  });
}

export function extractInstagramProfile(doc: Document, url: URL, options: ExtractOptions = {}): ExtractResult {
  const route = routeInstagramUrl(url);
  if (route.kind === 'login') return { ok: false, reason: 'login-wall', detail: 'Instagram is asking to log in before it shows this profile.' };
  if (route.kind === 'other') return { ok: false, reason: 'not-profile', detail: 'This Instagram page is not a profile or a post.' };
  const lang = pageLanguage(doc);
  return route.kind === 'post' ? extractPost(doc, url, route, options, lang) : extractProfile(doc, url, route.handle, options, lang);
}

export const instagram: PlatformExtractor = {
  platform: 'instagram',
  hosts: PLATFORM_HOSTS.instagram,
  pageKey(url) {
    const route = routeInstagramUrl(url);
    if (route.kind === 'profile') return route.handle.toLowerCase();
    if (route.kind === 'post') return `p/${route.code}`;
    // The login wall gets an overlay too, so it can say why there are no numbers.
    if (route.kind === 'login') return 'accounts/login';
    return null;
  },
  extract: extractInstagramProfile,
  findOverlayAnchor(doc) {
    return doc.querySelector('main header') ?? doc.querySelector('header');
  },
};
