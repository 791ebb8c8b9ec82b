import { parseIsoDate } from '../../parse/absolute-date';
import { textOf } from '../json';
import { handleFromUrl, youtubeWatchPage, type WatchPage } from './route';
import { fullest, readExact, readShort, type WatchReading } from './watch-reading';

function itemprop(doc: Document, name: string): string | null {
  const element = doc.querySelector(`meta[itemprop="${name}"]`);
  return element?.getAttribute('content')?.trim() || null;
}

/** The video a server-rendered page names in its head (canonical link, og:url). Heads go stale: first load only. */
function headVideoId(doc: Document): string | null {
  for (const href of [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')]) {
    if (!href) continue;
    try {
      const page = youtubeWatchPage(new URL(href, 'https://www.youtube.com'));
      if (page) return page.videoId;
    } catch {
      // not a URL
    }
  }
  return null;
}

/**
 * The schema.org microdata of a server-rendered watch page (2015–2023), and the classic (watch7)
 * layout around it. It names its video; pages of 2019 that do not are tied to the URL by their
 * head, on the first load only.
 */
export function readMicrodata(doc: Document, page: WatchPage, lang: string, stale: boolean): WatchReading | null {
  const named = itemprop(doc, 'videoId');
  if (named ? named !== page.videoId : stale || headVideoId(doc) !== page.videoId) return null;
  if (!doc.querySelector('[itemprop="interactionCount"], [itemprop="datePublished"], .like-button-renderer-like-button')) return null;
  const interactions = itemprop(doc, 'interactionCount');
  const published = parseIsoDate(itemprop(doc, 'datePublished') ?? itemprop(doc, 'uploadDate'));
  const authorUrl = doc.querySelector('[itemprop="author"] link[itemprop="url"]')?.getAttribute('href');
  const channelId = itemprop(doc, 'channelId');
  // The classic (watch7) layout around it: title, owner, subscribers, like button.
  const owner = doc.querySelector('#watch7-user-header .yt-user-info a[href], .yt-user-info a[href]');
  const subscribers = doc.querySelector('.yt-subscriber-count[title], .yt-subscription-button-subscriber-count-branded-horizontal[title]');
  const likeButton = doc.querySelector('button.like-button-renderer-like-button-unclicked, button.like-button-renderer-like-button');
  const likeText = textOf(likeButton?.querySelector('.yt-uix-button-content'));
  const likes = fullest(readExact(likeButton?.getAttribute('aria-label'), lang), likeText && /^[\d.,\s']+$/.test(likeText) ? readExact(likeText, lang) : readShort(likeText, lang));
  const viewText = textOf(doc.querySelector('.watch-view-count'));
  return {
    source: 'meta',
    at: -Infinity,
    title: itemprop(doc, 'name') ?? doc.querySelector('#eow-title')?.getAttribute('title') ?? null,
    description: textOf(doc.querySelector('#eow-description')),
    views: interactions && /^\d{1,14}$/.test(interactions) ? { value: Number(interactions), exact: true } : readExact(viewText, lang),
    likes,
    published: published ? { iso: published.iso, approximate: false } : null,
    channel: {
      id: channelId && /^UC[\w-]{10,40}$/.test(channelId) ? channelId : null,
      handle: handleFromUrl(authorUrl) ?? handleFromUrl(owner?.getAttribute('href')),
      name: textOf(owner),
      subscribers: fullest(readExact(subscribers?.getAttribute('title'), lang), readShort(subscribers?.getAttribute('title'), lang), readShort(textOf(subscribers), lang)),
      verified: owner ? Boolean(doc.querySelector('.yt-user-info .yt-channel-title-icon-verified')) : null,
    },
  };
}
