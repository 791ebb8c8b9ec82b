import { parseCount, preferFuller } from '../../parse/count';
import { fillCounts, fromParsed, normalizeLink, type CountReadings } from '../common';
import { asArray, asString, collectByKey, dig, isObject, jsonAfter, parseScriptOnce, type JsonObject } from '../json';
import { observedEndpoint } from '../observe';
import type { ObservedResponse } from '../types';
import { classifyHeaderParts, type HeaderPart } from './header-parts';
import { viewsAndDate, type PostDraft } from './channel-posts';
import { handleFromUrl, keyOfUrl, type ChannelPage } from './route';
import { YT } from './selectors';
import { a11yLabel, runsText } from './text';
import { LIVE_WORDS } from './words';

/**
 * A channel's data as YouTube's JSON gives it: `ytInitialData` embedded in the first HTML, the browse
 * responses the page fetched itself, and the data YouTube hands its own `yt-navigate-finish` event.
 * Each names the channel it describes, so data of another channel (stale after an in-page
 * navigation) is never read for this one.
 */

export interface BrowseData {
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
  for (const row of asArray(
    dig(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows'),
  ))
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
export function belongsTo(browse: BrowseData, page: ChannelPage): boolean {
  if (browse.identity.has(page.key)) return true;
  if (browse.source !== 'embedded-json') return false;
  if (page.kind === 'c' || page.kind === 'user') return ![...browse.identity].some((key) => key.startsWith(`${page.kind}/`));
  return false;
}

/** ytInitialData is a megabyte of JSON that never changes in a live tab: each script is parsed once. */
export function embeddedBrowse(doc: Document): BrowseData | null {
  for (const script of doc.querySelectorAll(YT.inlineScript.css)) {
    const browse = parseScriptOnce(script, 'youtube-browse', (text) => {
      if (!text.includes('ytInitialData')) return null;
      const data = jsonAfter(text, YT.initialData.re);
      return isObject(data) ? ({ data, identity: identityOf(data), source: 'embedded-json', at: -Infinity } satisfies BrowseData) : null;
    }) as BrowseData | null;
    if (browse) return browse;
  }
  return null;
}

/**
 * A channel's data the page fetched: a /youtubei/v1/browse (or /navigate) response itself, or the
 * data YouTube handed its navigate event (`response.response`). Any other address is not YouTube's
 * channel data, whatever its body looks like.
 */
export function observedBrowse(response: ObservedResponse): BrowseData | null {
  const body = response.body;
  const endpoint = observedEndpoint('youtube', response.url);
  const candidates =
    endpoint === 'browse'
      ? [body]
      : endpoint === 'navigate'
        ? [body, dig(body, 'response')]
        : endpoint === 'navigateEvent'
          ? [dig(body, 'response', 'response'), dig(body, 'response')]
          : [];
  const data = candidates.find((candidate): candidate is JsonObject => isObject(candidate) && (isObject(candidate.header) || isObject(candidate.metadata)));
  if (!data) return null;
  // The navigate event's own URL is the page it navigated to: trust it as identity only there.
  const extra =
    endpoint === 'navigateEvent'
      ? [
          dig(body, 'url'),
          dig(body, 'response', 'url'),
          dig(body, 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url'),
          dig(body, 'response', 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url'),
        ]
      : [];
  return { data, identity: identityOf(data, extra), source: 'observed-json', at: response.at };
}

export interface ChannelHeader {
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

export function headerFromData(data: JsonObject, lang: string): ChannelHeader {
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
    for (const link of asArray(dig(c4, 'headerLinks', 'channelHeaderLinksRenderer', 'primaryLinks')).concat(
      asArray(dig(c4, 'headerLinks', 'channelHeaderLinksRenderer', 'secondaryLinks')),
    )) {
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
      asArray(dig(run, 'element', 'type', 'imageType', 'image', 'sources')).some((source) =>
        /CHECK_CIRCLE|VERIFIED|OFFICIAL_ARTIST/.test(asString(dig(source, 'clientResource', 'imageName')) ?? ''),
      ),
    );
    header.description ??= asString(dig(model, 'description', 'descriptionPreviewViewModel', 'description', 'content')) ?? null;
    const attribution = asString(dig(model, 'attribution', 'attributionViewModel', 'text', 'content'));
    const firstLink = attribution?.split(/\s/)[0];
    const link = firstLink && /\.[a-z]{2,}/i.test(firstLink) ? normalizeLink(firstLink) : null;
    if (link) header.links.push(link);
  }
  // A channel opened as /channel/UC… may name its @handle only in its addresses: the owner URLs,
  // the header's own link, the canonical URL. The handle keys the creator, as on their watch pages.
  header.handle ??=
    [
      ...asArray(dig(meta, 'ownerUrls')),
      dig(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'),
      dig(data, 'microformat', 'microformatDataRenderer', 'urlCanonical'),
    ]
      .map((url) => handleFromUrl(url))
      .find((handle): handle is string => handle !== null) ?? null;
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

export function draftsFromData(data: JsonObject, header: ChannelHeader, lang: string, now: Date): PostDraft[] {
  const drafts: PostDraft[] = [];
  for (const key of ['gridVideoRenderer', 'videoRenderer']) {
    for (const renderer of collectByKey(data, key)) {
      const id = asString(renderer.videoId);
      if (!id || renderer.upcomingEventData !== undefined) continue;
      if (ownedByOther(renderer, header.channelId, header.title)) continue;
      // A stream on air: its "LIVE" badge or thumbnail overlay, or a count of people watching ("18 watching") in the views' place.
      const viewText = runsText(renderer.viewCountText);
      const live =
        asArray(renderer.badges).some((badge) => /LIVE_NOW/.test(asString(dig(badge, 'metadataBadgeRenderer', 'style')) ?? '')) ||
        asArray(renderer.thumbnailOverlays).some((overlay) => asString(dig(overlay, 'thumbnailOverlayTimeStatusRenderer', 'style')) === 'LIVE') ||
        (viewText !== null && LIVE_WORDS.test(viewText));
      const exact = parseCount(viewText, lang);
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
    drafts.push({
      id,
      shorts: false,
      title: asString(dig(lockup, 'metadata', 'lockupMetadataViewModel', 'title', 'content')) ?? null,
      snippet: null,
      ...viewsAndDate(parts, lang, now),
    });
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
    const id =
      asString(dig(short, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ??
      asString(short.entityId)?.match(/^shorts-shelf-item-([\w-]{6,20})$/)?.[1];
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

/**
 * The "load more" responses the page fetched while this channel's data was the newest: they carry
 * no channel of their own, so they count only between this channel's data and the next page's.
 */
export function continuationsAfter(browse: BrowseData, observed: readonly ObservedResponse[]): JsonObject[] {
  const found: JsonObject[] = [];
  const later = observed.filter((response) => response.at > browse.at).sort((a, b) => a.at - b.at);
  for (const response of later) {
    if (observedBrowse(response)) break;
    const actions = dig(response.body, 'onResponseReceivedActions');
    if (observedEndpoint('youtube', response.url) === 'browse' && Array.isArray(actions)) found.push({ actions });
  }
  return found;
}
