import type { Platform } from '../snapshot';
import { PLATFORM_HOSTS } from './hosts';

/**
 * The JSON endpoints of the sites' own scripts whose responses carry profile and post numbers: exact
 * path patterns, on the site's own https origin. The MAIN-world observer copies only these (it never
 * sends a request of its own), the content script drops any other message on arrival, and each
 * platform module reads a response only in the shape its endpoint is known to answer with. The page's
 * own world can post anything on the observer channel: a message that claims another address is
 * not the site's answer.
 */
const OBSERVED_ENDPOINTS = {
  instagram: {
    /** GraphQL queries: `data.user`, the timeline and clips connections, a post's shortcode info. */
    graphql: /^\/graphql\/query\/?$/,
    apiGraphql: /^\/api\/graphql\/?$/,
    /** web_profile_info (2022–24): `data.user` with its first posts inline. */
    webProfileInfo: /^\/api\/v1\/users\/web_profile_info\/?$/,
    /** A user's feed: `/api/v1/feed/user/<id>/` or `/api/v1/feed/user/<name>/username/`, `items[]`. */
    feedUser: /^\/api\/v1\/feed\/user\/[\w.]{1,40}\/(?:username\/)?$/,
    /** A user's reels: `items[].media`. */
    clipsUser: /^\/api\/v1\/clips\/user\/?$/,
  },
  tiktok: {
    /** `userInfo: {user, stats, statsV2}`. */
    userDetail: /^\/api\/user\/detail\/?$/,
    /** `itemList[]` of the creator's videos, as the profile grid scrolls. */
    itemList: /^\/api\/post\/item_list\/?$/,
    creatorItemList: /^\/api\/creator\/item_list\/?$/,
    /** `itemInfo.itemStruct`: one video. */
    itemDetail: /^\/api\/item\/detail\/?$/,
    /** `comments[]` of one video (`aweme_id`), as its comment panel loads: their text gives the audience's languages. */
    commentList: /^\/api\/comment\/list\/?$/,
  },
  youtube: {
    /** A channel's header and videos, or the videos loaded by scrolling (`onResponseReceivedActions`). */
    browse: /^\/youtubei\/v1\/browse$/,
    navigate: /^\/youtubei\/v1\/navigate$/,
    /** A watch page's watch-next data and, later, its comment count. */
    next: /^\/youtubei\/v1\/next$/,
    /** A Short's data: `/youtubei/v1/reel/reel_item_watch`, `reel_watch_sequence`. */
    reel: /^\/youtubei\/v1\/reel\/\w{1,40}$/,
    /** A player response (videoDetails, microformat). */
    player: /^\/youtubei\/v1\/player$/,
  },
} as const satisfies Record<Platform, Record<string, RegExp>>;

/** YouTube hands each in-page navigation's fresh data to its own `yt-navigate-finish` event. */
export const YOUTUBE_NAVIGATE_PSEUDO_URL = 'vetlens://yt-navigate-finish';

/** Which endpoint of its site a response claims to come from; the navigate event has its own name. */
type ObservedEndpoint = { [P in Platform]: keyof (typeof OBSERVED_ENDPOINTS)[P] }[Platform] | 'navigateEvent';

/**
 * The site's own endpoint an observed response came from, or null: an absolute https address on the
 * site's own host (no other origin, port or credentials), whose path is one of the known endpoints.
 */
export function observedEndpoint(platform: Platform, raw: string): ObservedEndpoint | null {
  if (platform === 'youtube' && raw === YOUTUBE_NAVIGATE_PSEUDO_URL) return 'navigateEvent';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '' || !PLATFORM_HOSTS[platform].includes(url.hostname))
    return null;
  for (const [name, path] of Object.entries(OBSERVED_ENDPOINTS[platform]) as [ObservedEndpoint, RegExp][]) if (path.test(url.pathname)) return name;
  return null;
}

/** The window.postMessage channel from the MAIN-world observer to the isolated content script. */
export const OBSERVER_CHANNEL = 'vetlens:observed';
