import { parseIsoDate } from '../../parse/absolute-date';
import type { ParsedCount } from '../../parse/count';
import { asArray, asString, dig, isObject, jsonAfter, parseScriptOnce, walkJson, type JsonObject } from '../json';
import { observedEndpoint } from '../observe';
import type { ObservedResponse } from '../types';
import { handleFromUrl, VIDEO_ID } from './route';
import { YT } from './selectors';
import { labelsOf, runsText } from './text';
import { collaboratorsOf, isCollaboration } from './collaborators';
import { channelFromEndpoint, dateFromText, fullest, joinChannel, readExact, readShort, type ChannelReading, type WatchReading } from './watch-reading';
import { LIVE_WORDS, VIEW_WORDS } from './words';

/**
 * A video's JSON: the watch-next data (`ytInitialData` of a watch page, a `/youtubei/v1/next`
 * response, a Short's reel data) and the player response (`ytInitialPlayerResponse`, `/player`, or
 * before 2020 `ytplayer.config`'s player_response), embedded in the first HTML or fetched by the page.
 */

const VERIFIED_BADGE = /BADGE_STYLE_TYPE_VERIFIED/;

// ---------------------------------------------------------------- watch-next data (ytInitialData, /next, reel)

/** The video a watch-next or reel response describes, from its own endpoint. */
export function nextVideoId(data: unknown): string | null {
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
export function readNext(data: JsonObject, lang: string, now: Date): Omit<WatchReading, 'source' | 'at'> {
  const reading: Omit<WatchReading, 'source' | 'at'> = {};
  const results = asArray(dig(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'));
  const primary = results.map((item) => dig(item, 'videoPrimaryInfoRenderer')).find(isObject);
  const secondary = results.map((item) => dig(item, 'videoSecondaryInfoRenderer')).find(isObject);
  const panels = asArray(dig(data, 'engagementPanels'))
    .map((panel) => dig(panel, 'engagementPanelSectionListRenderer'))
    .filter(isObject);
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
  if (factoids?.live || LIVE_WORDS.test(runsText(descriptionHeader?.views) ?? '')) {
    reading.liveNow = true;
    delete reading.views;
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
    reading.channel = joinChannel(reading.channel, {
      ...channelFromEndpoint(descriptionHeader.channelNavigationEndpoint),
      name: runsText(descriptionHeader.channel),
    });
  }

  if (secondary) {
    const description = runsText(secondary.description) ?? runsText(secondary.attributedDescription);
    if (description) reading.description = description;
    const owner = dig(secondary, 'owner', 'videoOwnerRenderer');
    if (isObject(owner)) reading.channel = joinChannel(readOwner(owner, lang), reading.channel);
    if (isObject(owner) && isCollaboration(owner)) reading.collaborators = collaboratorsOf(owner, lang);
  }

  reading.comments = commentsOf(results, panels, lang);

  const overlay = dig(data, 'overlay', 'reelPlayerOverlayRenderer');
  if (isObject(overlay)) {
    reading.shorts = true;
    readReelOverlay(overlay, reading, lang, now);
  }
  return reading;
}

function readFactoids(header: JsonObject, lang: string): { likes: ParsedCount | null; views: ParsedCount | null; date: string | null; live: boolean } {
  let likes: ParsedCount | null = null;
  let views: ParsedCount | null = null;
  let date: string | null = null;
  let live = false;
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
    // "18 watching now": people watching a stream on air, in the views' place; never views.
    if (LIVE_WORDS.test(`${label} ${spoken}`)) live = true;
    else if (/\b(?:19|20)\d\d\b/.test(`${value} ${label}`)) date ??= spoken;
    // The first factoid is the likes: "215 K" / "215 mil Me gusta", or "N/A" when they are hidden.
    else if (index === 0 && /\d/.test(value) && !VIEW_WORDS.test(`${label} ${spoken}`))
      likes = fullest(readExact(value, lang), readShort(spoken, lang), readShort(value, lang));
    // Views without the view-count wrapper (2023): the exact "1,755,633".
    else if (index === 1 && /\d/.test(value)) views = fullest(views, readExact(value, lang));
  });
  return { likes, views, date, live };
}

function readOwner(owner: JsonObject, lang: string): ChannelReading | undefined {
  // A video by several channels (2025+) names them in a dialog: the uploader comes from the player.
  if (isCollaboration(owner)) return undefined;
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
    const count =
      typeof likeRenderer.likeCount === 'number' && Number.isSafeInteger(likeRenderer.likeCount) && likeRenderer.likeCount >= 0
        ? { value: likeRenderer.likeCount, exact: true }
        : null;
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

export function playerVideoId(player: unknown): string | null {
  const id = asString(dig(player, 'videoDetails', 'videoId'));
  return id && VIDEO_ID.test(id) ? id : null;
}

export function readPlayer(player: JsonObject): Omit<WatchReading, 'source' | 'at'> {
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

export interface WatchData {
  next: JsonObject | null;
  player: JsonObject | null;
}

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
export function embeddedWatch(doc: Document): WatchData {
  const found: WatchData = { next: null, player: null };
  for (const script of doc.querySelectorAll(YT.inlineScript.css)) {
    const parsed = parseScriptOnce(script, 'youtube-watch', (text) => {
      const result: WatchData = { next: null, player: null };
      if (text.includes('ytInitialData')) {
        const data = jsonAfter(text, YT.initialData.re);
        if (isObject(data)) result.next = data;
      }
      if (text.includes('ytInitialPlayerResponse')) {
        const player = jsonAfter(text, YT.initialPlayerResponse.re);
        if (isObject(player)) result.player = player;
      }
      if (!result.player && text.includes('ytplayer.config')) result.player = playerFromConfig(jsonAfter(text, YT.playerConfig.re));
      return result;
    }) as WatchData;
    found.next ??= parsed.next;
    found.player ??= parsed.player;
    if (found.next && found.player) break;
  }
  return found;
}

/**
 * Watch data the page fetched, each endpoint read in the shape it answers with: a /next response (the
 * watch-next data), a reel response (a Short's data and its player), a /player response, or the
 * bundle YouTube hands its navigate event (`response` and `playerResponse`). Any other address is
 * not YouTube's video data.
 */
export function observedWatch(response: ObservedResponse): WatchData {
  const body = response.body;
  const endpoint = observedEndpoint('youtube', response.url);
  const nextCandidates =
    endpoint === 'navigateEvent' ? [dig(body, 'response'), dig(body, 'response', 'response')] : endpoint === 'next' || endpoint === 'reel' ? [body] : [];
  const next = nextCandidates.find((candidate): candidate is JsonObject => isObject(candidate) && nextVideoId(candidate) !== null) ?? null;
  const playerCandidates =
    endpoint === 'navigateEvent'
      ? [dig(body, 'playerResponse'), dig(body, 'response', 'playerResponse')]
      : endpoint === 'reel'
        ? [dig(body, 'playerResponse')]
        : endpoint === 'player'
          ? [body]
          : [];
  const player = playerCandidates.find((candidate): candidate is JsonObject => isObject(candidate) && playerVideoId(candidate) !== null) ?? null;
  return { next, player };
}

/** The comment counts the page fetched while this video's data was the newest ("6,123 Comments", exact). */
export function commentHeadersAfter(at: number, observed: readonly ObservedResponse[], lang: string): ParsedCount | null {
  let best: ParsedCount | null = null;
  const later = observed.filter((response) => response.at > at).sort((a, b) => a.at - b.at);
  for (const response of later) {
    // The next page's data ends the window (a /player response alone is a hover preview, not a navigation).
    if (observedWatch(response).next) break;
    if (observedEndpoint('youtube', response.url) !== 'next') continue;
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
