import { parseIsoDate } from '../../parse/absolute-date';
import { anyOf, type SelectorEvidence } from '../evidence';
import { textOf } from '../json';
import { handleFromUrl, youtubeWatchPage, type WatchPage } from './route';
import { YT } from './selectors';
import { fullest, readExact, readShort, type WatchReading } from './watch-reading';

/** The content of a microdata meta tag. */
function itemprop(doc: Document, entry: SelectorEvidence): string | null {
  const element = doc.querySelector(entry.css);
  return element?.getAttribute('content')?.trim() || null;
}

/** The video a server-rendered page names in its head (canonical link, og:url). Heads go stale: first load only. */
function headVideoId(doc: Document): string | null {
  for (const href of [doc.querySelector(YT.canonicalLink.css)?.getAttribute('href'), doc.querySelector(YT.ogUrl.css)?.getAttribute('content')]) {
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
  const named = itemprop(doc, YT.microVideoId);
  if (named ? named !== page.videoId : stale || headVideoId(doc) !== page.videoId) return null;
  if (!doc.querySelector(anyOf(YT.microItem, YT.watch7LikeButtonAny))) return null;
  const interactions = itemprop(doc, YT.microInteractionCount);
  const published = parseIsoDate(itemprop(doc, YT.microDatePublished) ?? itemprop(doc, YT.microUploadDate));
  const authorUrl = doc.querySelector(YT.microAuthorUrl.css)?.getAttribute('href');
  const channelId = itemprop(doc, YT.microChannelId);
  // The classic (watch7) layout around it: title, owner, subscribers, like button.
  const owner = doc.querySelector(anyOf(YT.watch7OwnerInHeader, YT.watch7Owner));
  const subscribers = doc.querySelector(anyOf(YT.watch7Subscribers, YT.watch7SubscribersBranded));
  const likeButton = doc.querySelector(anyOf(YT.watch7LikeButton, YT.watch7LikeButtonAny));
  const likeText = textOf(likeButton?.querySelector(YT.watch7LikeText.css));
  const likes = fullest(
    readExact(likeButton?.getAttribute('aria-label'), lang),
    likeText && /^[\d.,\s']+$/.test(likeText) ? readExact(likeText, lang) : readShort(likeText, lang),
  );
  const viewText = textOf(doc.querySelector(YT.watch7ViewCount.css));
  return {
    source: 'meta',
    at: -Infinity,
    title: itemprop(doc, YT.microName) ?? doc.querySelector(YT.watch7Title.css)?.getAttribute('title') ?? null,
    description: textOf(doc.querySelector(YT.watch7Description.css)),
    views: interactions && /^\d{1,14}$/.test(interactions) ? { value: Number(interactions), exact: true } : readExact(viewText, lang),
    likes,
    published: published ? { iso: published.iso, approximate: false } : null,
    channel: {
      id: channelId && /^UC[\w-]{10,40}$/.test(channelId) ? channelId : null,
      handle: handleFromUrl(authorUrl) ?? handleFromUrl(owner?.getAttribute('href')),
      name: textOf(owner),
      subscribers: fullest(
        readExact(subscribers?.getAttribute('title'), lang),
        readShort(subscribers?.getAttribute('title'), lang),
        readShort(textOf(subscribers), lang),
      ),
      verified: owner ? Boolean(doc.querySelector(YT.watch7Verified.css)) : null,
    },
  };
}
