import { splitCountText } from '../../parse/count';
import type { CountReadings } from '../common';
import { metaContent } from '../json';
import { isUsername } from './route';
import { IG } from './selectors';
import { POST_LABELS, PROFILE_LABELS, classifyLabel, type PostCount, type ProfileCount } from './words';

/**
 * og:description and meta description, in every language Instagram serves. The sentence is always
 * "<counts> - <who and what>": profile counts come as followers, following, posts; post counts as
 * likes, comments. Each count is read with the word beside it (before or after, "2,362 Followers",
 * "팔로워 862명", "Подписчики: 1M"); a word this reader does not know is placed by the template's
 * order only when the words it does know sit where that order puts them.
 *
 * Meta counts are rounded by the site ("2M") and go stale (the tag is written once per page load,
 * and some pages carry an older count than their header), so every count from here is "rounded"
 * and only fills what the header and the JSON did not give.
 */

/** The counts before the sentence's dash, and the rest after it. */
function splitSentence(description: string): { counts: string; rest: string } {
  const dash = description.match(/\s[-–—―]\s/);
  if (!dash || dash.index === undefined) return { counts: description, rest: '' };
  return { counts: description.slice(0, dash.index), rest: description.slice(dash.index + dash[0].length) };
}

/** "2,362 Followers, 136 Following" → ["2,362 Followers", "136 Following"]; commas inside numbers stay. */
function countParts(text: string): string[] {
  return text
    .split(/[,،、，;]\s+|[、，،]/u)
    .map((part) => part.trim())
    .filter(Boolean);
}

type Lexicon<K extends string> = Readonly<Record<K, Readonly<Record<string, readonly string[]>>>>;

/** Reads the counts of a sentence whose template orders them as `order`. */
function readCounts<K extends string>(text: string, lang: string, order: readonly K[], lexicon: Lexicon<K>): Partial<Record<K, number>> {
  // Instagram writes the meta tags' digits the English way in every language ("1,432 Abonnenten",
  // "Публикации: 8,579", "476.3 mil seguidores"): where the page's own form cannot read a number, that one can.
  const parts = countParts(text).map((part) => splitCountText(part, lang, 'page-or-english'));
  if (parts.length === 0 || parts.some((part) => part === null)) return {};
  const kinds = parts.map((part) => (part!.label ? classifyLabel(part!.label, lexicon) : null));
  // A kind named twice is not trusted in either place.
  for (const [i, kind] of kinds.entries()) if (kind && kinds.indexOf(kind) !== i) kinds[i] = kinds[kinds.indexOf(kind)] = null;
  const known = kinds.filter(Boolean).length;
  const inTemplateOrder = parts.length === order.length && known >= 1 && kinds.every((kind, i) => kind === null || kind === order[i]);
  const out: Partial<Record<K, number>> = {};
  for (const [i, part] of parts.entries()) {
    const kind = kinds[i] ?? (inTemplateOrder ? order[i]! : null);
    if (kind) out[kind] = part!.count.value;
  }
  return out;
}

function ownAddress(doc: Document): string | null {
  const link = doc.querySelector(IG.pageAddress.css);
  return link?.getAttribute('href') ?? link?.getAttribute('content') ?? null;
}

interface ProfileMeta {
  counts: CountReadings;
  displayName: string | null;
  bio: string | null;
}

/** Whether the meta tags describe this creator: they go stale after an in-page navigation. */
function describesCreator(doc: Document, description: string, handle: string): boolean {
  const lower = handle.toLowerCase();
  const mentions = [...description.matchAll(/@([\w.]+)/g)].map((m) => m[1]!.replace(/\.$/, '').toLowerCase());
  if (mentions.length > 0) return mentions.includes(lower);
  const title = metaContent(doc, 'og:title') ?? '';
  const titled = title.match(/\(@([\w.]+)\)/)?.[1];
  if (titled) return titled.toLowerCase() === lower;
  const address = ownAddress(doc);
  if (!address) return false;
  try {
    return new URL(address, 'https://www.instagram.com').pathname.replace(/\/+$/, '').toLowerCase() === `/${lower}`;
  } catch {
    return false;
  }
}

const PROFILE_ORDER: readonly ProfileCount[] = ['followers', 'following', 'postCount'];

export function readProfileMeta(doc: Document, handle: string, lang: string): ProfileMeta | null {
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  if (!description || !describesCreator(doc, description, handle)) return null;
  const values = readCounts(splitSentence(description).counts, lang, PROFILE_ORDER, PROFILE_LABELS);
  const counts: CountReadings = {};
  for (const [kind, value] of Object.entries(values) as [ProfileCount, number][]) counts[kind] = { value, precision: 'rounded' };
  const escaped = handle.replace(/[.]/g, '\\.');
  const title = metaContent(doc, 'og:title') ?? '';
  const name = title.match(new RegExp(`^(.+?)\\s*\\(@${escaped}\\)`, 'i'))?.[1]?.trim() ?? null;
  // "… Name (@handle) on Instagram: "bio"": the bio, in whichever language the sentence is.
  const bio = (metaContent(doc, 'description') ?? '').match(new RegExp(`\\(@${escaped}\\)[^"“«]*?:\\s*["“«]([\\s\\S]*)["”»]\\s*$`, 'i'))?.[1] ?? null;
  return { counts, displayName: name ? name.slice(0, 500) : null, bio: bio ? bio.slice(0, 10000) : null };
}

interface PostMeta {
  likes: number | null;
  comments: number | null;
  author: string | null;
  displayName: string | null;
  publishedAt: string | null;
  caption: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "May 29, 2021" in the English template; other languages take the date from the page's <time>. */
function englishDate(text: string): string | null {
  const match = text.match(/\b([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})\b/);
  if (!match) return null;
  const month = MONTHS.findIndex((m) => m.startsWith(match[1]!.toLowerCase()) && match[1]!.length >= 3);
  if (month < 0) return null;
  return new Date(Date.UTC(Number(match[3]), month, Number(match[2]))).toISOString();
}

const POST_ORDER: readonly Exclude<PostCount, 'views'>[] = ['likes', 'comments'];

/**
 * "298K likes, 553 comments - willyrex on May 29, 2021: "caption"" and its translations ("137
 * curtidas, 5 comentários - bia.receitas em 3 de maio de 2025: "…""). Only when the tags belong to
 * this post (its code in the page's own address).
 */
export function readPostMeta(doc: Document, code: string, lang: string): PostMeta | null {
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  const address = ownAddress(doc);
  if (!description || !address || !address.includes(`/${code}/`)) return null;
  const { counts, rest } = splitSentence(description);
  const values = readCounts(counts, lang, POST_ORDER, { likes: POST_LABELS.likes, comments: POST_LABELS.comments });
  if (values.likes === undefined && values.comments === undefined) return null;
  // "Name (@handle) on …" (2017) or "handle on …" (2024) or "handle em …": the author comes first.
  const named = rest.match(/^(.+?)\s*\(@([\w.]+)\)/);
  const first = rest.match(/^@?([\w.]+)/)?.[1] ?? null;
  const author = named ? named[2]! : isUsername(first) ? first : null;
  const caption = rest.match(/:\s*["“«「]([\s\S]*?)["”»」]\.?\s*$/)?.[1] ?? null;
  return {
    likes: values.likes ?? null,
    comments: values.comments ?? null,
    author,
    displayName: named ? named[1]!.trim().slice(0, 500) : null,
    publishedAt: englishDate(rest),
    caption,
  };
}
