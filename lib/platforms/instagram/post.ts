import { splitCountText, type ParsedCount } from '../../parse/count';
import { extractHashtags, type Post } from '../../snapshot';
import { roundedList, type PostCountField } from '../common';
import { textOf } from '../json';
import { firstMatchInside } from '../evidence';
import type { JsonMedia } from './json';
import { readPostMeta } from './meta';
import { profileHandleOfHref } from './route';
import { IG } from './selectors';
import { POST_LABELS, classifyLabel, namesRepliesOrComments, type PostCount } from './words';

/**
 * A post or reel page's visible DOM, read by structure: the permalink around the date proves which
 * post is on screen (the meta tags may belong to the page first loaded), the action bar puts the
 * like count after the first button and the comment count after the second, the caption is the h1.
 */

interface PostReading {
  post: Post;
  author: string | null;
  displayName: string | null;
  /** The author's badge: the post's JSON, else the badge beside the author's name; null where neither says. */
  verified: boolean | null;
  /** The owner hid the like count: the JSON says so, or the "Liked by … and others" line gives no number. */
  likesHidden: boolean;
  sources: string[];
}

interface DomPost {
  author: string | null;
  likes: ParsedCount | null;
  comments: ParsedCount | null;
  views: ParsedCount | null;
  publishedAt: string | null;
  caption: string | null;
  sponsored: boolean;
  verified: boolean;
  likesHidden: boolean;
}

/** The element that holds this post: the nearest block around its permalinked date that also holds the actions. */
function postRoot(doc: Document, code: string): Element | null {
  const time = Array.from(doc.querySelectorAll(IG.postPermalinkTime.css)).find((el) => (el.closest('a')?.getAttribute('href') ?? '').includes(`/${code}/`));
  if (!time) return null;
  let root: Element | null = time.closest('a')!.parentElement;
  while (root && !root.querySelector('section') && root.tagName !== 'MAIN') root = root.parentElement;
  return root?.closest('article') ?? root;
}

const BUTTON = '[role="button"], button';
const hasButton = (el: Element) => el.matches(BUTTON) || el.querySelector(BUTTON) !== null;

/**
 * The action bar: the row of like, comment, share and save buttons, the like button first. A count
 * belongs to the button before it, whether it sits beside the button in the same slot or in the next
 * sibling. The buttons' names, where known, must agree with that order: a row that is not in the
 * order this reader knows gives nothing.
 */
function actionCounts(root: Element, lang: string): { likes: ParsedCount | null; comments: ParsedCount | null } {
  const none = { likes: null, comments: null };
  const button = root.querySelector(IG.actionBar.css)?.closest(BUTTON);
  let row = button?.parentElement ?? null;
  while (row && row !== root.parentElement && Array.from(row.children).filter(hasButton).length < 3) row = row.parentElement;
  if (!row || row === root.parentElement || !row.firstElementChild || !hasButton(row.firstElementChild)) return none;
  const slots: { text: string; kind: PostCount | null }[] = [];
  for (const child of Array.from(row.children)) {
    if (hasButton(child)) {
      const name = child.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? '';
      slots.push({ text: '', kind: name ? classifyLabel(name, POST_LABELS) : null });
    }
    const outside = child.cloneNode(true) as Element;
    for (const inner of Array.from(outside.querySelectorAll(BUTTON))) inner.remove();
    if (!outside.matches(BUTTON)) slots[slots.length - 1]!.text += ` ${outside.textContent ?? ''}`;
  }
  if (slots[0]?.kind !== null && slots[0]?.kind !== 'likes') return none;
  if (slots[1] && slots[1].kind !== null && slots[1].kind !== 'comments') return none;
  // A worded count ("좋아요 1,204개") must name what it counts; a bare number is read by its place.
  const slotCount = (text: string | undefined, kind: 'likes' | 'comments') => {
    const split = splitCountText(text?.replace(/\s+/g, ' ').trim(), lang);
    if (!split) return null;
    const named = split.label ? classifyLabel(split.label, POST_LABELS) : null;
    return named === null || named === kind ? split.count : null;
  };
  return { likes: slotCount(slots[0]?.text, 'likes'), comments: slotCount(slots[1]?.text, 'comments') };
}

/** "137 curtidas" linked to /liked_by/ (layouts up to 2025). */
function likedByCount(root: Element, code: string, lang: string): ParsedCount | null {
  for (const link of Array.from(root.querySelectorAll(IG.likedByLink.css))) {
    if (!(link.getAttribute('href') ?? '').includes(`/${code}/`)) continue;
    const split = splitCountText(textOf(link), lang);
    if (split && (!split.label || classifyLabel(split.label, POST_LABELS) === 'likes')) return split.count;
  }
  return null;
}

/**
 * A count with its word anywhere in the post outside the caption and comments ("139,058 likes" in
 * 2017, "12,3 mil reproducciones" on a reel): the word says which count it is.
 */
function wordedCount(root: Element, kind: PostCount, lang: string): ParsedCount | null {
  for (const element of Array.from(root.querySelectorAll('span, div, a'))) {
    // A short line of its own: never a block that also holds the caption, the comments or the date.
    if (element.children.length > 3 || element.closest('h1, ul, li, button, [role="button"]') || element.querySelector('h1, ul, li, time')) continue;
    const text = textOf(element);
    if (!text || text.length > 60) continue;
    const split = splitCountText(text, lang);
    // A reply or comment link ("View all 1 replies") says "view" too: views come only from a line that names nothing else.
    if (kind === 'views' && split?.label && namesRepliesOrComments(split.label)) continue;
    // A control (a link or a button) opens something: the count it names is not the post's views.
    if (kind === 'views' && element.closest('a, [role="link"], [tabindex]')) continue;
    if (split?.label && classifyLabel(split.label, POST_LABELS) === kind) return split.count;
  }
  return null;
}

/**
 * The author: a profile whose name link (the link whose text is the profile's name) is confirmed
 * by another sign of authorship: the avatar's link, the caption's author link, or the meta tags'
 * author. A post page links other profiles too (the paid partner beside "Paid partnership", people
 * tagged): a name link alone credits nobody, and neither do two confirmed authors.
 */
function authorOf(root: Element, metaAuthor: string | null): string | null {
  const named: string[] = [];
  const confirmed = new Set<string>();
  if (metaAuthor) confirmed.add(metaAuthor.toLowerCase());
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const handle = profileHandleOfHref(link.getAttribute('href'));
    if (!handle) continue;
    const inCaption = link.closest('h1, ul, li') !== null;
    // The caption's first line starts with its author's link, before the caption's h1.
    if (inCaption && link.closest('li')?.querySelector('a[href]') === link) confirmed.add(handle.toLowerCase());
    if (inCaption) continue;
    if (link.querySelector('img')) confirmed.add(handle.toLowerCase());
    if (textOf(link)?.toLowerCase() === handle.toLowerCase()) named.push(handle);
  }
  const authors = [...new Map(named.filter((handle) => confirmed.has(handle.toLowerCase())).map((handle) => [handle.toLowerCase(), handle])).values()];
  return authors.length === 1 ? authors[0]! : null;
}

/** The block above the post without its caption and comments, which may quote any words. */
function withoutCaption(root: Element): Element {
  const block = root.cloneNode(true) as Element;
  for (const quoted of Array.from(block.querySelectorAll('h1, ul, li'))) quoted.remove();
  return block;
}

/**
 * The badge beside the author's name link, by its accessible name (as on the profile header): only
 * in the row of that link, since commenters' names carry their own badges.
 */
function verifiedShown(root: Element, author: string | null): boolean {
  if (!author) return false;
  const block = withoutCaption(root);
  return Array.from(block.querySelectorAll('a[href]')).some((link) => {
    if (profileHandleOfHref(link.getAttribute('href'))?.toLowerCase() !== author.toLowerCase() || textOf(link) === null) return false;
    const row = link.parentElement?.parentElement ?? link.parentElement;
    return row !== null && row !== undefined && firstMatchInside(row, IG.postVerifiedLabel) !== null;
  });
}

/**
 * Likes hidden by the owner: "Liked by someone and others" links the likers (/liked_by/) without a
 * number. A post with likes shown puts the number in that line or beside the like button.
 */
function likesHiddenShown(root: Element, code: string): boolean {
  return Array.from(root.querySelectorAll(IG.likedByLink.css)).some(
    (link) => (link.getAttribute('href') ?? '').includes(`/${code}/`) && !/\d/.test(textOf(link) ?? ''),
  );
}

function sponsoredLabel(root: Element): boolean {
  // The caption and comments may quote the words; only the label above the post counts.
  return firstMatchInside(withoutCaption(root), IG.paidPartnershipLabel) !== null;
}

/** The author the page shows for this post (its DOM, confirmed as `authorOf` asks, or its meta tags), or null. */
export function postAuthorShown(doc: Document, code: string, lang: string): string | null {
  const metaAuthor = readPostMeta(doc, code, lang)?.author ?? null;
  const root = postRoot(doc, code);
  return (root ? authorOf(root, metaAuthor) : null) ?? metaAuthor;
}

/** Whether the visible page shows this post (its permalinked date), whatever its meta tags say. */
export function postShown(doc: Document, code: string): boolean {
  return postRoot(doc, code) !== null;
}

function readDomPost(doc: Document, code: string, lang: string, metaAuthor: string | null): DomPost | null {
  const root = postRoot(doc, code);
  if (!root) return null;
  const actions = actionCounts(root, lang);
  const time = Array.from(root.querySelectorAll(IG.postPermalinkTime.css)).find((el) => (el.closest('a')?.getAttribute('href') ?? '').includes(`/${code}/`));
  const datetime = time?.getAttribute('datetime') ?? null;
  const date = datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : null;
  const author = authorOf(root, metaAuthor);
  return {
    author,
    likes: actions.likes ?? likedByCount(root, code, lang) ?? wordedCount(root, 'likes', lang),
    comments: actions.comments ?? wordedCount(root, 'comments', lang),
    views: wordedCount(root, 'views', lang),
    publishedAt: date,
    caption: textOf(root.querySelector(IG.postCaption.css))?.slice(0, 20000) ?? null,
    sponsored: sponsoredLabel(root),
    verified: verifiedShown(root, author ?? metaAuthor),
    likesHidden: likesHiddenShown(root, code),
  };
}

/**
 * One post from every source the page has, best first: the page's JSON (exact), the visible DOM,
 * then the meta tags (rounded, possibly stale). Null when nothing gives a count.
 */
export function readPostPage(doc: Document, code: string, reel: boolean, lang: string, json: JsonMedia | null): PostReading | null {
  const meta = readPostMeta(doc, code, lang);
  const dom = readDomPost(doc, code, lang, meta?.author ?? null);
  const sources: string[] = [];
  const rounded: Partial<Record<PostCountField, boolean>> = {};
  const pick = (
    field: 'likes' | 'comments' | 'views',
    fromJson: number | null | undefined,
    fromDom: ParsedCount | null,
    fromMeta: number | null | undefined,
  ): number | null => {
    if (fromJson !== null && fromJson !== undefined) return fromJson;
    if (fromDom) {
      if (!fromDom.exact) rounded[field] = true;
      if (!sources.includes('dom')) sources.push('dom');
      return fromDom.value;
    }
    if (fromMeta !== null && fromMeta !== undefined) {
      rounded[field] = true;
      if (!sources.includes('meta')) sources.push('meta');
      return fromMeta;
    }
    return null;
  };
  const likes = pick('likes', json?.post.likes, dom?.likes ?? null, meta?.likes);
  const comments = pick('comments', json?.post.comments, dom?.comments ?? null, meta?.comments);
  const views = pick('views', json?.post.views, dom?.views ?? null, undefined);
  const likesHidden = json?.likesHidden === true || dom?.likesHidden === true;
  // A post whose owner hid its likes is read, with no likes: the card says they are hidden, not that nothing could be read.
  if (likes === null && comments === null && views === null && !likesHidden) return null;
  const caption = json?.post.caption ?? dom?.caption ?? meta?.caption ?? null;
  const sponsored = json?.post.sponsored ?? (dom?.sponsored ? true : null);
  const post: Post = {
    id: code,
    url: `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`,
    publishedAt: json?.post.publishedAt ?? dom?.publishedAt ?? meta?.publishedAt ?? null,
    likes,
    comments,
    views,
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    sponsored,
  };
  const roundedFields = roundedList(rounded);
  if (roundedFields) post.rounded = roundedFields;
  return {
    post,
    author: json?.owner ?? dom?.author ?? meta?.author ?? null,
    displayName: json?.ownerName ?? meta?.displayName ?? null,
    verified: json?.ownerVerified ?? (dom?.verified ? true : null),
    likesHidden,
    sources,
  };
}
