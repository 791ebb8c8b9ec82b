import { parseCount } from '../parse/count';
import {
  ProfileSnapshotSchema,
  extractHashtags,
  type CountField,
  type ExtractResult,
  type Post,
  type Precision,
  type ProfileSnapshot,
} from '../snapshot';
import { isoFromUnixSeconds } from './common';
import { isObject as isRecord, jsonCount as jsonCountOrUndefined, jsonString, metaContent, pageLanguage, parseScriptOnce, textOf, walkJson } from './json';

const jsonCount = (value: unknown): number | null => jsonCountOrUndefined(value) ?? null;
import type { ExtractOptions, ObservedResponse, PlatformExtractor } from './types';

/**
 * Instagram. Sources, in order (../shared/research/platforms.md):
 * 1. JSON embedded in the first HTML (`window._sharedData` until 2022, `data-sjs` bootstrap scripts);
 * 2. JSON the page's own scripts fetched (web_profile_info, GraphQL user and timeline), observed passively;
 * 3. the visible DOM: og:description / meta description, `a[href$="/followers/"] span[title]`, header text.
 */

/** First path segments that are Instagram's own pages, never a username. */
const RESERVED = new Set([
  'accounts', 'explore', 'p', 'reel', 'reels', 'stories', 'direct', 'about', 'developer', 'legal', 'tv',
  'challenge', 'emails', 'web', 'api', 'graphql', 'static', 'privacy', 'terms', 'session', 'oauth', 'ar', 'topics', 'locations', 'lite',
]);
const USERNAME = /^[a-z0-9._]{1,30}$/i;

type PageRoute = { kind: 'profile'; handle: string } | { kind: 'post'; code: string; handle: string | null } | { kind: 'login' } | { kind: 'other' };

export function routeInstagramUrl(url: URL): PageRoute {
  const parts = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (!first) return { kind: 'other' };
  if (first === 'accounts' && second === 'login') return { kind: 'login' };
  if ((first === 'p' || first === 'reel' || first === 'tv') && second) return { kind: 'post', code: second, handle: null };
  if (RESERVED.has(first.toLowerCase()) || !USERNAME.test(first)) return { kind: 'other' };
  if ((second === 'p' || second === 'reel') && third) return { kind: 'post', code: third, handle: first };
  if (!second || ['reels', 'tagged', 'featured'].includes(second)) return { kind: 'profile', handle: first };
  return { kind: 'other' };
}

interface Reading {
  value: number;
  precision: Precision;
}

/** Collects what each source says, keeping the best reading per field (exact beats rounded). */
class ProfileDraft {
  counts: Partial<Record<CountField, Reading>> = {};
  handle: string | null = null;
  displayName: string | null = null;
  bio: string | null = null;
  verified: boolean | null = null;
  likesHidden = false;
  platformId: string | null = null;
  links = new Set<string>();
  posts = new Map<string, Post>();
  sources: string[] = [];

  setCount(field: CountField, value: number | null, precision: Precision): void {
    if (value === null) return;
    const current = this.counts[field];
    if (!current || (current.precision === 'rounded' && precision === 'exact')) this.counts[field] = { value, precision };
  }

  setText<K extends 'displayName' | 'bio'>(field: K, value: string | null): void {
    if (value && !this[field]) this[field] = value;
  }

  addSource(source: string): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  mergePost(post: Post): void {
    const existing = this.posts.get(post.id);
    if (!existing) {
      this.posts.set(post.id, post);
      return;
    }
    const pick = <T,>(a: T | null, b: T | null) => (a ?? b);
    this.posts.set(post.id, {
      ...existing,
      url: pick(existing.url, post.url),
      publishedAt: pick(existing.publishedAt, post.publishedAt),
      likes: pick(existing.likes, post.likes),
      comments: pick(existing.comments, post.comments),
      views: pick(existing.views, post.views),
      shares: pick(existing.shares, post.shares),
      caption: pick(existing.caption, post.caption),
      hashtags: existing.hashtags.length ? existing.hashtags : post.hashtags,
      pinned: existing.pinned || post.pinned,
    });
  }
}

/** A user object from any generation of Instagram's JSON, if it is the creator on this page. */
function readUserObject(node: Record<string, unknown>, handle: string, draft: ProfileDraft): boolean {
  if (typeof node.username !== 'string' || node.username.toLowerCase() !== handle.toLowerCase()) return false;
  const followers = jsonCount(isRecord(node.edge_followed_by) ? node.edge_followed_by.count : node.follower_count);
  const following = jsonCount(isRecord(node.edge_follow) ? node.edge_follow.count : node.following_count);
  const posts = jsonCount(isRecord(node.edge_owner_to_timeline_media) ? node.edge_owner_to_timeline_media.count : node.media_count);
  if (followers === null && following === null && posts === null && typeof node.biography !== 'string') return false;
  draft.handle = node.username;
  draft.setCount('followers', followers, 'exact');
  draft.setCount('following', following, 'exact');
  draft.setCount('postCount', posts, 'exact');
  draft.setText('displayName', jsonString(node.full_name, 500));
  draft.setText('bio', jsonString(node.biography, 10000));
  if (typeof node.is_verified === 'boolean') draft.verified = node.is_verified;
  if (node.hide_like_and_view_counts === true) draft.likesHidden = true;
  if (typeof node.id === 'string' || typeof node.pk === 'string') draft.platformId ??= String(node.id ?? node.pk).slice(0, 200);
  if (Array.isArray(node.bio_links)) {
    for (const link of node.bio_links) if (isRecord(link) && typeof link.url === 'string') draft.links.add(link.url.slice(0, 2000));
  }
  if (typeof node.external_url === 'string') draft.links.add(node.external_url.slice(0, 2000));
  // Old web_profile_info and _sharedData carry the first posts inline.
  const media = isRecord(node.edge_owner_to_timeline_media) ? node.edge_owner_to_timeline_media.edges : undefined;
  if (Array.isArray(media)) for (const edge of media) if (isRecord(edge) && isRecord(edge.node)) readMediaObject(edge.node, handle, draft);
  return true;
}

function captionOf(node: Record<string, unknown>): string | null {
  if (isRecord(node.caption)) return jsonString(node.caption.text);
  if (isRecord(node.edge_media_to_caption) && Array.isArray(node.edge_media_to_caption.edges)) {
    const first = node.edge_media_to_caption.edges[0];
    if (isRecord(first) && isRecord(first.node)) return jsonString(first.node.text);
  }
  return null;
}

/** A post (media) object from the timeline, clips or old GraphQL shapes, if it belongs to this creator. */
function readMediaObject(node: Record<string, unknown>, handle: string, draft: ProfileDraft): void {
  const code = typeof node.code === 'string' ? node.code : typeof node.shortcode === 'string' ? node.shortcode : null;
  if (!code || !/^[\w-]{5,40}$/.test(code)) return;
  const owner = isRecord(node.user) ? node.user : isRecord(node.owner) ? node.owner : null;
  if (owner && typeof owner.username === 'string' && owner.username.toLowerCase() !== handle.toLowerCase()) return;
  const hasCounts = 'like_count' in node || 'comment_count' in node || 'edge_media_preview_like' in node || 'edge_liked_by' in node || 'play_count' in node;
  if (!hasCounts && !('taken_at' in node) && !('taken_at_timestamp' in node)) return;
  const hidden = node.like_and_view_counts_disabled === true;
  const likeEdge = isRecord(node.edge_media_preview_like) ? node.edge_media_preview_like : isRecord(node.edge_liked_by) ? node.edge_liked_by : null;
  const commentEdge = isRecord(node.edge_media_to_comment) ? node.edge_media_to_comment : isRecord(node.edge_media_preview_comment) ? node.edge_media_preview_comment : null;
  const caption = captionOf(node);
  const pinned = (Array.isArray(node.timeline_pinned_user_ids) && node.timeline_pinned_user_ids.length > 0) || node.is_pinned === true;
  draft.mergePost({
    id: code,
    url: `https://www.instagram.com/p/${code}/`,
    publishedAt: isoFromUnixSeconds(node.taken_at ?? node.taken_at_timestamp),
    likes: hidden ? null : jsonCount(node.like_count ?? likeEdge?.count),
    comments: jsonCount(node.comment_count ?? commentEdge?.count),
    views: hidden ? null : jsonCount(node.play_count ?? node.view_count ?? node.video_view_count),
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned,
  });
}

function readJson(root: unknown, handle: string, draft: ProfileDraft): boolean {
  let found = false;
  walkJson(root, (node) => {
    if (readUserObject(node, handle, draft)) found = true;
    else if ('code' in node || 'shortcode' in node) {
      const before = draft.posts.size;
      readMediaObject(node, handle, draft);
      if (draft.posts.size !== before) found = true;
    }
  });
  return found;
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** JSON in the first HTML: `window._sharedData = {…};` (until 2022) and `data-sjs` bootstrap scripts. */
function embeddedJson(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const value = parseScriptOnce(script, (text) => {
      if (script.getAttribute('type') === 'application/json') {
        // Skip the megabytes of bootstrap JSON that mention no profile numbers.
        return /follower_count|edge_followed_by|like_count|edge_media_preview_like/.test(text) ? parseJsonOrUndefined(text) : undefined;
      }
      const match = text.match(/window\._sharedData\s*=\s*(\{[\s\S]*\})\s*;?\s*$/);
      return match ? parseJsonOrUndefined(match[1]!) : undefined;
    });
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** "2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel)" */
function readProfileMeta(doc: Document, handle: string, lang: string, draft: ProfileDraft): boolean {
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  if (!description) return false;
  // Meta tags go stale after in-page navigation: only trust a description that names this creator.
  const mentioned = description.match(/\(@([\w.]+)\)/) ?? description.match(/@([\w.]+)/);
  if (!mentioned || mentioned[1]!.toLowerCase() !== handle.toLowerCase()) return false;
  const stats = description.split(' - ')[0] ?? '';
  const parts = stats.split(/,\s(?=[\d])/);
  let read = false;
  for (const part of parts) {
    const match = part.trim().match(/^(.+?)\s+(followers?|following|posts?)$/i);
    if (!match) continue;
    const count = parseCount(match[1]!, lang);
    if (!count) continue;
    const word = match[2]!.toLowerCase();
    const field: CountField = word.startsWith('follower') ? 'followers' : word === 'following' ? 'following' : 'postCount';
    draft.setCount(field, count.value, count.exact ? 'exact' : 'rounded');
    read = true;
  }
  const title = metaContent(doc, 'og:title') ?? '';
  const name = title.match(/^(.+?)\s+\(@([\w.]+)\)/) ?? description.match(/from\s+([^()]+?)\s+\(@([\w.]+)\)/);
  if (name && name[2]!.toLowerCase() === handle.toLowerCase()) draft.setText('displayName', name[1]!.trim().slice(0, 500));
  const bio = (metaContent(doc, 'description') ?? '').match(/on Instagram: "([\s\S]*)"\s*$/);
  if (bio) draft.setText('bio', bio[1]!.slice(0, 10000));
  if (read) draft.handle ??= mentioned[1]!;
  return read;
}

function headerBelongsTo(header: Element, lowerHandle: string): boolean {
  for (const a of Array.from(header.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    if (href === `/${lowerHandle}/followers/` || href === `/${lowerHandle}/following/` || href === `/${lowerHandle}/`) return true;
  }
  return Array.from(header.querySelectorAll('h1, h2, span')).some((el) => el.children.length === 0 && textOf(el)?.toLowerCase() === lowerHandle);
}

/** The rendered profile header (logged-in or logged-out), read by meaning: links, titles, words. */
function readProfileDom(doc: Document, handle: string, lang: string, draft: ProfileDraft): boolean {
  let read = false;
  const lower = handle.toLowerCase();
  const linkTo = (suffix: string) =>
    Array.from(doc.querySelectorAll<HTMLAnchorElement>(`a[href$="/${suffix}/"]`)).find((a) => (a.getAttribute('href') ?? '').toLowerCase() === `/${lower}/${suffix}/`);
  const followersLink = linkTo('followers');
  const exactFollowers = followersLink?.querySelector('span[title]')?.getAttribute('title');
  const followersCount = parseCount(exactFollowers ?? null, lang) ?? parseCount(textOf(followersLink), lang);
  if (followersCount) {
    draft.setCount('followers', followersCount.value, exactFollowers && followersCount.exact ? 'exact' : followersCount.exact ? 'exact' : 'rounded');
    read = true;
  }
  const followingCount = parseCount(textOf(linkTo('following')), lang);
  if (followingCount) {
    draft.setCount('following', followingCount.value, followingCount.exact ? 'exact' : 'rounded');
    read = true;
  }
  // During in-page navigation the previous creator's header can still be on screen: only read a
  // header that names this creator.
  const header = Array.from(doc.querySelectorAll('header')).find((h) => headerBelongsTo(h, lower));
  if (header) {
    for (const el of Array.from(header.querySelectorAll('li, span, div'))) {
      if (el.children.length > 3) continue;
      const match = textOf(el)?.match(/^([\d.,]+\s?[KMB]?)\s+posts?$/i);
      if (match) {
        const count = parseCount(match[1]!, lang);
        if (count) {
          draft.setCount('postCount', count.value, count.exact ? 'exact' : 'rounded');
          read = true;
          break;
        }
      }
    }
    if (header.querySelector('svg[aria-label="Verified"], [title="Verified"]')) draft.verified = true;
    else if (read && draft.verified === null) draft.verified = false;
    draft.setText('bio', textOf(header.querySelector('h1'))?.slice(0, 10000) ?? null);
  }
  // Grid tiles: post links with the caption in the image's alt text (no counts on the tile).
  if (!header) return read;
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('main a[href*="/p/"], main a[href*="/reel/"]')).slice(0, 60)) {
    const code = (a.getAttribute('href') ?? '').match(/\/(?:p|reel)\/([\w-]{5,40})\//)?.[1];
    if (!code) continue;
    const caption = a.querySelector('img')?.getAttribute('alt')?.slice(0, 20000) ?? null;
    const pinned = !!a.querySelector('svg[aria-label="Pinned post icon"], [aria-label*="Pinned"]');
    draft.mergePost({ id: code, url: `https://www.instagram.com/p/${code}/`, publishedAt: null, likes: null, comments: null, views: null, shares: null, caption, hashtags: extractHashtags(caption), pinned });
  }
  return read;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function englishDate(text: string): string | null {
  const match = text.match(/([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})/);
  if (!match) return null;
  const month = MONTHS.findIndex((m) => m.startsWith(match[1]!.toLowerCase()) && match[1]!.length >= 3);
  if (month < 0) return null;
  return new Date(Date.UTC(Number(match[3]), month, Number(match[2]))).toISOString();
}

/** Post pages: "298K likes, 553 comments - willyrex on May 29, 2021: "caption"". */
function readPostPage(doc: Document, code: string, lang: string, draft: ProfileDraft): boolean {
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url') ?? '';
  if (!description || (canonical && !canonical.includes(`/${code}/`))) return false;
  const match = description.match(/^([\d.,]+\s?[kKmMbB]?)\s+likes?,\s+([\d.,]+\s?[kKmMbB]?)\s+comments?\s+-\s+(.+?)(?:\s+\(@([\w.]+)\))?\s+on\s+(.*?):\s*[“"]([\s\S]*?)[”"]\.?\s*$/i);
  if (!match) return false;
  const likes = parseCount(match[1]!, lang);
  const comments = parseCount(match[2]!, lang);
  const rounded: NonNullable<Post['rounded']> = [];
  if (likes && !likes.exact) rounded.push('likes');
  if (comments && !comments.exact) rounded.push('comments');
  const author = match[4] ?? (USERNAME.test(match[3]!) ? match[3]! : null);
  if (author) draft.handle ??= author;
  if (match[4]) draft.setText('displayName', match[3]!);
  const caption = match[6] ?? null;
  draft.mergePost({
    id: code,
    url: `https://www.instagram.com/p/${code}/`,
    publishedAt: englishDate(match[5]!),
    likes: likes?.value ?? null,
    comments: comments?.value ?? null,
    views: null,
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    ...(rounded.length ? { rounded } : {}),
  });
  return true;
}

function looksLikeLoginWall(doc: Document, url: URL): boolean {
  if (url.pathname.startsWith('/accounts/login')) return true;
  return !!doc.querySelector('form input[name="password"]') && !doc.querySelector('header a[href$="/followers/"]');
}

function finish(draft: ProfileDraft, url: URL, options: ExtractOptions, pageKind: 'profile' | 'post', lang: string | null): ExtractResult {
  const count = (field: CountField) => draft.counts[field]?.value ?? null;
  const precision: ProfileSnapshot['precision'] = {};
  for (const [field, reading] of Object.entries(draft.counts)) precision[field as CountField] = reading.precision;
  const posts = [...draft.posts.values()]
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, 500);
  const candidate = {
    platform: 'instagram' as const,
    handle: draft.handle,
    url: `${url.origin}${url.pathname}`,
    capturedAt: options.capturedAt ?? new Date().toISOString(),
    displayName: draft.displayName,
    bio: draft.bio,
    verified: draft.verified,
    followers: count('followers'),
    following: count('following'),
    postCount: count('postCount'),
    totalLikes: null,
    precision,
    posts,
    links: [...draft.links].slice(0, 50),
    likesHidden: draft.likesHidden,
    platformId: draft.platformId,
    pageLanguage: lang,
    sources: draft.sources,
    pageKind,
  };
  const parsed = ProfileSnapshotSchema.safeParse(candidate);
  return parsed.success ? { ok: true, snapshot: parsed.data } : { ok: false, reason: 'unreadable', detail: 'The numbers on this page did not form a valid profile.' };
}

export function extractInstagramProfile(doc: Document, url: URL, options: ExtractOptions = {}): ExtractResult {
  const route = routeInstagramUrl(url);
  if (route.kind === 'login') return { ok: false, reason: 'login-wall', detail: 'Instagram is asking to log in before it shows this profile.' };
  if (route.kind === 'other') return { ok: false, reason: 'not-profile', detail: 'This Instagram page is not a profile or a post.' };
  const lang = pageLanguage(doc);
  const draft = new ProfileDraft();
  const observed: readonly ObservedResponse[] = options.observed ?? [];

  if (route.kind === 'post') {
    const handle = route.handle;
    if (readPostPage(doc, route.code, lang ?? 'en', draft)) draft.addSource('meta');
    const owner = handle ?? draft.handle;
    if (owner) {
      for (const response of observed) if (readJson(response.body, owner, draft)) draft.addSource('observed-json');
    }
    if (!draft.posts.has(route.code)) {
      return looksLikeLoginWall(doc, url)
        ? { ok: false, reason: 'login-wall', detail: 'Instagram is asking to log in before it shows this post.' }
        : { ok: false, reason: 'unreadable', detail: 'No like or comment counts could be read on this post.' };
    }
    draft.handle ??= handle;
    return finish(draft, url, options, 'post', lang);
  }

  const handle = route.handle;
  if (!options.embeddedIsStale && embeddedJson(doc).some((json) => readJson(json, handle, draft))) draft.addSource('embedded-json');
  for (const response of observed) if (readJson(response.body, handle, draft)) draft.addSource('observed-json');
  if (readProfileDom(doc, handle, lang ?? 'en', draft)) draft.addSource('dom');
  if (readProfileMeta(doc, handle, lang ?? 'en', draft)) draft.addSource('meta');

  // Recent posts with their counts are worth a snapshot even where the profile counts are not shown.
  const anyCount = Object.keys(draft.counts).length > 0 || [...draft.posts.values()].some((p) => p.likes !== null || p.comments !== null);
  if (!anyCount) {
    if (looksLikeLoginWall(doc, url)) return { ok: false, reason: 'login-wall', detail: 'Instagram is asking to log in before it shows this profile.' };
    return { ok: false, reason: 'unreadable', detail: 'No follower, following or post counts could be read on this page.' };
  }
  draft.handle = handle;
  return finish(draft, url, options, 'profile', lang);
}

export const instagram: PlatformExtractor = {
  platform: 'instagram',
  hosts: ['www.instagram.com'],
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
