import type { Platform } from '../snapshot';

/**
 * URLs of the JSON responses the sites' own scripts fetch that carry profile and post numbers.
 * The MAIN-world observer copies only these (it never sends a request of its own).
 */
export const OBSERVED_RESPONSE_PATTERNS: Record<Platform, readonly RegExp[]> = {
  instagram: [/\/graphql\/query/, /\/api\/graphql/, /\/api\/v1\/users\/web_profile_info/, /\/api\/v1\/feed\/user\//, /\/api\/v1\/clips\/user\//],
  tiktok: [/\/api\/post\/item_list/, /\/api\/user\/detail/, /\/api\/item\/detail/, /\/api\/creator\/item_list/],
  // Watch pages: /next (the video, its channel, comment counts), /reel/… (Shorts), /player (videoDetails).
  youtube: [/\/youtubei\/v1\/browse/, /\/youtubei\/v1\/navigate/, /\/youtubei\/v1\/next/, /\/youtubei\/v1\/reel\//, /\/youtubei\/v1\/player/],
};

/** YouTube hands each in-page navigation's fresh data to its own `yt-navigate-finish` event. */
export const YOUTUBE_NAVIGATE_PSEUDO_URL = 'vetlens://yt-navigate-finish';

/** The window.postMessage channel from the MAIN-world observer to the isolated content script. */
export const OBSERVER_CHANNEL = 'vetlens:observed';
