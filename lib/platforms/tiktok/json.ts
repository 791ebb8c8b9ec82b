import { POST_COUNTS, extractHashtags, type Post, type PostCount } from '../../snapshot';
import { isoFromUnixSeconds, readingsAgree, roundedList, type CountReading, type CountReadings } from '../common';
import { asString, clip, dig, isObject, jsonCount, type JsonObject } from '../json';
import { tiktokIdDate } from './video-id';

/**
 * TikTok's user and item (video) objects, the same shape in the embedded JSON and in what the page
 * fetched: counts from `stats` and the exact `statsV2` strings, the author's `uniqueId`.
 */

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
export function countsFromStats(stats: unknown, statsV2: unknown): CountReadings {
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

export interface UserReading {
  user: JsonObject;
  counts: CountReadings;
}

export function userMatches(user: unknown, handle: string): user is JsonObject {
  return isObject(user) && asString(user.uniqueId)?.toLowerCase() === handle;
}

/**
 * The video pages of early 2020 (__NEXT_DATA__ → pageProps.videoData) spell the item differently:
 * itemInfos{id, text, diggCount, commentCount, playCount, shareCount, createTime}, authorInfos,
 * authorStats. Rewritten here into the itemStruct shape every later generation uses.
 */
export function itemFromVideoData(videoData: unknown): JsonObject | null {
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

export function itemAuthor(item: JsonObject): string | undefined {
  const author = item.author;
  const name = typeof author === 'string' ? author : asString(dig(author, 'uniqueId'));
  return name?.toLowerCase();
}

/** A post from a TikTok item, preferring statsV2 per field. */
export function postFromItem(item: JsonObject, handle: string, now?: Date): Post | null {
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

/** The same post read twice: per count the later reading wins, made exact by an earlier exact reading of the same number. */
export function mergePosts(earlier: Post, later: Post): Post {
  const merged: Post = { ...earlier, ...later, pinned: earlier.pinned || later.pinned };
  const rounded = new Set<PostCount>();
  for (const field of POST_COUNTS) {
    const laterValue = later[field] ?? null;
    const earlierValue = earlier[field] ?? null;
    const laterRounded = later.rounded?.includes(field) ?? false;
    const earlierRounded = earlier.rounded?.includes(field) ?? false;
    // The later reading wins; an earlier exact one only where the later, rounded one is that same number.
    const refines =
      laterValue !== null &&
      earlierValue !== null &&
      laterRounded &&
      !earlierRounded &&
      readingsAgree({ value: laterValue, precision: 'rounded' }, { value: earlierValue, precision: 'exact' });
    const useEarlier = laterValue === null || refines;
    merged[field] = useEarlier ? earlierValue : laterValue;
    if (useEarlier ? earlierRounded : laterRounded) rounded.add(field);
  }
  merged.rounded = rounded.size > 0 ? [...rounded] : undefined;
  merged.publishedAt = later.publishedAt ?? earlier.publishedAt;
  merged.caption = later.caption ?? earlier.caption;
  merged.hashtags = later.caption ? later.hashtags : earlier.hashtags;
  return merged;
}
