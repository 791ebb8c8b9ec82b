import { parseCount } from '../../parse/count';
import { extractHashtags, type Post } from '../../snapshot';
import { fromParsed, roundedList, type CountReadings } from '../common';
import { clip, textOf } from '../json';
import type { TikTokPage } from './route';
import { tiktokIdDate } from './video-id';
import { PINNED_WORDS } from './words';

/**
 * The rendered page, read through TikTok's own test hooks (`data-e2e`): the profile header, its
 * video tiles, and the counts under a video. SPA navigation reuses elements, so the header is read
 * only when it names the creator in the URL, and a video's counts only inside that video's block.
 */

/**
 * TikTok prints its own abbreviations ("783.4K", "3.9M") whatever the interface language, so a
 * count in exactly that shape is read as such; anything else is read in the page's language.
 */
export function domCount(text: string | null, lang: string) {
  if (text === null) return null;
  const trimmed = text.trim();
  return /^\d+(?:\.\d)?[KMB]?$/.test(trimmed) ? parseCount(trimmed, 'en') : parseCount(trimmed, lang);
}

/** The rendered profile header, only when it shows this creator (SPA navigation reuses it). */
export function profileHeader(doc: Document, handle: string): Element | null {
  const title = doc.querySelector('[data-e2e="user-title"]');
  const subtitle = doc.querySelector('[data-e2e="user-subtitle"]');
  const names = [textOf(title), textOf(subtitle)].map((t) => t?.replace(/^@/, '').toLowerCase());
  if (!names.includes(handle)) return null;
  return doc.querySelector('[data-e2e="user-page"]') ?? title?.closest('header, section, div') ?? null;
}

export function domProfileCounts(doc: Document, lang: string): CountReadings {
  const counts: CountReadings = {};
  const read = (e2e: string) => {
    const element = doc.querySelector(`[data-e2e="${e2e}"]`);
    // Some builds put the full number in the title ("783,427"); others put the label there ("Followers").
    const title = element?.getAttribute('title') ?? '';
    const fromTitle = /\d/.test(title) ? parseCount(title, lang) : null;
    return fromParsed(fromTitle ?? domCount(textOf(element), lang));
  };
  const followers = read('followers-count');
  const following = read('following-count');
  const likes = read('likes-count');
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
  const row = doc.querySelector('[data-e2e="user-title"]')?.parentElement;
  if (!row) return null;
  for (const svg of row.querySelectorAll('svg')) {
    if (svg.querySelector('[id*="Verified_Badge"]') || /Verified_Badge/.test(svg.outerHTML)) return true;
    if (svg.querySelector('circle[fill="#20D5EC" i], circle[fill="#20d5ec"]')) return true;
  }
  return false;
}

function isPinnedTile(tile: Element): boolean {
  return [...tile.querySelectorAll('[data-e2e*="badge"]')].some((badge) => PINNED_WORDS.test(textOf(badge) ?? ''));
}

export function domTiles(doc: Document, handle: string, lang: string, now: Date): Post[] {
  const posts: Post[] = [];
  for (const tile of doc.querySelectorAll('[data-e2e="user-post-item"]')) {
    const link = tile.querySelector<HTMLAnchorElement>('a[href*="/video/"], a[href*="/photo/"]');
    const match = link?.getAttribute('href')?.match(/\/@([^/]+)\/(?:video|photo)\/(\d{5,25})/);
    if (!match || match[1]!.toLowerCase() !== handle) continue;
    const views = domCount(textOf(tile.querySelector('[data-e2e="video-views"]')), lang);
    const alt = tile.querySelector('img[alt]')?.getAttribute('alt') ?? null;
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

/** The counts under the video this URL names (the feed below it holds other creators' videos). */
export function domVideo(doc: Document, page: TikTokPage, lang: string, now: Date): Post | null {
  const player = page.videoId ? doc.querySelector(`[id$="-${page.videoId}"]`) : null;
  let container = player?.closest('[data-e2e="recommend-list-item-container"], article') ?? null;
  if (!container) {
    // Without the player's id only a page showing a single video of this creator can be trusted:
    // in a feed, the counts could belong to the creator's next video.
    const items = [...doc.querySelectorAll('[data-e2e="recommend-list-item-container"], article')];
    const only = items.length === 1 ? items[0]! : null;
    container = only?.querySelector(`a[data-e2e="video-author-avatar"][href="/@${page.handle}" i]`) ? only : null;
  }
  // A page with a single like counter can be read whole, but only when every author link on it is this creator's.
  const authors = [...doc.querySelectorAll('a[data-e2e="video-author-avatar"][href], a[data-e2e="browse-username"][href], [data-e2e="browse-user-avatar"] a[href]')].map((link) =>
    (link.getAttribute('href') ?? '').replace(/^https:\/\/www\.tiktok\.com/, '').split(/[/?#]/)[1]?.toLowerCase(),
  );
  const onlyThisCreator = authors.length > 0 && authors.every((author) => author === `@${page.handle}`);
  const scope: ParentNode | null = container ?? (doc.querySelectorAll('[data-e2e="like-count"]').length === 1 && onlyThisCreator ? doc : null);
  if (!scope) return null;
  const read = (e2e: string) => domCount(textOf(scope.querySelector(`[data-e2e="${e2e}"]`)), lang);
  const likes = read('like-count');
  const comments = read('comment-count');
  const shares = read('share-count');
  // TikTok labels the saves button "undefined" in its data-e2e.
  const saves = read('undefined-count') ?? read('favorite-count');
  if (!likes && !comments && !shares) return null;
  const caption = clip(textOf(scope.querySelector('[data-e2e="video-desc"], [data-e2e="browse-video-desc"]')), 20000);
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
