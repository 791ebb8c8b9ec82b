import { asString, dig, isObject } from '../platforms/json';
import { nextData } from '../platforms/tiktok/embedded';
import { tiktokPage } from '../platforms/tiktok/route';
import { keyOfUrl } from '../platforms/youtube/route';
import { renderedVideoId } from '../platforms/youtube/watch-dom';
import { nextVideoId } from '../platforms/youtube/watch-json';

/**
 * Where a saved page or response came from, when the file does not say it plainly (no canonical
 * link, no og:url): `npm run vet` needs the page's address to read it the way the content script
 * would. The extension itself always knows its page's address and never needs these.
 */

/**
 * The channel URL a saved browse response describes (vanity @handle URL first, else /channel/ID):
 * lets `npm run vet` read a response saved without its page.
 */
export function youtubeUrlFromBrowse(body: unknown): string | null {
  if (!isObject(body)) return null;
  const watch = watchUrlFromNext(body);
  if (watch) return watch;
  const meta = dig(body, 'metadata', 'channelMetadataRenderer');
  for (const candidate of [dig(meta, 'vanityChannelUrl'), dig(meta, 'channelUrl')]) {
    const key = keyOfUrl(candidate);
    if (key && (key.startsWith('@') || key.startsWith('channel/'))) return `https://www.youtube.com/${key}`;
  }
  return null;
}

/**
 * The address of a saved rendered watch page that carries no canonical link (2018's Polymer pages):
 * the video its page element shows. Lets `npm run vet` read such a file without --url.
 */
export function youtubeUrlFromRendered(doc: Document): string | null {
  const id = renderedVideoId(doc);
  return id ? `https://www.youtube.com/watch?v=${id}` : null;
}

/**
 * The watch URL a saved /next response describes (its own endpoint): lets `npm run vet` read a
 * response saved without its page.
 */
function watchUrlFromNext(body: unknown): string | null {
  const id = nextVideoId(body);
  if (!id) return null;
  return dig(body, 'currentVideoEndpoint', 'reelWatchEndpoint') !== undefined
    ? `https://www.youtube.com/shorts/${id}`
    : `https://www.youtube.com/watch?v=${id}`;
}

/**
 * The page's own URL where a saved page carries one only in its data (the 2020–21 __NEXT_DATA__
 * pages have no canonical link): lets `npm run vet` read such a file without --url.
 */
export function tiktokUrlFromEmbedded(doc: Document): string | null {
  const next = nextData(doc);
  const host = asString(dig(next, 'props', 'initialProps', '$host'));
  const path = asString(dig(next, 'props', 'initialProps', '$pageUrl'));
  const candidates = [
    dig(next, 'props', 'initialProps', '$fullUrl'),
    dig(next, 'props', 'pageProps', 'metaParams', 'canonicalHref'),
    host && path?.startsWith('/') ? `https://${host}${path}` : undefined,
  ];
  for (const candidate of candidates) {
    const text = asString(candidate);
    if (!text) continue;
    try {
      const url = new URL(text);
      if (url.hostname === 'www.tiktok.com' && tiktokPage(url)) return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}
