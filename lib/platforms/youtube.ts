import { parseCount, preferFuller, type ParsedCount } from '../parse/count';
import { parseRelativeDate } from '../parse/relative-date';
import { extractHashtags, type ExtractResult, type Post } from '../snapshot';
import { fillCounts, finishSnapshot, fromParsed, hasAnyCount, normalizeLink, type CountReadings } from './common';
import { PLATFORM_HOSTS } from './hosts';
import { asArray, asString, clip, collectByKey, dig, isObject, jsonAfter, parseScriptOnce, textOf, type JsonObject } from './json';
import { YOUTUBE_NAVIGATE_PSEUDO_URL } from './observe';
import { runsText } from './youtube-text';
import type { ExtractOptions, ObservedResponse, PlatformExtractor } from './types';
import { extractYouTubeWatch, findWatchOverlayAnchor, renderedVideoId, watchUrlFromNext, youtubeWatchPage } from './youtube-watch';

/**
 * YouTube channel pages: /@handle, /channel/ID, /c/name and /user/name, with their tabs. Watch pages
 * (/watch?v=, /shorts/ID) are read in youtube-watch.ts, as a post of their channel.
 *
 * Sources, in order: `ytInitialData` embedded in the first HTML; the browse responses the page
 * fetched itself (and the data YouTube hands its own `yt-navigate-finish` event); the rendered page.
 * After an in-page navigation `ytInitialData` still describes the first page, so every source must
 * name the channel in the URL, or it is ignored.
 */

type ChannelKind = 'handle' | 'channel' | 'c' | 'user';

interface ChannelPage {
  kind: ChannelKind;
  /** "@kurzgesagt", "channel/UCsXVk37bltHxD1rDPwtNM8Q", "c/inanutshell", "user/movietrailers". */
  key: string;
  tab: string | null;
}

const CHANNEL_PATH = /^\/(?:(@[^/]{1,100})|(channel)\/(UC[\w-]{10,40})|(c|user)\/([^/]{1,100}))(?:\/([a-z]{1,20}))?\/?$/;

function keyFromPath(path: string): { kind: ChannelKind; key: string; tab: string | null } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const match = CHANNEL_PATH.exec(decoded);
  if (!match) return null;
  const tab = match[6] ?? null;
  if (match[1]) return { kind: 'handle', key: match[1].toLowerCase(), tab };
  if (match[2]) return { kind: 'channel', key: `channel/${match[3]!}`, tab };
  const kind = match[4] as 'c' | 'user';
  return { kind, key: `${kind}/${match[5]!.toLowerCase()}`, tab };
}

export function youtubePage(url: URL): ChannelPage | null {
  return keyFromPath(url.pathname);
}

/** Channel keys a URL or path names ("http://www.youtube.com/@kurzgesagt" → "@kurzgesagt"). */
function keyOfUrl(raw: unknown): string | null {
  const text = asString(raw);
  if (!text) return null;
  try {
    return keyFromPath(new URL(text, 'https://www.youtube.com').pathname)?.key ?? null;
  } catch {
    return null;
  }
}

function a11yLabel(value: unknown): string | null {
  return asString(dig(value, 'accessibility', 'accessibilityData', 'label')) ?? null;
}

/** Subscribers and videos named by meaning, not by position (iv-org/invidious#4785). */
const SUBSCRIBER_WORDS = ['subscriber', 'suscriptor', 'inscrit', 'subscritor', 'abonn', 'abone', 'iscritt', 'подписчик', 'підписник', 'abunəçi', 'subskrybent', 'subskrypcj', 'pelanggan', 'सब्सक्राइबर', 'सदस्य', '登録者', '구독자', '订阅者', '訂閱者', 'odběratel', 'abonați', 'prenumerant'];
const VIDEO_WORDS = ['video', 'vídeo', 'vidéo', 'видео', 'відео', 'wideo', 'film', 'वीडियो', '動画', '동영상', '视频', '影片'];

function mentions(text: string, words: readonly string[]): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  return words.some((word) => lower.includes(word.normalize('NFC')));
}

interface HeaderPart {
  text: string;
  label: string | null;
  /** What the page's own markup says the part is (the old header's #subscriber-count, #videos-count). */
  meaning?: 'subscribers' | 'videos';
}

/** Reads subscribers, videos and handle from the parts of a header's metadata rows. */
function classifyHeaderParts(parts: HeaderPart[], lang: string): { handle: string | null; counts: CountReadings } {
  const counts: CountReadings = {};
  let handle: string | null = null;
  const unclassified: HeaderPart[] = [];
  const read = (part: HeaderPart): ParsedCount | null => preferFuller(parseCount(part.text, lang), part.label ? parseCount(part.label, lang) : null);
  for (const part of parts) {
    const text = part.text.trim();
    if (/^@[^\s@]{1,100}$/.test(text)) {
      handle = text.slice(1);
      continue;
    }
    const meaning = `${text} ${part.label ?? ''}`;
    if (part.meaning === 'subscribers' || (!part.meaning && mentions(meaning, SUBSCRIBER_WORDS))) {
      const reading = fromParsed(read(part));
      if (reading && !counts.followers) counts.followers = reading;
    } else if (part.meaning === 'videos' || mentions(meaning, VIDEO_WORDS)) {
      const reading = fromParsed(read(part));
      if (reading && !counts.postCount) counts.postCount = reading;
    } else if (/\d/.test(text)) unclassified.push(part);
  }
  // A language without a listed word: the one remaining count beside the videos is the subscribers.
  if (!counts.followers && counts.postCount && unclassified.length === 1) {
    const reading = fromParsed(read(unclassified[0]!));
    if (reading) counts.followers = reading;
  }
  return { handle, counts };
}

interface BrowseData {
  data: JsonObject;
  /** Keys of the channel this data describes. */
  identity: Set<string>;
  source: 'embedded-json' | 'observed-json';
  /** When an observed response arrived; embedded data came first of all. */
  at: number;
}

function identityOf(data: JsonObject, extraUrls: unknown[] = []): Set<string> {
  const keys = new Set<string>();
  const add = (key: string | null) => {
    if (key) keys.add(key);
  };
  const meta = dig(data, 'metadata', 'channelMetadataRenderer');
  const externalId = asString(dig(meta, 'externalId'));
  if (externalId) keys.add(`channel/${externalId}`);
  add(keyOfUrl(dig(meta, 'vanityChannelUrl')));
  add(keyOfUrl(dig(meta, 'channelUrl')));
  for (const owner of asArray(dig(meta, 'ownerUrls'))) add(keyOfUrl(owner));
  add(keyOfUrl(dig(data, 'microformat', 'microformatDataRenderer', 'urlCanonical')));
  const c4 = dig(data, 'header', 'c4TabbedHeaderRenderer');
  const c4Id = asString(dig(c4, 'channelId'));
  if (c4Id) keys.add(`channel/${c4Id}`);
  const c4Handle = runsText(dig(c4, 'channelHandleText'));
  if (c4Handle?.startsWith('@')) keys.add(c4Handle.toLowerCase());
  add(keyOfUrl(dig(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')));
  for (const row of asArray(dig(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows')))
    for (const part of asArray(dig(row, 'metadataParts'))) {
      const text = asString(dig(part, 'text', 'content'))?.trim();
      if (text && /^@[^\s@]{1,100}$/.test(text)) keys.add(text.toLowerCase());
    }
  for (const url of extraUrls) add(keyOfUrl(url));
  return keys;
}

/**
 * Whether data describes the channel in the URL. A /c/ or /user/ URL can only be checked against
 * data that carries such a name; first-load data without one is trusted, fetched data never is.
 */
function belongsTo(browse: BrowseData, page: ChannelPage): boolean {
  if (browse.identity.has(page.key)) return true;
  if (browse.source !== 'embedded-json') return false;
  if (page.kind === 'c' || page.kind === 'user') return ![...browse.identity].some((key) => key.startsWith(`${page.kind}/`));
  return false;
}

/** ytInitialData is a megabyte of JSON that never changes in a live tab: each script is parsed once. */
function embeddedBrowse(doc: Document): BrowseData | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const browse = parseScriptOnce(script, (text) => {
      if (!text.includes('ytInitialData')) return null;
      const data = jsonAfter(text, /(?:var\s+ytInitialData|window\s*\[\s*["']ytInitialData["']\s*\])\s*=\s*/);
      return isObject(data) ? ({ data, identity: identityOf(data), source: 'embedded-json', at: -Infinity } satisfies BrowseData) : null;
    }) as BrowseData | null;
    if (browse) return browse;
  }
  return null;
}

/** Browse-shaped data inside an observed body: the body itself, or YouTube's navigate event detail around it. */
function observedBrowse(response: ObservedResponse): BrowseData | null {
  const body = response.body;
  const candidates = [body, dig(body, 'response'), dig(body, 'response', 'response'), dig(body, 'detail', 'response'), dig(body, 'detail', 'response', 'response')];
  const data = candidates.find((candidate): candidate is JsonObject => isObject(candidate) && (isObject(candidate.header) || isObject(candidate.metadata)));
  if (!data) return null;
  const urls = [
    dig(body, 'url'),
    dig(body, 'response', 'url'),
    dig(body, 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url'),
    dig(body, 'detail', 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url'),
    dig(body, 'response', 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url'),
  ];
  // The navigate event's own URL is the page it navigated to: trust it as identity only there.
  const extra = response.url === YOUTUBE_NAVIGATE_PSEUDO_URL ? urls : [];
  return { data, identity: identityOf(data, extra), source: 'observed-json', at: response.at };
}

interface ChannelHeader {
  title: string | null;
  handle: string | null;
  counts: CountReadings;
  verified: boolean | null;
  description: string | null;
  channelId: string | null;
  links: string[];
}

/** YouTube wraps outgoing links as /redirect?q=<target>. */
function unwrapRedirect(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, 'https://www.youtube.com');
    if (url.hostname.endsWith('youtube.com') && url.pathname === '/redirect') return normalizeLink(url.searchParams.get('q'));
    // Links back to YouTube itself (the subscribe link) join nothing.
    if (url.hostname.endsWith('youtube.com')) return null;
    return normalizeLink(url.href);
  } catch {
    return null;
  }
}

function headerFromData(data: JsonObject, lang: string): ChannelHeader {
  const meta = dig(data, 'metadata', 'channelMetadataRenderer');
  const header: ChannelHeader = {
    title: asString(dig(meta, 'title')) ?? null,
    handle: null,
    counts: {},
    verified: null,
    description: asString(dig(meta, 'description')) ?? null,
    channelId: asString(dig(meta, 'externalId')) ?? null,
    links: [],
  };
  const vanity = keyOfUrl(dig(meta, 'vanityChannelUrl'));
  if (vanity?.startsWith('@')) header.handle = vanity.slice(1);

  const c4 = dig(data, 'header', 'c4TabbedHeaderRenderer');
  if (isObject(c4)) {
    header.title ??= asString(c4.title) ?? null;
    header.channelId ??= asString(c4.channelId) ?? null;
    const handleText = runsText(c4.channelHandleText);
    if (handleText?.startsWith('@')) header.handle = handleText.slice(1);
    const subscriberSources = [c4.subscriberCountText, dig(c4, 'subscribeButton', 'subscribeButtonRenderer', 'subscriberCountText')];
    for (const source of subscriberSources) {
      const reading = preferFuller(parseCount(runsText(source), lang), parseCount(a11yLabel(source), lang));
      if (reading) {
        header.counts.followers = fromParsed(reading)!;
        break;
      }
    }
    const videos = preferFuller(parseCount(runsText(c4.videosCountText), lang), parseCount(a11yLabel(c4.videosCountText), lang));
    if (videos) header.counts.postCount = fromParsed(videos)!;
    header.verified = asArray(c4.badges).some((badge) => /VERIFIED/.test(asString(dig(badge, 'metadataBadgeRenderer', 'style')) ?? ''));
    for (const link of asArray(dig(c4, 'headerLinks', 'channelHeaderLinksRenderer', 'primaryLinks')).concat(asArray(dig(c4, 'headerLinks', 'channelHeaderLinksRenderer', 'secondaryLinks')))) {
      const target = unwrapRedirect(asString(dig(link, 'navigationEndpoint', 'urlEndpoint', 'url')));
      if (target) header.links.push(target);
    }
  }

  const model = dig(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');
  if (isObject(model)) {
    header.title ??= asString(dig(model, 'title', 'dynamicTextViewModel', 'text', 'content')) ?? null;
    const parts: HeaderPart[] = [];
    for (const row of asArray(dig(model, 'metadata', 'contentMetadataViewModel', 'metadataRows')))
      for (const part of asArray(dig(row, 'metadataParts'))) {
        const text = asString(dig(part, 'text', 'content'));
        if (text) parts.push({ text, label: asString(dig(part, 'accessibilityLabel')) ?? null });
      }
    const classified = classifyHeaderParts(parts, lang);
    header.handle = classified.handle ?? header.handle;
    fillCounts(header.counts, classified.counts);
    const attachments = asArray(dig(model, 'title', 'dynamicTextViewModel', 'text', 'attachmentRuns'));
    header.verified = attachments.some((run) =>
      asArray(dig(run, 'element', 'type', 'imageType', 'image', 'sources')).some((source) => /CHECK_CIRCLE|VERIFIED|OFFICIAL_ARTIST/.test(asString(dig(source, 'clientResource', 'imageName')) ?? '')),
    );
    header.description ??= asString(dig(model, 'description', 'descriptionPreviewViewModel', 'description', 'content')) ?? null;
    const attribution = asString(dig(model, 'attribution', 'attributionViewModel', 'text', 'content'));
    const firstLink = attribution?.split(/\s/)[0];
    const link = firstLink && /\.[a-z]{2,}/i.test(firstLink) ? normalizeLink(firstLink) : null;
    if (link) header.links.push(link);
  }
  return header;
}

/** Whether a renderer's owner, when it names one, is another channel (home-page shelves mix them in). */
function ownedByOther(renderer: JsonObject, channelId: string | null, title: string | null): boolean {
  for (const key of ['ownerText', 'shortBylineText', 'longBylineText']) {
    const runs = asArray(dig(renderer, key, 'runs'));
    for (const run of runs) {
      const ownerId = asString(dig(run, 'navigationEndpoint', 'browseEndpoint', 'browseId'));
      if (ownerId && channelId) return ownerId !== channelId;
    }
    const name = runsText(renderer[key]);
    if (name && title && name.trim().toLowerCase() !== title.trim().toLowerCase()) return true;
  }
  return false;
}

interface PostDraft {
  id: string;
  shorts: boolean;
  title: string | null;
  snippet: string | null;
  views: ParsedCount | null;
  dateText: string | null;
}

const LIVE_WORDS = /watching|viendo|assistindo|regardent|spectateurs|zuschauer|guardando|izliyor|смотр|дивл|ogląda|kijken|menonton|देख रहे|視聴中|시청 중|观看|觀看/iu;

/** Classifies free metadata parts by content: a relative date, or a view count. */
function viewsAndDate(parts: string[], lang: string, now: Date): { views: ParsedCount | null; dateText: string | null } {
  let views: ParsedCount | null = null;
  let dateText: string | null = null;
  for (const part of parts) {
    if (!dateText && parseRelativeDate(part, lang, now)) dateText = part;
    // "12K watching" counts live viewers, not views.
    else if (!views && !LIVE_WORDS.test(part)) views = parseCount(part, lang);
  }
  return { views, dateText };
}

function draftsFromData(data: JsonObject, header: ChannelHeader, lang: string, now: Date): PostDraft[] {
  const drafts: PostDraft[] = [];
  for (const key of ['gridVideoRenderer', 'videoRenderer']) {
    for (const renderer of collectByKey(data, key)) {
      const id = asString(renderer.videoId);
      if (!id || renderer.upcomingEventData !== undefined) continue;
      if (ownedByOther(renderer, header.channelId, header.title)) continue;
      const live = asArray(renderer.badges).some((badge) => /LIVE_NOW/.test(asString(dig(badge, 'metadataBadgeRenderer', 'style')) ?? ''));
      const exact = parseCount(runsText(renderer.viewCountText), lang);
      const short = preferFuller(parseCount(runsText(renderer.shortViewCountText), lang), parseCount(a11yLabel(renderer.shortViewCountText), lang));
      drafts.push({
        id,
        shorts: false,
        title: runsText(renderer.title),
        snippet: runsText(renderer.descriptionSnippet),
        views: live ? null : preferFuller(exact, short),
        dateText: runsText(renderer.publishedTimeText),
      });
    }
  }
  for (const lockup of collectByKey(data, 'lockupViewModel')) {
    const id = asString(lockup.contentId);
    if (!id || (lockup.contentType !== undefined && lockup.contentType !== 'LOCKUP_CONTENT_TYPE_VIDEO')) continue;
    const parts: string[] = [];
    for (const row of asArray(dig(lockup, 'metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows')))
      for (const part of asArray(dig(row, 'metadataParts'))) {
        const text = asString(dig(part, 'text', 'content'));
        if (text) parts.push(text);
      }
    drafts.push({ id, shorts: false, title: asString(dig(lockup, 'metadata', 'lockupMetadataViewModel', 'title', 'content')) ?? null, snippet: null, ...viewsAndDate(parts, lang, now) });
  }
  for (const reel of collectByKey(data, 'reelItemRenderer')) {
    const id = asString(reel.videoId);
    if (!id) continue;
    drafts.push({
      id,
      shorts: true,
      title: runsText(reel.headline),
      snippet: null,
      views: preferFuller(parseCount(runsText(reel.viewCountText), lang), parseCount(a11yLabel(reel.viewCountText), lang)),
      dateText: null,
    });
  }
  for (const short of collectByKey(data, 'shortsLockupViewModel')) {
    const id = asString(dig(short, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ?? asString(short.entityId)?.match(/^shorts-shelf-item-([\w-]{6,20})$/)?.[1];
    if (!id) continue;
    drafts.push({
      id,
      shorts: true,
      title: asString(dig(short, 'overlayMetadata', 'primaryText', 'content')) ?? null,
      snippet: null,
      views: parseCount(asString(dig(short, 'overlayMetadata', 'secondaryText', 'content')), lang),
      dateText: null,
    });
  }
  return drafts;
}

function postFromDraft(draft: PostDraft, lang: string, now: Date): Post {
  const date = parseRelativeDate(draft.dateText, lang, now);
  const caption = clip([draft.title, draft.snippet].filter(Boolean).join('\n'), 20000);
  return {
    id: draft.id.slice(0, 200),
    url: draft.shorts ? `https://www.youtube.com/shorts/${draft.id}` : `https://www.youtube.com/watch?v=${draft.id}`,
    publishedAt: date?.iso ?? null,
    likes: null,
    comments: null,
    views: draft.views?.value ?? null,
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    rounded: draft.views && !draft.views.exact ? ['views'] : undefined,
    dateApproximate: date ? true : undefined,
  };
}

/** The language the page prints in: `<html lang>`, or the interface language in YouTube's own config. */
export function youtubeLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang.slice(0, 35);
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const match = /"HL"\s*:\s*"([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)"/.exec(text) ?? /"hl"\s*:\s*"([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)"/.exec(text);
    if (match) return match[1]!.replace('_', '-').slice(0, 35);
  }
  return null;
}

const HEADER_SELECTOR = 'yt-page-header-renderer, #page-header, ytd-c4-tabbed-header-renderer, #channel-header';

/** Leaf texts of the rendered header's metadata rows ("@handle", "4.32M subscribers", "466 videos"). */
function domHeaderParts(header: Element): HeaderPart[] {
  const parts: HeaderPart[] = [];
  const rows = header.querySelectorAll('yt-content-metadata-view-model span, #channel-handle, #subscriber-count, #videos-count');
  for (const element of rows) {
    if (!element.id && element.querySelector('span')) continue;
    const text = textOf(element);
    if (!text || /^[•·|]$/.test(text)) continue;
    const meaning = element.id === 'subscriber-count' ? 'subscribers' : element.id === 'videos-count' ? 'videos' : undefined;
    parts.push({ text, label: element.getAttribute('aria-label'), ...(meaning ? { meaning } : {}) });
  }
  return parts;
}

function domHeader(doc: Document, lang: string): (ChannelHeader & { element: Element }) | null {
  const element = doc.querySelector(HEADER_SELECTOR);
  if (!element) return null;
  const classified = classifyHeaderParts(domHeaderParts(element), lang);
  const titleSelectors = ['yt-dynamic-text-view-model h1', 'h1 .yt-core-attributed-string', 'span#channel-title', '#channel-name #text', '#channel-name', 'h1'];
  const title = titleSelectors.map((selector) => textOf(element.querySelector(selector))).find(Boolean) ?? null;
  // Old header: a verified badge element. New header: an icon drawn inside the title's h1.
  const badge = element.querySelector('.badge-style-type-verified, [class*="badge-style-type-verified"], h1 .yt-core-attributed-string__image-element');
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
function domHeaderMatches(header: ChannelHeader, page: ChannelPage, known: readonly BrowseData[]): boolean {
  if (!header.handle) return true;
  const handleKey = `@${header.handle.toLowerCase()}`;
  if (page.kind === 'handle') return handleKey === page.key;
  return known.some((data) => data.identity.has(handleKey) && data.identity.has(page.key));
}

const TILE_SELECTOR =
  'ytd-rich-item-renderer, ytd-grid-video-renderer, ytd-video-renderer, yt-lockup-view-model, ytm-shorts-lockup-view-model, ytm-shorts-lockup-view-model-v2, ytd-reel-item-renderer';

/** A tile's byline naming another channel: home-page shelves mix in other creators' videos. */
function domOwnedByOther(tile: Element, title: string | null): boolean {
  const byline = tile.querySelector('#byline a, ytd-channel-name a, #channel-name a');
  const name = textOf(byline);
  return Boolean(name && title && name.toLowerCase() !== title.toLowerCase());
}

function domDrafts(doc: Document, title: string | null, lang: string, now: Date): PostDraft[] {
  const drafts: PostDraft[] = [];
  const tiles = doc.querySelectorAll(TILE_SELECTOR);
  for (const tile of tiles) {
    // A rich item wraps a lockup in newer builds: read the innermost tile only.
    if (tile.querySelector(TILE_SELECTOR) || domOwnedByOther(tile, title)) continue;
    const link = tile.querySelector<HTMLAnchorElement>('a[href*="/watch?v="], a[href^="/shorts/"]');
    const href = link?.getAttribute('href') ?? '';
    const watch = /[?&]v=([\w-]{6,20})/.exec(href);
    const shorts = /^\/shorts\/([\w-]{6,20})/.exec(href);
    const id = watch?.[1] ?? shorts?.[1];
    if (!id || drafts.some((draft) => draft.id === id)) continue;
    const titleElement = tile.querySelector('#video-title, h3 a, h3, [class*="title"]');
    const metaParts = [...tile.querySelectorAll('#metadata-line span, yt-content-metadata-view-model span, [class*="ubhead"] span')]
      .filter((span) => !span.querySelector('span') && !titleElement?.contains(span))
      .map((span) => textOf(span))
      .filter((text): text is string => Boolean(text) && !/^[•·|]$/.test(text!));
    drafts.push({ id, shorts: Boolean(shorts), title: textOf(titleElement), snippet: null, ...viewsAndDate(metaParts, lang, now) });
  }
  return drafts;
}

/**
 * The "load more" responses the page fetched while this channel's data was the newest: they carry
 * no channel of their own, so they count only between this channel's data and the next page's.
 */
function continuationsAfter(browse: BrowseData, observed: readonly ObservedResponse[]): JsonObject[] {
  const found: JsonObject[] = [];
  const later = observed.filter((response) => response.at > browse.at).sort((a, b) => a.at - b.at);
  for (const response of later) {
    if (observedBrowse(response)) break;
    const actions = dig(response.body, 'onResponseReceivedActions');
    if (/\/youtubei\/v1\/browse/.test(response.url) && Array.isArray(actions)) found.push({ actions });
  }
  return found;
}

export function extractYouTube(doc: Document, url: URL, options: ExtractOptions = {}): ExtractResult {
  const watch = youtubeWatchPage(url);
  if (watch) return extractYouTubeWatch(doc, url, watch, youtubeLanguage(doc), options);
  const page = youtubePage(url);
  if (!page) return { ok: false, reason: 'not-profile', detail: 'not a YouTube channel or video page' };
  const lang = youtubeLanguage(doc);
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

/**
 * The channel URL a saved browse response describes (vanity @handle URL first, else /channel/ID):
 * lets `npm run vet` read a response saved without its page.
 */
export function youtubeUrlFromBrowse(body: unknown): string | null {
  if (!isObject(body)) return null;
  const watch = watchUrlFromNext(body);
  if (watch) return watch;
  const meta = dig(body, 'metadata', 'channelMetadataRenderer');
  for (const candidate of [dig(meta, 'vanityChannelUrl'), dig(meta, 'channelUrl')]) {
    const key = keyOfUrl(candidate);
    if (key && (key.startsWith('@') || key.startsWith('channel/'))) return `https://www.youtube.com/${key}`;
  }
  return null;
}

/**
 * The address of a saved rendered watch page that carries no canonical link (2018's Polymer pages):
 * the video its page element shows. Lets `npm run vet` read such a file without --url.
 */
export function youtubeUrlFromRendered(doc: Document): string | null {
  const id = renderedVideoId(doc);
  return id ? `https://www.youtube.com/watch?v=${id}` : null;
}

export function findYouTubeOverlayAnchor(doc: Document, url: URL): Element | null {
  const watch = youtubeWatchPage(url);
  if (watch) return findWatchOverlayAnchor(doc, watch);
  const page = youtubePage(url);
  if (!page) return null;
  const rendered = domHeader(doc, youtubeLanguage(doc) ?? 'en');
  const embedded = embeddedBrowse(doc);
  return rendered && domHeaderMatches(rendered, page, embedded ? [embedded] : []) ? rendered.element : null;
}

export const youtube: PlatformExtractor = {
  platform: 'youtube',
  hosts: PLATFORM_HOSTS.youtube,
  pageKey(url) {
    // A watch page is keyed by its video: moving to another video must switch the card.
    const watch = youtubeWatchPage(url);
    if (watch) return `video/${watch.videoId}`;
    return youtubePage(url)?.key ?? null;
  },
  extract: extractYouTube,
  findOverlayAnchor: findYouTubeOverlayAnchor,
};
