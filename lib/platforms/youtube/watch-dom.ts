import type { ParsedCount } from '../../parse/count';
import { anyOf, firstOf } from '../evidence';
import { textOf } from '../json';
import { channelIdFromUrl, handleFromUrl, VIDEO_ID, type WatchPage } from './route';
import { WATCH_PAGE, YT } from './selectors';
import { dateFromText, readExact, readShort, type WatchReading } from './watch-reading';
import { LIVE_WORDS } from './words';

/**
 * The rendered watch page (2017 to today): the title, the view count and date of its tooltip or
 * info line, the like button, the owner's block. YouTube keeps earlier videos' page elements in the
 * document (hidden), so only the element naming this video is read.
 */

/** The video the rendered watch page shows, when exactly one page element names one. */
export function renderedVideoId(doc: Document): string | null {
  const ids = new Set(
    [...doc.querySelectorAll(WATCH_PAGE)].filter((element) => !element.hasAttribute('hidden')).map((element) => element.getAttribute('video-id') ?? ''),
  );
  const [id] = ids;
  return ids.size === 1 && id && VIDEO_ID.test(id) ? id : null;
}

/** The rendered watch page of this video: YouTube marks the page element with the video it shows. */
function renderedWatch(doc: Document, page: WatchPage): Element | null {
  for (const element of doc.querySelectorAll(WATCH_PAGE))
    if (element.getAttribute('video-id') === page.videoId && !element.hasAttribute('hidden')) return element;
  return null;
}

/** The first exact reading in priority order, else the first rounded one: never a mix of stale and fresh texts. */
function firstReading(counts: (ParsedCount | null)[]): ParsedCount | null {
  return counts.find((count) => count?.exact) ?? counts.find((count) => count !== null) ?? null;
}

export function readRendered(doc: Document, page: WatchPage, lang: string, now: Date): WatchReading | null {
  if (page.shorts) return null;
  const root = renderedWatch(doc, page);
  if (!root) return null;
  // A metadata block that names another video is a leftover of the previous page.
  const metadata = root.querySelector(YT.watchMetadata.css);
  const metadataId = metadata?.getAttribute('video-id');
  if (metadataId && metadataId !== page.videoId) return null;

  // Today's layout (ytd-watch-metadata, 2022+) first; the primary/secondary info renderers of 2017–23 after it.
  const title = textOf(firstOf(root, [YT.titleInMetadata, YT.metadataHeading, YT.primaryInfoTitle, YT.primaryInfoHeading]));
  const tooltip = textOf(firstOf(root, [YT.descriptionTooltip, YT.infoTextTooltip]))?.split(YT.viewsDateSeparator.re) ?? [];
  const infoSpans = [...root.querySelectorAll(anyOf(YT.metadataInfoChild, YT.metadataInfoSpan, YT.infoTextSpan))].map((span) => textOf(span));
  // Views: the tooltip's "1,234,567 views • Jan 5, 2024", the expanded "1,234,567 views", the old counter.
  const viewTexts = [tooltip[0] ?? null, infoSpans[0] ?? null, textOf(root.querySelector(anyOf(YT.primaryViewCount, YT.viewCountRenderer)))];
  const liveNow = viewTexts.some((text) => text !== null && LIVE_WORDS.test(text));
  // A text that reads as a date ("2 weeks ago", "Jun 10, 2014") is never a view count.
  const viewCount = (read: (text: string | null, lang: string) => ParsedCount | null) => (text: string | null) =>
    text && !dateFromText(text, lang, now) ? read(text, lang) : null;
  const views = liveNow
    ? null
    : firstReading([
        ...viewTexts.map(viewCount(readExact)),
        viewCount(readShort)(infoSpans[0] ?? null),
        viewCount(readShort)(textOf(root.querySelector(YT.primaryShortViewCount.css))),
      ]);

  // The like button: "like this video along with 12,345 other people" on the button, "12K" inside it.
  const likeButton = firstOf(root, [
    YT.metadataLikeButton,
    YT.metadataSegmentedLike,
    YT.likeButtonViewModel,
    YT.segmentedLike,
    YT.toggleLikeComputed,
    YT.toggleLike,
  ]);
  const likes = likeButton
    ? firstReading([readExact(likeButton.getAttribute('aria-label'), lang), readShort(textOf(likeButton.querySelector(YT.likeButtonText.css)), lang)])
    : null;

  const dateTexts = [
    tooltip[1] ?? null,
    infoSpans[2] ?? null,
    textOf(root.querySelector(YT.infoStringsDate.css)),
    textOf(root.querySelector(anyOf(YT.secondaryInfoDate, YT.ownerDate))),
  ];
  const dates = dateTexts.map((text) => dateFromText(text, lang, now)).filter((date): date is NonNullable<WatchReading['published']> => Boolean(date));
  const published = dates.find((date) => !date.approximate) ?? dates[0] ?? null;

  const owner = firstOf(root, [YT.metadataOwner, YT.owner]);
  // The channel name's own link (the avatar's link has no text).
  const ownerLink = owner
    ? firstOf(owner, [YT.ownerChannelNameLink, YT.ownerNameLink, YT.ownerTextLink, YT.ownerAnyLink], (link) => textOf(link) !== null)
    : null;
  const href = ownerLink?.getAttribute('href') ?? owner?.querySelector(YT.ownerAnyLink.css)?.getAttribute('href');
  const subscriberElement = owner?.querySelector(YT.ownerSubscribers.css);
  const commentsText = textOf(root.querySelector(YT.commentsCount.css));

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
          verified: owner.querySelector(anyOf(YT.ownerVerifiedBadge, YT.ownerVerifiedBadgeVariant)) ? true : null,
        }
      : undefined,
  };
}

/** The overlay goes under the rendered video's title and actions; null (a floating card) elsewhere. */
export function findWatchOverlayAnchor(doc: Document, page: WatchPage): Element | null {
  const root = page.shorts ? null : renderedWatch(doc, page);
  return root?.querySelector(anyOf(YT.watchMetadata, YT.primaryInfo)) ?? null;
}
