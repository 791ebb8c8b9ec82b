import { asArray, dig, elementJson, isObject, type JsonObject } from '../json';
import { countsFromStats, itemAuthor, itemFromVideoData, userMatches, type UserReading } from './json';
import { TT } from './selectors';

const universalData = (doc: Document) => elementJson(doc.querySelector(TT.universalData.css));
const sigiState = (doc: Document) => elementJson(doc.querySelector(TT.sigiState.css));
export const nextData = (doc: Document) => elementJson(doc.querySelector(TT.nextData.css));

/**
 * The JSON embedded in the first HTML, in each generation: __UNIVERSAL_DATA_FOR_REHYDRATION__ since
 * 2023-12 (its video detail under a desktop and a mobile key), SIGI_STATE 2021–23, __NEXT_DATA__ 2020–21. After an in-page navigation it describes the
 * first page: the caller does not read it then.
 */

/** The creator's user object and counts from each embedded JSON generation. */
export function embeddedUser(doc: Document, handle: string): UserReading | null {
  const universal = universalData(doc);
  const scope = dig(universal, '__DEFAULT_SCOPE__');
  const userInfo = dig(scope, 'webapp.user-detail', 'userInfo');
  if (userMatches(dig(userInfo, 'user'), handle))
    return { user: dig(userInfo, 'user') as JsonObject, counts: countsFromStats(dig(userInfo, 'stats'), dig(userInfo, 'statsV2')) };

  const sigi = sigiState(doc);
  const users = dig(sigi, 'UserModule', 'users');
  if (isObject(users)) {
    for (const [key, user] of Object.entries(users)) {
      if (key.toLowerCase() !== handle || !userMatches(user, handle)) continue;
      return { user, counts: countsFromStats(dig(sigi, 'UserModule', 'stats', key), undefined) };
    }
  }

  const next = nextData(doc);
  const nextInfo = dig(next, 'props', 'pageProps', 'userInfo');
  if (userMatches(dig(nextInfo, 'user'), handle))
    return { user: dig(nextInfo, 'user') as JsonObject, counts: countsFromStats(dig(nextInfo, 'stats'), dig(nextInfo, 'statsV2')) };
  return null;
}

/** Items (videos) the embedded JSON lists for this creator. */
export function embeddedItems(doc: Document, handle: string): JsonObject[] {
  const items: JsonObject[] = [];
  const universal = universalData(doc);
  items.push(...asArray(dig(universal, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo', 'itemList')).filter(isObject));
  // A video page: `webapp.video-detail` on the desktop layout, `webapp.reflow.video.detail` on the
  // mobile ("reflow") layout that share links open on phones and narrow windows.
  for (const scope of ['webapp.video-detail', 'webapp.reflow.video.detail']) {
    const videoItem = dig(universal, '__DEFAULT_SCOPE__', scope, 'itemInfo', 'itemStruct');
    if (isObject(videoItem)) items.push(videoItem);
  }
  const sigi = sigiState(doc);
  const module = dig(sigi, 'ItemModule');
  if (isObject(module)) items.push(...Object.values(module).filter(isObject));
  const next = nextData(doc);
  items.push(...asArray(dig(next, 'props', 'pageProps', 'items')).filter(isObject));
  const nextItem = dig(next, 'props', 'pageProps', 'itemInfo', 'itemStruct');
  if (isObject(nextItem)) items.push(nextItem);
  const videoData = itemFromVideoData(dig(next, 'props', 'pageProps', 'videoData'));
  if (videoData) items.push(videoData);
  return items.filter((item) => itemAuthor(item) === handle);
}
