import type { ParsedCount } from '../../parse/count';
import { textOf } from '../json';
import { channelIdFromUrl, handleFromUrl, VIDEO_ID, type WatchPage } from './route';
import { dateFromText, readExact, readShort, type WatchReading } from './watch-reading';
import { LIVE_WORDS } from './words';

/**
 * The rendered watch page (2017 to today): the title, the view count and date of its tooltip or
 * info line, the like button, the owner's block. YouTube keeps earlier videos' page elements in the
 * document (hidden), so only the element naming this video is read.
 */

const WATCH_ELEMENTS = 'ytd-watch-flexy[video-id], ytd-watch[video-id], ytd-watch-grid[video-id]';

/** The video the rendered watch page shows, when exactly one page element names one. */
export function renderedVideoId(doc: Document): string | null {
  const ids = new Set([...doc.querySelectorAll(WATCH_ELEMENTS)].filter((element) => !element.hasAttribute('hidden')).map((element) => element.getAttribute('video-id') ?? ''));
  const [id] = ids;
  return ids.size === 1 && id && VIDEO_ID.test(id) ? id : null;
}

/** The rendered watch page of this video: YouTube marks the page element with the video it shows. */
function renderedWatch(doc: Document, page: WatchPage): Element | null {
  for (const element of doc.querySelectorAll(WATCH_ELEMENTS))
    if (element.getAttribute('video-id') === page.videoId && !element.hasAttribute('hidden')) return element;
  return null;
}

/** The first element matching one of `selectors`, tried in order (not in document order). */
function firstOf(root: ParentNode, selectors: readonly string[], accept: (element: Element) => boolean = () => true): Element | null {
  for (const selector of selectors) for (const element of root.querySelectorAll(selector)) if (accept(element)) return element;
  return null;
}

/** The first exact reading in priority order, else the first rounded one: never a mix of stale and fresh texts. */
function firstReading(counts: (ParsedCount | null)[]): ParsedCount | null {
  return counts.find((count) => count?.exact) ?? counts.find((count) => count !== null) ?? null;
}

/** The bullet between views and date in a tooltip; saved pages re-encoded as Latin-1 show it as "â€¢". */
const BULLET = /\s*(?:[•·]|â€¢)\s*/;

export function readRendered(doc: Document, page: WatchPage, lang: string, now: Date): WatchReading | null {
  if (page.shorts) return null;
  const root = renderedWatch(doc, page);
  if (!root) return null;
  // A metadata block that names another video is a leftover of the previous page.
  const metadata = root.querySelector('ytd-watch-metadata');
  const metadataId = metadata?.getAttribute('video-id');
  if (metadataId && metadataId !== page.videoId) return null;

  // Today's layout (ytd-watch-metadata, 2022+) first; the primary/secondary info renderers of 2017–23 after it.
  const title = textOf(firstOf(root, ['ytd-watch-metadata #title h1', 'ytd-watch-metadata h1', 'ytd-video-primary-info-renderer h1.title', 'ytd-video-primary-info-renderer h1']));
  const tooltip = textOf(firstOf(root, ['ytd-watch-metadata #description-inner tp-yt-paper-tooltip #tooltip', 'ytd-watch-info-text tp-yt-paper-tooltip #tooltip']))?.split(BULLET) ?? [];
  const infoSpans = [...root.querySelectorAll('ytd-watch-metadata #info > span, ytd-watch-metadata #info span, ytd-watch-info-text #info span')].map((span) => textOf(span));
  // Views: the tooltip's "1,234,567 views • Jan 5, 2024", the expanded "1,234,567 views", the old counter.
  const viewTexts = [tooltip[0] ?? null, infoSpans[0] ?? null, textOf(root.querySelector('ytd-video-primary-info-renderer .view-count, ytd-video-view-count-renderer .view-count'))];
  const liveNow = viewTexts.some((text) => text !== null && LIVE_WORDS.test(text));
  // A text that reads as a date ("2 weeks ago", "Jun 10, 2014") is never a view count.
  const viewCount = (read: (text: string | null, lang: string) => ParsedCount | null) => (text: string | null) => (text && !dateFromText(text, lang, now) ? read(text, lang) : null);
  const views = liveNow
    ? null
    : firstReading([...viewTexts.map(viewCount(readExact)), viewCount(readShort)(infoSpans[0] ?? null), viewCount(readShort)(textOf(root.querySelector('ytd-video-primary-info-renderer .short-view-count')))]);

  // The like button: "like this video along with 12,345 other people" on the button, "12K" inside it.
  const likeButton = firstOf(root, [
    'ytd-watch-metadata like-button-view-model button',
    'ytd-watch-metadata #segmented-like-button button',
    'like-button-view-model button',
    '#segmented-like-button button',
    'ytd-video-primary-info-renderer #top-level-buttons-computed > ytd-toggle-button-renderer:first-of-type button',
    'ytd-video-primary-info-renderer #top-level-buttons > ytd-toggle-button-renderer:first-of-type button',
  ]);
  const likes = likeButton
    ? firstReading([readExact(likeButton.getAttribute('aria-label'), lang), readShort(textOf(likeButton.querySelector('.yt-spec-button-shape-next__button-text-content, yt-formatted-string, #text')), lang)])
    : null;

  const dateTexts = [tooltip[1] ?? null, infoSpans[2] ?? null, textOf(root.querySelector('#info-strings yt-formatted-string')), textOf(root.querySelector('ytd-video-secondary-info-renderer .date, ytd-video-owner-renderer .date'))];
  const dates = dateTexts.map((text) => dateFromText(text, lang, now)).filter((date): date is NonNullable<WatchReading['published']> => Boolean(date));
  const published = dates.find((date) => !date.approximate) ?? dates[0] ?? null;

  const owner = firstOf(root, ['ytd-watch-metadata ytd-video-owner-renderer', 'ytd-video-owner-renderer']);
  // The channel name's own link (the avatar's link has no text).
  const ownerLink = owner ? firstOf(owner, ['#channel-name a[href]', '#owner-name a[href]', '#text a[href]', 'a[href]'], (link) => textOf(link) !== null) : null;
  const href = ownerLink?.getAttribute('href') ?? owner?.querySelector('a[href]')?.getAttribute('href');
  const subscriberElement = owner?.querySelector('#owner-sub-count');
  const commentsText = textOf(root.querySelector('ytd-comments-header-renderer #count'));

  return {
    source: 'dom',
    at: Number.MAX_SAFE_INTEGER,
    title,
    description: null,
    views,
    liveNow,
    likes,
    comments: readExact(commentsText, lang),
    published,
    channel: owner
      ? {
          id: channelIdFromUrl(href),
          handle: handleFromUrl(href),
          name: textOf(ownerLink),
          subscribers: firstReading([readShort(subscriberElement?.getAttribute('aria-label'), lang), readShort(textOf(subscriberElement), lang)]),
          verified: owner.querySelector('.badge-style-type-verified, [class*="badge-style-type-verified"]') ? true : null,
        }
      : undefined,
  };
}

/** The overlay goes under the rendered video's title and actions; null (a floating card) elsewhere. */
export function findWatchOverlayAnchor(doc: Document, page: WatchPage): Element | null {
  const root = page.shorts ? null : renderedWatch(doc, page);
  return root?.querySelector('ytd-watch-metadata, ytd-video-primary-info-renderer') ?? null;
}
