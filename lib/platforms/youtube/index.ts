import type { ExtractResult } from '../../snapshot';
import { PLATFORM_HOSTS } from '../hosts';
import type { ExtractOptions, PlatformExtractor } from '../types';
import { extractYouTubeChannel, findChannelOverlayAnchor } from './channel';
import { youtubeLanguage } from './language';
import { youtubePage, youtubeWatchPage } from './route';
import { extractYouTubeWatch } from './watch';
import { findWatchOverlayAnchor } from './watch-dom';

export { youtubeLanguage } from './language';

/**
 * YouTube. Each page kind has its reader: channel pages (channel.ts: the JSON in channel-json.ts,
 * the rendered page in channel-dom.ts) and watch pages, read as a post of their channel (watch.ts:
 * the JSON in watch-json.ts, the microdata of older pages in watch-meta.ts, the rendered page in
 * watch-dom.ts). Addresses are told apart in route.ts, words in words.ts.
 */
export function extractYouTube(doc: Document, url: URL, options: ExtractOptions = {}): ExtractResult {
  const watch = youtubeWatchPage(url);
  if (watch) return extractYouTubeWatch(doc, url, watch, youtubeLanguage(doc), options);
  const page = youtubePage(url);
  if (!page) return { ok: false, reason: 'not-profile', detail: 'not a YouTube channel or video page' };
  return extractYouTubeChannel(doc, url, page, youtubeLanguage(doc), options);
}

export function findYouTubeOverlayAnchor(doc: Document, url: URL): Element | null {
  const watch = youtubeWatchPage(url);
  if (watch) return findWatchOverlayAnchor(doc, watch);
  const page = youtubePage(url);
  return page ? findChannelOverlayAnchor(doc, page, youtubeLanguage(doc)) : null;
}

export const youtube: PlatformExtractor = {
  platform: 'youtube',
  hosts: PLATFORM_HOSTS.youtube,
  pageKey(url) {
    // A watch page is keyed by its video: moving to another video must switch the card.
    const watch = youtubeWatchPage(url);
    if (watch) return `video/${watch.videoId}`;
    return youtubePage(url)?.key ?? null;
  },
  extract: extractYouTube,
  findOverlayAnchor: findYouTubeOverlayAnchor,
};
