import { parseCount } from '../../parse/count';
import { extractHashtags, type Post } from '../../snapshot';
import { fromParsed, readingsAgree, roundedList, type CountReadings } from '../common';
import { anyOf, firstMatchInside, type SelectorEvidence } from '../evidence';
import { clip, textOf } from '../json';
import type { TikTokPage } from './route';
import { tiktokIdDate } from './video-id';
import { TT, VIDEO_BLOCK } from './selectors';

/**
 * The rendered page, read through TikTok's own test hooks (`data-e2e`): the profile header, its
 * video tiles, and the counts under a video. SPA navigation reuses elements, so the header is read
 * only when it names the creator in the URL, and a video's counts only inside that video's block.
 */

/**
 * TikTok prints its own abbreviations ("783.4K", "3.9M") whatever the interface language, so a
 * count in exactly that shape is read as such; anything else is read in the page's language.
 */
function domCount(text: string | null, lang: string) {
  if (text === null) return null;
  const trimmed = text.trim();
  return /^\d+(?:\.\d)?[KMB]?$/.test(trimmed) ? parseCount(trimmed, 'en') : parseCount(trimmed, lang);
}

/** The rendered profile header, only when it shows this creator (SPA navigation reuses it). */
export function profileHeader(doc: Document, handle: string): Element | null {
  const title = doc.querySelector(TT.userTitle.css);
  const subtitle = doc.querySelector(TT.userSubtitle.css);
  const names = [textOf(title), textOf(subtitle)].map((t) => t?.replace(/^@/, '').toLowerCase());
  if (!names.includes(handle)) return null;
  return doc.querySelector(TT.userPage.css) ?? title?.closest('header, section, div') ?? null;
}

/**
 * The header's two name lines: the @name and the display name. Until 2025 the title was the @name and
 * the subtitle the display name; the 2026 layout swaps them. The line that reads exactly as the handle
 * (with or without "@") is the @name, whichever it is; where both or neither do (a display name that
 * is the handle in other letters' case, "IlloJuan"), the older order holds.
 */
export function headerNames(doc: Document, handle: string): { handleLine: string | null; displayName: string | null } {
  const title = textOf(doc.querySelector(TT.userTitle.css));
  const subtitle = textOf(doc.querySelector(TT.userSubtitle.css));
  const isHandle = (text: string | null) => text !== null && text.replace(/^@/, '') === handle;
  if (isHandle(subtitle) && !isHandle(title)) return { handleLine: subtitle, displayName: title };
  return { handleLine: title, displayName: subtitle };
}

export function domProfileCounts(doc: Document, lang: string): CountReadings {
  const counts: CountReadings = {};
  const read = (entry: SelectorEvidence) => {
    const element = doc.querySelector(entry.css);
    // Some builds put the full number in the title ("783,427"); others put the label there ("Followers").
    const title = element?.getAttribute('title') ?? '';
    const shown = fromParsed(domCount(textOf(element), lang));
    const fromTitle = fromParsed(/\d/.test(title) ? parseCount(title, lang) : null);
    // The title's number counts only where the text beside it stands for the same number ("783.4K" for 783,427).
    return fromTitle && (!shown || readingsAgree(shown, fromTitle)) ? fromTitle : shown;
  };
  const followers = read(TT.followersCount);
  const following = read(TT.followingCount);
  const likes = read(TT.likesCount);
  if (followers) counts.followers = followers;
  if (following) counts.following = following;
  if (likes) counts.totalLikes = likes;
  return counts;
}

/**
 * The verified badge next to the name. TikTok draws it as an inline SVG: older builds name it
 * Icon_Color-Verified_Badge, the 2025 build is a circle in TikTok's verified cyan (#20D5EC).
 */
export function domVerified(doc: Document): boolean | null {
  const row = doc.querySelector(TT.userTitle.css)?.parentElement;
  if (!row) return null;
  for (const svg of row.querySelectorAll('svg')) {
    if (svg.querySelector(TT.verifiedBadgeById.css) || /Verified_Badge/.test(svg.outerHTML)) return true;
    if (svg.querySelector(TT.verifiedBadgeCircle.css)) return true;
  }
  return false;
}

function isPinnedTile(tile: Element): boolean {
  return firstMatchInside(tile, TT.pinnedLabel) !== null;
}

export function domTiles(doc: Document, handle: string, lang: string, now: Date): Post[] {
  const posts: Post[] = [];
  for (const tile of doc.querySelectorAll(TT.postItem.css)) {
    const link = tile.querySelector(anyOf(TT.tileVideoLink, TT.tilePhotoLink));
    const match = link?.getAttribute('href')?.match(/\/@([^/]+)\/(?:video|photo)\/(\d{5,25})/);
    if (!match || match[1]!.toLowerCase() !== handle) continue;
    const views = domCount(textOf(tile.querySelector(TT.tileViews.css)), lang);
    const alt = tile.querySelector(TT.tileCover.css)?.getAttribute('alt') ?? null;
    // The tile's alt text ends with " created by <name> with <sound>": the caption is what precedes it.
    const caption = clip(alt?.replace(/\s+created by .+ with .+$/s, ''), 20000);
    posts.push({
      id: match[2]!,
      url: `https://www.tiktok.com/@${handle}/video/${match[2]!}`,
      // A tile shows no date, but its id carries the creation time.
      publishedAt: tiktokIdDate(match[2]!, now),
      likes: null,
      comments: null,
      views: views?.value ?? null,
      shares: null,
      caption,
      hashtags: extractHashtags(caption),
      pinned: isPinnedTile(tile),
      rounded: views && !views.exact ? ['views'] : undefined,
    });
  }
  return posts;
}

/** The player of the video this URL names: its own id ends with the video's id ("xgwrapper-0-<id>"). */
export function videoPlayer(doc: Document, page: TikTokPage): Element | null {
  if (!page.videoId) return null;
  return [...doc.querySelectorAll(TT.videoPlayer.css)].find((element) => element.id.endsWith(`-${page.videoId}`)) ?? null;
}

/** The counts under the video this URL names (the feed below it holds other creators' videos). */
export function domVideo(doc: Document, page: TikTokPage, lang: string, now: Date): Post | null {
  let container = videoPlayer(doc, page)?.closest(VIDEO_BLOCK) ?? null;
  if (!container) {
    // Without the player's id only a page showing a single video of this creator can be trusted:
    // in a feed, the counts could belong to the creator's next video.
    const items = [...doc.querySelectorAll(VIDEO_BLOCK)];
    const only = items.length === 1 ? items[0]! : null;
    const byThisCreator =
      only && [...only.querySelectorAll(TT.authorAvatar.css)].some((link) => link.getAttribute('href')?.toLowerCase() === `/@${page.handle}`);
    container = byThisCreator ? only : null;
  }
  // A page with a single like counter can be read whole, but only when every author link on it is this creator's.
  const authors = [...doc.querySelectorAll(anyOf(TT.authorAvatar, TT.browseUsername, TT.browseAvatarLink))].map((link) =>
    (link.getAttribute('href') ?? '')
      .replace(/^https:\/\/www\.tiktok\.com/, '')
      .split(/[/?#]/)[1]
      ?.toLowerCase(),
  );
  const onlyThisCreator = authors.length > 0 && authors.every((author) => author === `@${page.handle}`);
  const scope: ParentNode | null = container ?? (doc.querySelectorAll(TT.likeCount.css).length === 1 && onlyThisCreator ? doc : null);
  if (!scope) return null;
  const read = (entry: SelectorEvidence) => domCount(textOf(scope.querySelector(entry.css)), lang);
  const likes = read(TT.likeCount);
  const comments = read(TT.commentCount);
  const shares = read(TT.shareCount);
  const saves = read(TT.savesCount) ?? read(TT.favoriteCount);
  if (!likes && !comments && !shares) return null;
  const caption = clip(textOf(scope.querySelector(anyOf(TT.videoDesc, TT.browseVideoDesc))), 20000);
  return {
    id: page.videoId!,
    url: `https://www.tiktok.com/@${page.handle}/video/${page.videoId!}`,
    publishedAt: tiktokIdDate(page.videoId!, now),
    likes: likes?.value ?? null,
    comments: comments?.value ?? null,
    views: null,
    shares: shares?.value ?? null,
    saves: saves?.value ?? null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    rounded: roundedList({
      likes: likes ? !likes.exact : false,
      comments: comments ? !comments.exact : false,
      shares: shares ? !shares.exact : false,
      saves: saves ? !saves.exact : false,
    }),
  };
}
