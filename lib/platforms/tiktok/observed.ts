import { asArray, dig, isObject, type JsonObject } from '../json';
import { observedEndpoint } from '../observe';
import type { ObservedResponse } from '../types';
import { countsFromStats, itemAuthor, userMatches, type UserReading } from './json';

/**
 * The JSON the page fetched itself, read only from TikTok's own endpoints and only in the shape each
 * answers with: /api/user/detail → `userInfo`, /api/post/item_list → `itemList[]`, /api/item/detail →
 * `itemInfo.itemStruct`. Anything else on the observer channel is not TikTok's answer.
 */

function byTime(observed: readonly ObservedResponse[] | undefined): ObservedResponse[] {
  return [...(observed ?? [])].sort((a, b) => a.at - b.at);
}

/** Every user/detail response about this creator, newest first, with when it arrived. */
export function observedUsers(observed: readonly ObservedResponse[] | undefined, handle: string): (UserReading & { at: number })[] {
  const users: (UserReading & { at: number })[] = [];
  for (const response of byTime(observed).reverse()) {
    if (observedEndpoint('tiktok', response.url) !== 'userDetail') continue;
    const info = dig(response.body, 'userInfo');
    if (userMatches(dig(info, 'user'), handle))
      users.push({ user: dig(info, 'user') as JsonObject, counts: countsFromStats(dig(info, 'stats'), dig(info, 'statsV2')), at: response.at });
  }
  return users;
}

/** This creator's items the page fetched, oldest first (so that merging lets the newer reading of a post win), each with its arrival. */
export function observedItems(observed: readonly ObservedResponse[] | undefined, handle: string): { item: JsonObject; at: number }[] {
  const items: { item: JsonObject; at: number }[] = [];
  for (const response of byTime(observed)) {
    const endpoint = observedEndpoint('tiktok', response.url);
    const found =
      endpoint === 'itemList' || endpoint === 'creatorItemList'
        ? asArray(dig(response.body, 'itemList')).filter(isObject)
        : endpoint === 'itemDetail'
          ? [dig(response.body, 'itemInfo', 'itemStruct')].filter(isObject)
          : [];
    // An item without an author is nobody's: it is not this creator's.
    for (const item of found) if (itemAuthor(item) === handle) items.push({ item, at: response.at });
  }
  return items;
}
