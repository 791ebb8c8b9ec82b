import { asArray, dig, isObject, type JsonObject } from '../json';
import type { ObservedResponse } from '../types';
import { countsFromStats, itemAuthor, userMatches, type UserReading } from './json';

/** The JSON the page fetched itself: /api/user/detail, /api/post/item_list, /api/item/detail. */

function newestFirst(observed: readonly ObservedResponse[] | undefined): ObservedResponse[] {
  return [...(observed ?? [])].sort((a, b) => b.at - a.at);
}

export function observedUser(observed: readonly ObservedResponse[] | undefined, handle: string): UserReading | null {
  for (const response of newestFirst(observed)) {
    if (!/\/api\/user\/detail/.test(response.url)) continue;
    const info = dig(response.body, 'userInfo');
    if (userMatches(dig(info, 'user'), handle))
      return { user: dig(info, 'user') as JsonObject, counts: countsFromStats(dig(info, 'stats'), dig(info, 'statsV2')) };
  }
  return null;
}

/** Oldest first, so that merging lets the newer reading of a post win. */
export function observedItems(observed: readonly ObservedResponse[] | undefined, handle: string): JsonObject[] {
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
