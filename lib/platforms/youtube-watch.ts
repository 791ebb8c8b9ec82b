import { parseAbsoluteDate, parseIsoDate } from '../parse/absolute-date';
import { knowsCountUnits, parseCount, preferFuller, type ParsedCount } from '../parse/count';
import { parseRelativeDate } from '../parse/relative-date';
import { extractHashtags, type ExtractResult, type Post } from '../snapshot';
import { finishSnapshot, fromParsed, roundedList, type CountReadings } from './common';
import { asArray, asString, clip, dig, isObject, jsonAfter, parseScriptOnce, textOf, walkJson, type JsonObject } from './json';
import { YOUTUBE_NAVIGATE_PSEUDO_URL } from './observe';
import { runsText } from './youtube-text';
import type { ExtractOptions, ObservedResponse } from './types';

/**
 * YouTube watch pages (/watch?v=ID, /shorts/ID, /live/ID): one video, read as a post of the channel
 * that uploaded it (`pageKind: "post"`).
 *
 * Sources, in order: the JSON embedded in the first HTML (`ytInitialData` with the watch-next data,
 * `ytInitialPlayerResponse` or, before 2020, `ytplayer.config`'s player_response); the JSON the page
 * fetched itself (`/youtubei/v1/next`, `/youtubei/v1/reel/…`, `/youtubei/v1/player`, and the data
 * YouTube hands its own `yt-navigate-finish` event); the microdata of pages served until 2023
 * (`itemprop="videoId"`, "interactionCount", "datePublished"); the rendered page. Every source must
 * name the video in the URL, or it is ignored: after an in-page navigation the embedded JSON belongs
 * to the first video.
 *
 * Each count is read where it is exact first: the like button's accessibility label ("like this
 * video along with 12,345 other people") before its "12K", "1,234,567 views" before "1.2M views".
 */

export interface WatchPage {
  videoId: string;
  /** A Short, whose own address is /shorts/ID. */
  shorts: boolean;
}

const VIDEO_ID = /^[\w-]{11}$/;

export function youtubeWatchPage(url: URL): WatchPage | null {
  if (url.pathname === '/watch' || url.pathname === '/watch/') {
    const id = url.searchParams.get('v');
    return id && VIDEO_ID.test(id) ? { videoId: id, shorts: false } : null;
  }
  const match = /^\/(shorts|live)\/([\w-]{11})\/?$/.exec(url.pathname);
  return match ? { videoId: match[2]!, shorts: match[1] === 'shorts' } : null;
}

/** One source's reading of the video and its channel; missing fields were not there. */
interface WatchReading {
  source: 'embedded-json' | 'observed-json' | 'meta' | 'dom';
  /** Read from a player response, whose videoDetails name the uploading channel. */
  fromPlayer?: boolean;
  /** When it was read: embedded data came first of all, then observed responses, then the DOM. */
  at: number;
  title?: string | null;
  description?: string | null;
  views?: ParsedCount | null;
  likes?: ParsedCount | null;
  comments?: ParsedCount | null;
  /** Exact to the day (or the second), or approximate ("3 weeks ago"). */
  published?: { iso: string; approximate: boolean } | null;
  /** A live stream that is on air: its "watching now" is not views. */
  liveNow?: boolean;
  sponsored?: boolean | null;
  shorts?: boolean;
  channel?: ChannelReading;
}

interface ChannelReading {
  id?: string | null;
  handle?: string | null;
  name?: string | null;
  subscribers?: ParsedCount | null;
  verified?: boolean | null;
}

// ---------------------------------------------------------------- JSON helpers

/** Every accessibility label YouTube hangs on a renderer, in its several spellings. */
function labelsOf(value: unknown): string[] {
  const labels = [
    dig(value, 'accessibility', 'accessibilityData', 'label'),
    dig(value, 'accessibility', 'label'),
    dig(value, 'accessibilityData', 'accessibilityData', 'label'),
    dig(value, 'accessibilityData', 'label'),
    dig(value, 'accessibilityText'),
  ];
  return labels.filter((label): label is string => typeof label === 'string' && label.length > 0);
}

/** "/@handle", "http://www.youtube.com/@handle" → "handle" (decoded, as written). */
export function handleFromUrl(raw: unknown): string | null {
  const text = asString(raw);
  if (!text) return null;
  try {
    const path = decodeURIComponent(new URL(text, 'https://www.youtube.com').pathname);
    const match = /^\/@([^/\s@]{1,100})\/?$/.exec(path);
    return match ? match[1]! : null;
  } catch {
    return null;
  }
}

function channelIdFromUrl(raw: unknown): string | null {
  const text = asString(raw);
  const match = text ? /\/channel\/(UC[\w-]{10,40})\/?$/.exec(text) : null;
  return match ? match[1]! : null;
}

/** A channel as a browse endpoint names it: browseId and canonicalBaseUrl ("/@handle"). */
function channelFromEndpoint(endpoint: unknown): ChannelReading {
  const browse = dig(endpoint, 'browseEndpoint');
  const id = asString(dig(browse, 'browseId'));
  const base = dig(browse, 'canonicalBaseUrl') ?? dig(endpoint, 'commandMetadata', 'webCommandMetadata', 'url');
  return {
    id: id && /^UC[\w-]{10,40}$/.test(id) ? id : channelIdFromUrl(base),
    handle: handleFromUrl(base),
  };
}

/** Joins two readings of one channel; a second one that names another channel id is dropped. */
function joinChannel(a: ChannelReading | undefined, b: ChannelReading | undefined): ChannelReading | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.id && b.id && a.id !== b.id) return a;
  return {
    id: a.id ?? b.id,
    handle: a.handle ?? b.handle,
    name: a.name ?? b.name,
    subscribers: preferFuller(a.subscribers ?? null, b.subscribers ?? null),
    verified: a.verified ?? b.verified,
  };
}

const VERIFIED_BADGE = /BADGE_STYLE_TYPE_VERIFIED/;

/**
 * Reads an abbreviated display ("12K", "3,5 M", "50 N"). A language whose units the count parser
 * does not know cannot be read: "50 N" would be 50.
 */
function readShort(text: string | null | undefined, lang: string): ParsedCount | null {
  if (!text || !knowsCountUnits(lang)) return null;
  return parseCount(text, lang);
}

/** Reads a full count ("12,345", "like this video along with 12,345 other people"): only exact readings count. */
function readExact(text: string | null | undefined, lang: string): ParsedCount | null {
  const parsed = text ? parseCount(text, lang) : null;
  return parsed?.exact ? parsed : null;
}

function fullest(...counts: (ParsedCount | null | undefined)[]): ParsedCount | null {
  return counts.reduce<ParsedCount | null>((best, count) => preferFuller(best, count ?? null), null);
}

/** Words for "views", to tell the views factoid from the likes one. */
const VIEW_WORDS = /view|visualiza|vue|aufruf|visualizz|görüntül|просмотр|перегляд|wyświetl|weergave|tayangan|lượt xem|बार देखा|回視聴|조회수|观看|觀看/iu;

const LIVE_WORDS = /watching|viendo|assistindo|regardent|spectateurs|zuschauer|guardando|izliyor|смотр|дивл|ogląda|kijken|menonton|đang xem|देख रहे|視聴中|시청 중|观看|觀看/iu;

function dateFromText(text: string | null | undefined, lang: string, now: Date): WatchReading['published'] {
  if (!text) return null;
  const absolute = parseAbsoluteDate(text, lang, now);
  if (absolute) return { iso: absolute.iso, approximate: false };
  const relative = parseRelativeDate(text, lang, now);
  return relative ? { iso: relative.iso, approximate: true } : null;
}

// ---------------------------------------------------------------- watch-next data (ytInitialData, /next, reel)

/** The video a watch-next or reel response describes, from its own endpoint. */
function nextVideoId(data: unknown): string | null {
  const endpoint = dig(data, 'currentVideoEndpoint');
  const id =
    asString(dig(endpoint, 'watchEndpoint', 'videoId')) ??
    asString(dig(endpoint, 'reelWatchEndpoint', 'videoId')) ??
    asString(dig(data, 'replacementEndpoint', 'reelWatchEndpoint', 'videoId'));
  return id && VIDEO_ID.test(id) ? id : null;
}

/** The like button inside a primary-info renderer's actions, whatever its generation. */
function likeFromActions(actions: unknown, lang: string): ParsedCount | null {
  const exact: (ParsedCount | null)[] = [];
  const short: (ParsedCount | null)[] = [];
  walkJson(
    actions,
    (node) => {
      // 2023-10+: likeButtonViewModel → toggleButtonViewModel → default buttonViewModel {title, accessibilityText}.
      const model = dig(node, 'likeButtonViewModel', 'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel');
      if (isObject(model)) {
        exact.push(readExact(asString(model.accessibilityText), lang));
        short.push(readShort(asString(model.title), lang));
      }
      // 2020–23: a toggleButtonRenderer with the LIKE icon (alone, or as a segmented button's likeButton).
      const toggle = node.toggleButtonRenderer;
      if (isObject(toggle) && asString(dig(toggle, 'defaultIcon', 'iconType')) === 'LIKE') {
        for (const label of [...labelsOf(toggle), ...labelsOf(toggle.defaultText)]) exact.push(readExact(label, lang));
        short.push(readShort(runsText(toggle.defaultText), lang));
      }
    },
    20_000,
  );
  return fullest(...exact) ?? fullest(...short);
}

/** Reads the watch-next data: ytInitialData of a watch page, a /next response, a Short's reel data. */
function readNext(data: JsonObject, lang: string, now: Date): Omit<WatchReading, 'source' | 'at'> {
  const reading: Omit<WatchReading, 'source' | 'at'> = {};
  const results = asArray(dig(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'));
  const primary = results.map((item) => dig(item, 'videoPrimaryInfoRenderer')).find(isObject);
  const secondary = results.map((item) => dig(item, 'videoSecondaryInfoRenderer')).find(isObject);
  const panels = asArray(dig(data, 'engagementPanels')).map((panel) => dig(panel, 'engagementPanelSectionListRenderer')).filter(isObject);
  const descriptionHeader = panels
    .flatMap((panel) => asArray(dig(panel, 'content', 'structuredDescriptionContentRenderer', 'items')))
    .map((item) => dig(item, 'videoDescriptionHeaderRenderer'))
    .find(isObject);
  const factoids = descriptionHeader ? readFactoids(descriptionHeader, lang) : null;

  if (primary) {
    reading.title = runsText(primary.title);
    const counter = dig(primary, 'viewCount', 'videoViewCountRenderer');
    const viewText = runsText(dig(counter, 'viewCount'));
    reading.liveNow = dig(counter, 'isLive') === true || (viewText !== null && LIVE_WORDS.test(viewText));
    if (!reading.liveNow) {
      const original = asString(dig(counter, 'originalViewCount'));
      reading.views = fullest(
        readExact(viewText, lang),
        original && original !== '0' ? readExact(original, 'en') : null,
        readShort(runsText(dig(counter, 'shortViewCount')), lang),
        readShort(runsText(dig(counter, 'extraShortViewCount')), lang),
      );
    }
    reading.likes = likeFromActions(primary.videoActions, lang);
    reading.published = dateFromText(runsText(primary.dateText), lang, now) ?? dateFromText(runsText(primary.relativeDateText), lang, now);
  }
  if (factoids) {
    if (!reading.liveNow) reading.views = fullest(reading.views, factoids.views);
    reading.likes = fullest(reading.likes, factoids.likes);
    reading.published ??= dateFromText(factoids.date, lang, now);
  }
  if (descriptionHeader) {
    reading.title ??= runsText(descriptionHeader.title);
    if (!reading.liveNow) reading.views = fullest(reading.views, readExact(runsText(descriptionHeader.views), lang));
    reading.published ??= dateFromText(runsText(descriptionHeader.publishDate), lang, now);
    reading.channel = joinChannel(reading.channel, { ...channelFromEndpoint(descriptionHeader.channelNavigationEndpoint), name: runsText(descriptionHeader.channel) });
  }

  if (secondary) {
    const description = runsText(secondary.description) ?? runsText(secondary.attributedDescription);
    if (description) reading.description = description;
    const owner = dig(secondary, 'owner', 'videoOwnerRenderer');
    if (isObject(owner)) reading.channel = joinChannel(readOwner(owner, lang), reading.channel);
  }

  reading.comments = commentsOf(results, panels, lang);

  const overlay = dig(data, 'overlay', 'reelPlayerOverlayRenderer');
  if (isObject(overlay)) {
    reading.shorts = true;
    readReelOverlay(overlay, reading, lang, now);
  }
  return reading;
}

function readFactoids(header: JsonObject, lang: string): { likes: ParsedCount | null; views: ParsedCount | null; date: string | null } {
  let likes: ParsedCount | null = null;
  let views: ParsedCount | null = null;
  let date: string | null = null;
  const items = asArray(header.factoid);
  items.forEach((item, index) => {
    const viewFactoid = dig(item, 'viewCountFactoidRenderer');
    if (isObject(viewFactoid)) {
      const factoid = dig(viewFactoid, 'factoid', 'factoidRenderer');
      if (/TOTAL_VIEWS/.test(asString(viewFactoid.viewCountType) ?? 'TOTAL_VIEWS')) views = fullest(views, readExact(runsText(dig(factoid, 'value')), lang));
      return;
    }
    const factoid = dig(item, 'factoidRenderer');
    if (!isObject(factoid)) return;
    const value = runsText(factoid.value) ?? '';
    const label = runsText(factoid.label) ?? '';
    const spoken = asString(factoid.accessibilityText) ?? `${value} ${label}`;
    if (/\b(?:19|20)\d\d\b/.test(`${value} ${label}`)) date ??= spoken;
    // The first factoid is the likes: "215 K" / "215 mil Me gusta", or "N/A" when they are hidden.
    else if (index === 0 && /\d/.test(value) && !VIEW_WORDS.test(`${label} ${spoken}`)) likes = fullest(readExact(value, lang), readShort(spoken, lang), readShort(value, lang));
    // Views without the view-count wrapper (2023): the exact "1,755,633".
    else if (index === 1 && /\d/.test(value)) views = fullest(views, readExact(value, lang));
  });
  return { likes, views, date };
}

function readOwner(owner: JsonObject, lang: string): ChannelReading | undefined {
  // A video by several channels (2025+) names them in a dialog: the uploader comes from the player.
  if (dig(owner, 'navigationEndpoint', 'showDialogCommand') !== undefined) return undefined;
  const titleRun = asArray(dig(owner, 'title', 'runs'))[0];
  return {
    ...joinChannel(channelFromEndpoint(dig(owner, 'navigationEndpoint')), channelFromEndpoint(dig(titleRun, 'navigationEndpoint'))),
    name: runsText(owner.title),
    subscribers: fullest(...labelsOf(owner.subscriberCountText).map((label) => readShort(label, lang)), readShort(runsText(owner.subscriberCountText), lang)),
    verified: asArray(owner.badges).some((badge) => VERIFIED_BADGE.test(asString(dig(badge, 'metadataBadgeRenderer', 'style')) ?? '')),
  };
}

function commentsOf(results: unknown[], panels: JsonObject[], lang: string): ParsedCount | null {
  const texts: string[] = [];
  for (const item of results) {
    const section = dig(item, 'itemSectionRenderer');
    for (const content of asArray(dig(section, 'contents'))) {
      const entry = dig(content, 'commentsEntryPointHeaderRenderer');
      const count = runsText(dig(entry, 'commentCount'));
      if (count) texts.push(count);
    }
  }
  for (const panel of panels) {
    const id = `${asString(panel.panelIdentifier) ?? ''} ${asString(panel.targetId) ?? ''}`;
    if (!/comment/.test(id)) continue;
    const count = runsText(dig(panel, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo'));
    if (count) texts.push(count);
  }
  return fullest(...texts.map((text) => readExact(text, lang) ?? readShort(text, lang)));
}

/** A Short's overlay: like and comment buttons, the channel bar, the timestamp. */
function readReelOverlay(overlay: JsonObject, reading: Omit<WatchReading, 'source' | 'at'>, lang: string, now: Date): void {
  const likeRenderer = dig(overlay, 'likeButton', 'likeButtonRenderer');
  if (isObject(likeRenderer)) {
    const status = asString(likeRenderer.likeStatus);
    const count = typeof likeRenderer.likeCount === 'number' && Number.isSafeInteger(likeRenderer.likeCount) && likeRenderer.likeCount >= 0 ? { value: likeRenderer.likeCount, exact: true } : null;
    // likeCountWithLikeText is the count once the viewer likes too: only the plain and "unlike" texts are today's count.
    const labels = [...labelsOf(likeRenderer.likeCountText), ...(status === 'LIKE' ? [] : labelsOf(likeRenderer.likeCountWithUnlikeText))];
    reading.likes = fullest(reading.likes, count, ...labels.map((label) => readExact(label, lang)), readShort(runsText(likeRenderer.likeCountText), lang));
  }
  const likeModel = dig(overlay, 'likeButton', 'likeButtonViewModel');
  if (isObject(likeModel)) reading.likes = fullest(reading.likes, likeFromActions({ likeButtonViewModel: likeModel }, lang));
  walkJson(
    dig(overlay, 'buttonBar'),
    (node) => {
      if (isObject(node.likeButtonViewModel)) reading.likes = fullest(reading.likes, likeFromActions(node, lang));
    },
    20_000,
  );
  for (const key of ['viewCommentsButton', 'commentsButton']) {
    const button = dig(overlay, key, 'buttonRenderer');
    if (!isObject(button)) continue;
    const labels = labelsOf(button);
    reading.comments = fullest(reading.comments, ...labels.map((label) => readExact(label, lang)), readShort(runsText(button.text), lang));
  }
  const header = dig(overlay, 'reelPlayerHeaderSupportedRenderers', 'reelPlayerHeaderRenderer');
  if (isObject(header)) {
    reading.title ??= runsText(header.reelTitleText);
    reading.published ??= dateFromText(runsText(header.timestampText), lang, now);
    const run = asArray(dig(header, 'channelTitleText', 'runs'))[0];
    reading.channel = joinChannel(reading.channel, {
      ...joinChannel(channelFromEndpoint(header.channelNavigationEndpoint), channelFromEndpoint(dig(run, 'navigationEndpoint'))),
      name: runsText(header.channelTitleText),
    });
  }
  // 2024+: the metapanel's channel bar names the channel as "@handle".
  walkJson(
    dig(overlay, 'metapanel'),
    (node) => {
      const bar = node.reelChannelBarViewModel;
      if (!isObject(bar)) return;
      const name = asString(dig(bar, 'channelName', 'content'));
      const endpoint = dig(bar, 'channelName', 'commandRuns', 0, 'onTap', 'innertubeCommand') ?? dig(bar, 'onTap', 'innertubeCommand');
      const fromEndpoint = channelFromEndpoint(endpoint);
      reading.channel = joinChannel(reading.channel, { ...fromEndpoint, handle: fromEndpoint.handle ?? (name?.startsWith('@') ? name.slice(1) : null) });
    },
    20_000,
  );
}

// ---------------------------------------------------------------- player response (videoDetails, microformat)

function playerVideoId(player: unknown): string | null {
  const id = asString(dig(player, 'videoDetails', 'videoId'));
  return id && VIDEO_ID.test(id) ? id : null;
}

function readPlayer(player: JsonObject): Omit<WatchReading, 'source' | 'at'> {
  const details = dig(player, 'videoDetails');
  const micro = dig(player, 'microformat', 'playerMicroformatRenderer');
  const liveNow = dig(details, 'isLive') === true || dig(micro, 'liveBroadcastDetails', 'isLiveNow') === true;
  const upcoming = dig(details, 'isUpcoming') === true;
  const viewText = asString(dig(details, 'viewCount')) ?? asString(dig(micro, 'viewCount'));
  const published = parseIsoDate(asString(dig(micro, 'publishDate')) ?? asString(dig(micro, 'uploadDate')));
  const ownerUrl = asString(dig(micro, 'ownerProfileUrl'));
  const channelId = asString(dig(details, 'channelId')) ?? asString(dig(micro, 'externalChannelId'));
  return {
    title: asString(dig(details, 'title')) ?? null,
    description: asString(dig(details, 'shortDescription')) ?? null,
    views: liveNow || upcoming || !viewText || !/^\d{1,14}$/.test(viewText) ? null : { value: Number(viewText), exact: true },
    liveNow,
    published: published ? { iso: published.iso, approximate: false } : null,
    // The player carries the "Includes paid promotion" overlay whenever the creator declared one.
    sponsored: isObject(dig(player, 'paidContentOverlay', 'paidContentOverlayRenderer')),
    channel: {
      id: channelId && /^UC[\w-]{10,40}$/.test(channelId) ? channelId : null,
      handle: handleFromUrl(ownerUrl),
      name: asString(dig(details, 'author')) ?? asString(dig(micro, 'ownerChannelName')) ?? null,
    },
  };
}

// ---------------------------------------------------------------- embedded and observed data

interface WatchData {
  next: JsonObject | null;
  player: JsonObject | null;
}

const INITIAL_DATA = /(?:var\s+ytInitialData|window\s*\[\s*["']ytInitialData["']\s*\])\s*=\s*/;
const INITIAL_PLAYER = /(?:var\s+ytInitialPlayerResponse|window\s*\[\s*["']ytInitialPlayerResponse["']\s*\])\s*=\s*/;
const PLAYER_CONFIG = /ytplayer\.config\s*=\s*/;

function playerFromConfig(config: unknown): JsonObject | null {
  const text = asString(dig(config, 'args', 'player_response'));
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** ytInitialData and the player response of the first page load, each script parsed once. */
function embeddedWatch(doc: Document): WatchData {
  const found: WatchData = { next: null, player: null };
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const parsed = parseScriptOnce(script, (text) => {
      const result: WatchData = { next: null, player: null };
      if (text.includes('ytInitialData')) {
        const data = jsonAfter(text, INITIAL_DATA);
        if (isObject(data)) result.next = data;
      }
      if (text.includes('ytInitialPlayerResponse')) {
        const player = jsonAfter(text, INITIAL_PLAYER);
        if (isObject(player)) result.player = player;
      }
      if (!result.player && text.includes('ytplayer.config')) result.player = playerFromConfig(jsonAfter(text, PLAYER_CONFIG));
      return result;
    }) as WatchData;
    found.next ??= parsed.next;
    found.player ??= parsed.player;
    if (found.next && found.player) break;
  }
  return found;
}

/** Watch data inside an observed body: a /next or reel response, a player response, or the navigate event's bundle of both. */
function observedWatch(response: ObservedResponse): WatchData {
  const body = response.body;
  const bundle = response.url === YOUTUBE_NAVIGATE_PSEUDO_URL || isObject(dig(body, 'playerResponse')) ? body : null;
  const nextCandidates = bundle ? [dig(bundle, 'response'), dig(bundle, 'response', 'response')] : [body];
  const next = nextCandidates.find((candidate): candidate is JsonObject => isObject(candidate) && nextVideoId(candidate) !== null) ?? null;
  const playerCandidates = [dig(bundle, 'playerResponse'), dig(bundle, 'response', 'playerResponse'), dig(body, 'playerResponse'), body];
  const player = playerCandidates.find((candidate): candidate is JsonObject => isObject(candidate) && playerVideoId(candidate) !== null) ?? null;
  return { next, player };
}

// ---------------------------------------------------------------- microdata (pages served until 2023)

function itemprop(doc: Document, name: string): string | null {
  const element = doc.querySelector(`meta[itemprop="${name}"]`);
  return element?.getAttribute('content')?.trim() || null;
}

/** The video a server-rendered page names in its head (canonical link, og:url). Heads go stale: first load only. */
function headVideoId(doc: Document): string | null {
  for (const href of [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')]) {
    if (!href) continue;
    try {
      const page = youtubeWatchPage(new URL(href, 'https://www.youtube.com'));
      if (page) return page.videoId;
    } catch {
      // not a URL
    }
  }
  return null;
}

/**
 * The schema.org microdata of a server-rendered watch page (2015–2023), and the classic (watch7)
 * layout around it. It names its video; pages of 2019 that do not are tied to the URL by their
 * head, on the first load only.
 */
function readMicrodata(doc: Document, page: WatchPage, lang: string, stale: boolean): WatchReading | null {
  const named = itemprop(doc, 'videoId');
  if (named ? named !== page.videoId : stale || headVideoId(doc) !== page.videoId) return null;
  if (!doc.querySelector('[itemprop="interactionCount"], [itemprop="datePublished"], .like-button-renderer-like-button')) return null;
  const interactions = itemprop(doc, 'interactionCount');
  const published = parseIsoDate(itemprop(doc, 'datePublished') ?? itemprop(doc, 'uploadDate'));
  const authorUrl = doc.querySelector('[itemprop="author"] link[itemprop="url"]')?.getAttribute('href');
  const channelId = itemprop(doc, 'channelId');
  // The classic (watch7) layout around it: title, owner, subscribers, like button.
  const owner = doc.querySelector('#watch7-user-header .yt-user-info a[href], .yt-user-info a[href]');
  const subscribers = doc.querySelector('.yt-subscriber-count[title], .yt-subscription-button-subscriber-count-branded-horizontal[title]');
  const likeButton = doc.querySelector('button.like-button-renderer-like-button-unclicked, button.like-button-renderer-like-button');
  const likeText = textOf(likeButton?.querySelector('.yt-uix-button-content'));
  const likes = fullest(readExact(likeButton?.getAttribute('aria-label'), lang), likeText && /^[\d.,\s']+$/.test(likeText) ? readExact(likeText, lang) : readShort(likeText, lang));
  const viewText = textOf(doc.querySelector('.watch-view-count'));
  return {
    source: 'meta',
    at: -Infinity,
    title: itemprop(doc, 'name') ?? doc.querySelector('#eow-title')?.getAttribute('title') ?? null,
    description: textOf(doc.querySelector('#eow-description')),
    views: interactions && /^\d{1,14}$/.test(interactions) ? { value: Number(interactions), exact: true } : readExact(viewText, lang),
    likes,
    published: published ? { iso: published.iso, approximate: false } : null,
    channel: {
      id: channelId && /^UC[\w-]{10,40}$/.test(channelId) ? channelId : null,
      handle: handleFromUrl(authorUrl) ?? handleFromUrl(owner?.getAttribute('href')),
      name: textOf(owner),
      subscribers: fullest(readExact(subscribers?.getAttribute('title'), lang), readShort(subscribers?.getAttribute('title'), lang), readShort(textOf(subscribers), lang)),
      verified: owner ? Boolean(doc.querySelector('.yt-user-info .yt-channel-title-icon-verified')) : null,
    },
  };
}

// ---------------------------------------------------------------- rendered page

const WATCH_ELEMENTS = 'ytd-watch-flexy[video-id], ytd-watch[video-id], ytd-watch-grid[video-id]';

/** The video the rendered watch page shows, when exactly one page element names one. */
export function renderedVideoId(doc: Document): string | null {
  const ids = new Set([...doc.querySelectorAll(WATCH_ELEMENTS)].filter((element) => !element.hasAttribute('hidden')).map((element) => element.getAttribute('video-id') ?? ''));
  const [id] = ids;
  return ids.size === 1 && id && VIDEO_ID.test(id) ? id : null;
}

/** The rendered watch page of this video: YouTube marks the page element with the video it shows. */
function renderedWatch(doc: Document, page: WatchPage): Element | null {
  for (const element of doc.querySelectorAll(WATCH_ELEMENTS))
    if (element.getAttribute('video-id') === page.videoId && !element.hasAttribute('hidden')) return element;
  return null;
}

/** The first element matching one of `selectors`, tried in order (not in document order). */
function firstOf(root: ParentNode, selectors: readonly string[], accept: (element: Element) => boolean = () => true): Element | null {
  for (const selector of selectors) for (const element of root.querySelectorAll(selector)) if (accept(element)) return element;
  return null;
}

/** The first exact reading in priority order, else the first rounded one: never a mix of stale and fresh texts. */
function firstReading(counts: (ParsedCount | null)[]): ParsedCount | null {
  return counts.find((count) => count?.exact) ?? counts.find((count) => count !== null) ?? null;
}

/** The bullet between views and date in a tooltip; saved pages re-encoded as Latin-1 show it as "â€¢". */
const BULLET = /\s*(?:[•·]|â€¢)\s*/;

function readRendered(doc: Document, page: WatchPage, lang: string, now: Date): WatchReading | null {
  if (page.shorts) return null;
  const root = renderedWatch(doc, page);
  if (!root) return null;
  // A metadata block that names another video is a leftover of the previous page.
  const metadata = root.querySelector('ytd-watch-metadata');
  const metadataId = metadata?.getAttribute('video-id');
  if (metadataId && metadataId !== page.videoId) return null;

  // Today's layout (ytd-watch-metadata, 2022+) first; the primary/secondary info renderers of 2017–23 after it.
  const title = textOf(firstOf(root, ['ytd-watch-metadata #title h1', 'ytd-watch-metadata h1', 'ytd-video-primary-info-renderer h1.title', 'ytd-video-primary-info-renderer h1']));
  const tooltip = textOf(firstOf(root, ['ytd-watch-metadata #description-inner tp-yt-paper-tooltip #tooltip', 'ytd-watch-info-text tp-yt-paper-tooltip #tooltip']))?.split(BULLET) ?? [];
  const infoSpans = [...root.querySelectorAll('ytd-watch-metadata #info > span, ytd-watch-metadata #info span, ytd-watch-info-text #info span')].map((span) => textOf(span));
  // Views: the tooltip's "1,234,567 views • Jan 5, 2024", the expanded "1,234,567 views", the old counter.
  const viewTexts = [tooltip[0] ?? null, infoSpans[0] ?? null, textOf(root.querySelector('ytd-video-primary-info-renderer .view-count, ytd-video-view-count-renderer .view-count'))];
  const liveNow = viewTexts.some((text) => text !== null && LIVE_WORDS.test(text));
  // A text that reads as a date ("2 weeks ago", "Jun 10, 2014") is never a view count.
  const viewCount = (read: (text: string | null, lang: string) => ParsedCount | null) => (text: string | null) => (text && !dateFromText(text, lang, now) ? read(text, lang) : null);
  const views = liveNow
    ? null
    : firstReading([...viewTexts.map(viewCount(readExact)), viewCount(readShort)(infoSpans[0] ?? null), viewCount(readShort)(textOf(root.querySelector('ytd-video-primary-info-renderer .short-view-count')))]);

  // The like button: "like this video along with 12,345 other people" on the button, "12K" inside it.
  const likeButton = firstOf(root, [
    'ytd-watch-metadata like-button-view-model button',
    'ytd-watch-metadata #segmented-like-button button',
    'like-button-view-model button',
    '#segmented-like-button button',
    'ytd-video-primary-info-renderer #top-level-buttons-computed > ytd-toggle-button-renderer:first-of-type button',
    'ytd-video-primary-info-renderer #top-level-buttons > ytd-toggle-button-renderer:first-of-type button',
  ]);
  const likes = likeButton
    ? firstReading([readExact(likeButton.getAttribute('aria-label'), lang), readShort(textOf(likeButton.querySelector('.yt-spec-button-shape-next__button-text-content, yt-formatted-string, #text')), lang)])
    : null;

  const dateTexts = [tooltip[1] ?? null, infoSpans[2] ?? null, textOf(root.querySelector('#info-strings yt-formatted-string')), textOf(root.querySelector('ytd-video-secondary-info-renderer .date, ytd-video-owner-renderer .date'))];
  const dates = dateTexts.map((text) => dateFromText(text, lang, now)).filter((date): date is NonNullable<WatchReading['published']> => Boolean(date));
  const published = dates.find((date) => !date.approximate) ?? dates[0] ?? null;

  const owner = firstOf(root, ['ytd-watch-metadata ytd-video-owner-renderer', 'ytd-video-owner-renderer']);
  // The channel name's own link (the avatar's link has no text).
  const ownerLink = owner ? firstOf(owner, ['#channel-name a[href]', '#owner-name a[href]', '#text a[href]', 'a[href]'], (link) => textOf(link) !== null) : null;
  const href = ownerLink?.getAttribute('href') ?? owner?.querySelector('a[href]')?.getAttribute('href');
  const subscriberElement = owner?.querySelector('#owner-sub-count');
  const commentsText = textOf(root.querySelector('ytd-comments-header-renderer #count'));

  return {
    source: 'dom',
    at: Number.MAX_SAFE_INTEGER,
    title,
    description: null,
    views,
    liveNow,
    likes,
    comments: readExact(commentsText, lang),
    published,
    channel: owner
      ? {
          id: channelIdFromUrl(href),
          handle: handleFromUrl(href),
          name: textOf(ownerLink),
          subscribers: firstReading([readShort(subscriberElement?.getAttribute('aria-label'), lang), readShort(textOf(subscriberElement), lang)]),
          verified: owner.querySelector('.badge-style-type-verified, [class*="badge-style-type-verified"]') ? true : null,
        }
      : undefined,
  };
}

// ---------------------------------------------------------------- putting it together

/** The comment counts the page fetched while this video's data was the newest ("6,123 Comments", exact). */
function commentHeadersAfter(at: number, observed: readonly ObservedResponse[], lang: string): ParsedCount | null {
  let best: ParsedCount | null = null;
  const later = observed.filter((response) => response.at > at).sort((a, b) => a.at - b.at);
  for (const response of later) {
    // The next page's data ends the window (a /player response alone is a hover preview, not a navigation).
    if (observedWatch(response).next) break;
    if (!/\/youtubei\/v1\/next/.test(response.url)) continue;
    walkJson(
      dig(response.body, 'onResponseReceivedEndpoints'),
      (node) => {
        const header = node.commentsHeaderRenderer;
        if (isObject(header)) best = fullest(best, readExact(runsText(header.countText), lang), readExact(runsText(header.commentsCount), lang));
      },
      50_000,
    );
  }
  return best;
}

/** Structured data before the rendered page: a label is less ambiguous than text in a layout. */
const SOURCE_RANK: Record<WatchReading['source'], number> = { 'observed-json': 0, 'embedded-json': 0, meta: 1, dom: 2 };

/** Per count, an exact reading beats a rounded one; then data beats the rendered page; then the newest wins. */
function pickCount(readings: WatchReading[], field: 'views' | 'likes' | 'comments'): ParsedCount | null {
  let best: { count: ParsedCount; reading: WatchReading } | null = null;
  const better = (count: ParsedCount, reading: WatchReading, than: { count: ParsedCount; reading: WatchReading }) => {
    if (count.exact !== than.count.exact) return count.exact;
    if (SOURCE_RANK[reading.source] !== SOURCE_RANK[than.reading.source]) return SOURCE_RANK[reading.source] < SOURCE_RANK[than.reading.source];
    return reading.at > than.reading.at;
  };
  for (const reading of readings) {
    const count = reading[field];
    if (count && (!best || better(count, reading, best))) best = { count, reading };
  }
  return best?.count ?? null;
}

export function extractYouTubeWatch(doc: Document, url: URL, page: WatchPage, lang: string | null, options: ExtractOptions): ExtractResult {
  const numberLang = lang ?? 'en';
  const capturedAt = options.capturedAt ?? new Date().toISOString();
  const now = new Date(capturedAt);
  const readings: WatchReading[] = [];
  // When this video's own watch-next data last arrived: comment counts fetched after it are this video's.
  let nextAt: number | null = null;
  const add = (source: WatchReading['source'], at: number, data: WatchData) => {
    if (data.next && nextVideoId(data.next) === page.videoId) {
      readings.push({ source, at, ...readNext(data.next, numberLang, now) });
      nextAt = Math.max(nextAt ?? -Infinity, at);
    }
    if (data.player && playerVideoId(data.player) === page.videoId) readings.push({ source, at, fromPlayer: true, ...readPlayer(data.player) });
  };

  let unavailable: string | null = null;
  if (!options.embeddedIsStale) {
    const embedded = embeddedWatch(doc);
    add('embedded-json', -Infinity, embedded);
    // A private, removed or blocked video: the player says why, and there is nothing to read.
    const status = asString(dig(embedded.player, 'playabilityStatus', 'status'));
    if (status && status !== 'OK' && !playerVideoId(embedded.player))
      unavailable = asString(dig(embedded.player, 'playabilityStatus', 'reason')) ?? runsText(dig(embedded.player, 'playabilityStatus', 'errorScreen', 'playerErrorMessageRenderer', 'reason')) ?? status;
  }
  // Microdata names its own video: even in a tab that navigated since, it is read only for that video.
  const micro = readMicrodata(doc, page, numberLang, options.embeddedIsStale ?? false);
  if (micro) readings.push(micro);
  const observed = options.observed ?? [];
  for (const response of observed) add('observed-json', response.at, observedWatch(response));
  const exactComments = nextAt === null ? null : commentHeadersAfter(nextAt, observed, numberLang);
  if (exactComments && nextAt !== null) readings.push({ source: 'observed-json', at: nextAt + 0.5, comments: exactComments });
  const rendered = readRendered(doc, page, numberLang, now);
  if (rendered) readings.push(rendered);

  if (readings.length === 0)
    return { ok: false, reason: 'unreadable', detail: unavailable ? `YouTube shows no video here: ${unavailable.slice(0, 200)}` : 'this video has not rendered its numbers yet' };

  // Data first (newest first), the rendered page last. The channel: the player's uploader first (one
  // channel even for a collaboration), then what the other sources add to it.
  const rank = (reading: WatchReading) => (reading.source === 'dom' ? 1 : 0);
  const byPriority = [...readings].sort((a, b) => rank(a) - rank(b) || (a.at === b.at ? 0 : b.at > a.at ? 1 : -1));
  let channel: ChannelReading | undefined;
  for (const reading of [...byPriority.filter((r) => r.fromPlayer), ...byPriority.filter((r) => !r.fromPlayer)]) channel = joinChannel(channel, reading.channel);
  if (!channel?.id && !channel?.handle) {
    if (unavailable) return { ok: false, reason: 'unreadable', detail: `YouTube shows no video here: ${unavailable.slice(0, 200)}` };
    return { ok: false, reason: 'unreadable', detail: 'this video does not name one channel (a collaboration, or not rendered yet)' };
  }

  const first = <K extends keyof WatchReading>(key: K): WatchReading[K] | undefined => byPriority.map((reading) => reading[key]).find((value) => value !== undefined && value !== null);
  const liveNow = readings.some((reading) => reading.liveNow);
  const views = liveNow ? null : pickCount(readings, 'views');
  const likes = pickCount(readings, 'likes');
  const comments = pickCount(readings, 'comments');
  // The player's publishDate carries the time of day; a printed date only the day; "3 weeks ago" less.
  const dates = [...readings.filter((reading) => reading.fromPlayer), ...readings.filter((reading) => !reading.fromPlayer)]
    .map((reading) => reading.published)
    .filter((date): date is NonNullable<WatchReading['published']> => Boolean(date));
  const published = dates.find((date) => !date.approximate) ?? dates[0] ?? null;
  const sponsoredReadings = readings.map((reading) => reading.sponsored).filter((value): value is boolean => typeof value === 'boolean');
  const sponsored = sponsoredReadings.length > 0 ? sponsoredReadings.some(Boolean) : null;
  const shorts = page.shorts || readings.some((reading) => reading.shorts === true);

  const title = first('title') ?? null;
  const description = first('description') ?? null;
  const caption = clip([title, description].filter(Boolean).join('\n'), 20000);
  const post: Post = {
    id: page.videoId,
    url: shorts ? `https://www.youtube.com/shorts/${page.videoId}` : `https://www.youtube.com/watch?v=${page.videoId}`,
    publishedAt: published?.iso ?? null,
    likes: likes?.value ?? null,
    comments: comments?.value ?? null,
    views: views?.value ?? null,
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    rounded: roundedList({ likes: likes ? !likes.exact : false, comments: comments ? !comments.exact : false, views: views ? !views.exact : false }),
    dateApproximate: published?.approximate ? true : undefined,
    sponsored,
  };
  const counts: CountReadings = {};
  const subscribers = fromParsed(channel.subscribers ?? null);
  if (subscribers) counts.followers = subscribers;
  const sources = [...new Set(readings.map((reading) => reading.source))];

  return finishSnapshot({
    platform: 'youtube',
    // The channel's @handle is its key everywhere (creatorKey lower-cases it). Pages from before
    // handles existed (2022) name only the channel id: the snapshot then keeps that id as platformId,
    // and it matches the channel page of the same era, which has no handle either.
    handle: channel.handle ? channel.handle.slice(0, 100) : null,
    // Saved pages of 2015 name themselves over http: the snapshot keeps the site's https address.
    url: `https://www.youtube.com${url.pathname}${url.search}`.slice(0, 2000),
    capturedAt,
    displayName: clip(channel.name, 500),
    bio: null,
    verified: channel.verified ?? null,
    counts,
    posts: [post],
    links: [],
    likesHidden: false,
    platformId: channel.id ?? null,
    pageLanguage: lang,
    sources,
    pageKind: 'post',
  });
}

/** The overlay goes under the rendered video's title and actions; null (a floating card) elsewhere. */
export function findWatchOverlayAnchor(doc: Document, page: WatchPage): Element | null {
  const root = page.shorts ? null : renderedWatch(doc, page);
  return root?.querySelector('ytd-watch-metadata, ytd-video-primary-info-renderer') ?? null;
}

/**
 * The watch URL a saved /next response describes (its own endpoint): lets `npm run vet` read a
 * response saved without its page.
 */
export function watchUrlFromNext(body: unknown): string | null {
  const id = nextVideoId(body);
  if (!id) return null;
  return dig(body, 'currentVideoEndpoint', 'reelWatchEndpoint') !== undefined ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
}
