import type { ParsedCount } from '../../parse/count';
import { extractHashtags, type ExtractResult, type Post } from '../../snapshot';
import {
  contradictions,
  finishSnapshot,
  fromParsed,
  readingsAgree,
  roundedList,
  type CountReading,
  type CountReadings,
  type OverruledField,
  type ShownCreator,
} from '../common';
import { asString, clip, dig } from '../json';
import type { ExtractOptions } from '../types';
import type { WatchPage } from './route';
import { runsText } from './text';
import { commentTextsAfter } from './watch-comments';
import { commentHeadersAfter, embeddedWatch, nextVideoId, observedWatch, playerVideoId, readNext, readPlayer, type WatchData } from './watch-json';
import { readMicrodata } from './watch-meta';
import { readRendered } from './watch-dom';
import { joinChannel, type ChannelReading, type WatchReading } from './watch-reading';
import { uploaderRow } from './collaborators';

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
 * video along with 12,345 other people") before its "12K", "1,234,567 views" before "1.2M views";
 * between readings of the data, the newest wins. Fetched data whose channel the rendered owner block
 * contradicts (subscribers, name, badge) is set aside, and the snapshot says so (`overruled`).
 */

/** A private, removed or blocked video: the player says why, and there is nothing to read. */
function unavailableVideo(why: string): ExtractResult {
  return { ok: false, reason: 'unavailable', detail: `YouTube shows no video here: ${why.slice(0, 200)}`, pageKind: 'post' };
}

/** Structured data before the rendered page: a label is less ambiguous than text in a layout. */
const SOURCE_RANK: Record<WatchReading['source'], number> = { 'observed-json': 0, 'embedded-json': 0, meta: 1, dom: 2 };

/**
 * Per count: structured data before the rendered page; among readings of one rank the newest wins
 * (a value read earlier never outlives a newer one), made exact by any exact reading of the same
 * number ("1.2M" from the data, "1,204,311 views" on the page).
 */
function pickCount(readings: WatchReading[], field: 'views' | 'likes' | 'comments'): ParsedCount | null {
  const counted = readings
    .filter((reading) => reading[field])
    .sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || (a.at === b.at ? 0 : b.at > a.at ? 1 : -1));
  const best = counted[0]?.[field];
  if (!best || best.exact) return best ?? null;
  const asReading = (count: ParsedCount): CountReading => ({ value: count.value, precision: count.exact ? 'exact' : 'rounded' });
  return counted.map((reading) => reading[field]!).find((count) => count.exact && readingsAgree(asReading(best), asReading(count))) ?? best;
}

export function extractYouTubeWatch(doc: Document, url: URL, page: WatchPage, lang: string | null, options: ExtractOptions): ExtractResult {
  const numberLang = lang ?? 'en';
  const capturedAt = options.capturedAt ?? new Date().toISOString();
  const now = new Date(capturedAt);
  const readings: WatchReading[] = [];
  // When this video's own watch-next data last arrived: comment counts fetched after it are this video's.
  // Set inside `add`: TypeScript does not follow assignments in a callback, so the type is spelled out.
  let nextAt = null as number | null;
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
      unavailable =
        asString(dig(embedded.player, 'playabilityStatus', 'reason')) ??
        runsText(dig(embedded.player, 'playabilityStatus', 'errorScreen', 'playerErrorMessageRenderer', 'reason')) ??
        status;
  }
  // Microdata names its own video: even in a tab that navigated since, it is read only for that video.
  const micro = readMicrodata(doc, page, numberLang, options.embeddedIsStale ?? false);
  if (micro) readings.push(micro);
  const observed = options.observed ?? [];
  for (const response of observed) add('observed-json', response.at, observedWatch(response));
  const exactComments = nextAt === null ? null : commentHeadersAfter(nextAt, observed, numberLang);
  if (exactComments && nextAt !== null) readings.push({ source: 'observed-json', at: nextAt + 0.5, comments: exactComments });
  const rendered = readRendered(doc, page, numberLang, now);
  // Data the page fetched whose channel the rendered owner block contradicts (subscribers, name,
  // badge) is set aside whole: the visible page wins.
  const overruled: OverruledField[] = [];
  if (rendered?.channel) {
    const shown: ShownCreator = {
      followers: fromParsed(rendered.channel.subscribers ?? null),
      names: rendered.channel.name ? [rendered.channel.name] : [],
      verified: rendered.channel.verified ?? null,
    };
    // Fetched or embedded alike: a page script can plant a ytInitialData as easily as it can post a response.
    for (const reading of readings.filter((r) => r.source !== 'dom' && r.channel)) {
      const channel = reading.channel!;
      const disagree = contradictions(shown, {
        followers: fromParsed(channel.subscribers ?? null),
        displayName: channel.name ?? null,
        verified: channel.verified ?? null,
      });
      if (disagree.length === 0) continue;
      overruled.push(...disagree);
      readings.splice(readings.indexOf(reading), 1);
    }
  }
  if (rendered) readings.push(rendered);

  if (readings.length === 0)
    return unavailable ? unavailableVideo(unavailable) : { ok: false, reason: 'unreadable', detail: 'this video has not rendered its numbers yet' };

  // Data first (newest first), the rendered page last. The channel: the player's uploader first (one
  // channel even for a collaboration), then what the other sources add to it.
  const rank = (reading: WatchReading) => (reading.source === 'dom' ? 1 : 0);
  const byPriority = [...readings].sort((a, b) => rank(a) - rank(b) || (a.at === b.at ? 0 : b.at > a.at ? 1 : -1));
  let channel: ChannelReading | undefined;
  for (const reading of [...byPriority.filter((r) => r.fromPlayer), ...byPriority.filter((r) => !r.fromPlayer)])
    channel = joinChannel(channel, reading.channel);
  // A video of several channels: the uploader's row of the Collaborators dialog gives its subscribers and badge.
  const collaborators = readings.flatMap((reading) => reading.collaborators ?? []);
  if (channel && collaborators.length > 0) channel = joinChannel(channel, uploaderRow(channel, collaborators));
  if (!channel?.id && !channel?.handle) {
    if (unavailable) return unavailableVideo(unavailable);
    return { ok: false, reason: 'unreadable', detail: 'this video does not name one channel (a collaboration, or not rendered yet)' };
  }

  const first = <K extends keyof WatchReading>(key: K): WatchReading[K] | undefined =>
    byPriority.map((reading) => reading[key]).find((value) => value !== undefined && value !== null);
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
    // A stream on air counts viewers now ("18 watching"), not views: those come with the replay.
    ...(liveNow ? { viewsSetAside: 'live' as const } : {}),
  };
  const commentTexts = nextAt === null ? [] : commentTextsAfter(nextAt, observed);
  if (commentTexts.length) post.commentTexts = commentTexts;
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
    overruled,
  });
}
