import { parseCount, splitCountText, type ParsedCount } from '../../parse/count';
import { fromParsed, readingsAgree, type CountReading, type CountReadings } from '../common';
import { firstMatchInside } from '../evidence';
import { textOf } from '../json';
import { IG } from './selectors';
import { PROFILE_LABELS, classifyLabel, type ProfileCount } from './words';

/**
 * The rendered profile header, read by structure so that it works in any interface language and
 * layout: the three counts are the header's only short texts that each hold one number, they sit
 * together in one block with nothing else in it, and Instagram has always put them in the order
 * posts, followers, following. Labels may come before the numbers ("팔로워 944") or after ("944
 * followers"); links may point to /<user>/followers/ or to "#". Words, where known, only confirm.
 */

export interface HeaderReading {
  header: Element;
  counts: CountReadings;
  verified: boolean;
  bio: string | null;
}

const ORDER: readonly ProfileCount[] = ['postCount', 'followers', 'following'];

/** A header that names this creator: during an in-page navigation the previous one can still be on screen. */
function findProfileHeader(doc: Document, handle: string): Element | null {
  const lower = handle.toLowerCase();
  return Array.from(doc.querySelectorAll(IG.profileHeader.css)).find((header) => headerBelongsTo(header, lower)) ?? null;
}

function headerBelongsTo(header: Element, lowerHandle: string): boolean {
  for (const a of Array.from(header.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    if (href === `/${lowerHandle}/followers/` || href === `/${lowerHandle}/following/` || href === `/${lowerHandle}/`) return true;
  }
  return Array.from(header.querySelectorAll('h1, h2, span, a, div')).some((el) => el.children.length === 0 && textOf(el)?.toLowerCase() === lowerHandle);
}

interface CountItem {
  element: Element;
  count: ParsedCount;
  label: string;
}

/** Elements whose whole text is one count with at most a few words; outermost only. */
function countItems(header: Element, lang: string): CountItem[] {
  const qualifies = new Map<Element, CountItem>();
  for (const element of Array.from(header.querySelectorAll('*'))) {
    if (element.closest('button, [role="button"]') || element.tagName === 'SCRIPT' || element.tagName === 'STYLE') continue;
    // A block of several counts (a list, several links) whose other numbers did not read is not one count.
    if (element.querySelectorAll('li').length > 1 || element.querySelectorAll('a[href]').length > 1) continue;
    const text = textOf(element);
    if (!text || text.length > 48) continue;
    const split = splitCountText(text, lang);
    if (!split || split.label.split(' ').length > 4) continue;
    qualifies.set(element, { element, ...split });
  }
  return [...qualifies.values()].filter((item) => !(item.element.parentElement && qualifies.has(item.element.parentElement)));
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

function commonAncestor(elements: Element[]): Element | null {
  let candidate: Element | null = elements[0]?.parentElement ?? null;
  while (candidate && !elements.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** The first three consecutive items whose common block holds nothing but them: the stats row. */
function statsRow(items: CountItem[]): CountItem[] | null {
  for (let i = 0; i + 2 < items.length; i++) {
    const triple = items.slice(i, i + 3);
    const block = commonAncestor(triple.map((item) => item.element));
    if (block && squash(block.textContent) === triple.map((item) => squash(item.element.textContent)).join('')) return triple;
  }
  return null;
}

/** Which count an item is by its link, where the layout still links to /<user>/followers/. */
function kindByHref(item: CountItem): ProfileCount | null {
  const link = item.element.matches('a[href]') ? item.element : item.element.querySelector('a[href]');
  const href = link?.getAttribute('href') ?? '';
  if (href.endsWith('/followers/')) return 'followers';
  if (href.endsWith('/following/')) return 'following';
  return null;
}

/** Assigns the row by position, unless a link or a known word says otherwise: then nothing is trusted. */
function assignRow(row: CountItem[]): Map<ProfileCount, CountItem> | null {
  const assigned = new Map<ProfileCount, CountItem>();
  for (const [index, item] of row.entries()) {
    const byPosition = ORDER[index]!;
    const named = kindByHref(item) ?? (item.label ? classifyLabel(item.label, PROFILE_LABELS) : null);
    if (named && named !== byPosition) return null;
    assigned.set(byPosition, item);
  }
  return assigned;
}

/** Items outside a clean row, named by link or word; each kind at most once. */
function assignByNames(items: CountItem[]): Map<ProfileCount, CountItem> {
  const assigned = new Map<ProfileCount, CountItem>();
  const seen = new Set<ProfileCount>();
  for (const item of items) {
    const kind = kindByHref(item) ?? (item.label ? classifyLabel(item.label, PROFILE_LABELS) : null);
    if (!kind) continue;
    if (seen.has(kind)) assigned.delete(kind);
    else assigned.set(kind, item);
    seen.add(kind);
  }
  return assigned;
}

/** The element that holds the count's digits: the deepest one inside the item whose text holds them all. */
function digitsElement(item: CountItem): Element {
  const digits = (element: Element) => (element.textContent ?? '').replace(/\D/gu, '');
  const all = digits(item.element);
  let current = item.element;
  for (;;) {
    const inner = Array.from(current.children).find((child) => digits(child) === all);
    if (!inner) return current;
    current = inner;
  }
}

/**
 * The item's value: the exact count from a `title` on the count's own element (the one that holds
 * its digits, or a wrapper of it inside the item) where that title is within the rounding of the
 * text shown ("187.4K" stands for 187,350–187,499); else the text as shown. A title anywhere else,
 * on an icon or a sibling beside the number, is not this count's.
 */
function readItem(item: CountItem, lang: string): CountReading | null {
  const shown = fromParsed(item.count);
  for (let titled: Element | null = digitsElement(item); titled && item.element.contains(titled); titled = titled.parentElement) {
    const title = titled.matches(IG.exactCountTitle.css) ? titled.getAttribute('title') : null;
    if (!title || !/^[\d\s.,'\u00a0\u202f\u066b\u066c\u0660-\u0669\u06f0-\u06f9]+$/u.test(title.trim())) continue;
    const exact = parseCount(title, lang);
    if (exact?.exact && shown && readingsAgree(shown, { value: exact.value, precision: 'exact' })) return { value: exact.value, precision: 'exact' };
  }
  return shown;
}

/** The verified badge: a known accessible name, else the one icon in the username row outside any button. */
function headerVerified(header: Element, lowerHandle: string): boolean {
  if (firstMatchInside(header, IG.verifiedLabel)) return true;
  const name = Array.from(header.querySelectorAll('h1, h2, span, a, div')).find((el) => el.children.length === 0 && textOf(el)?.toLowerCase() === lowerHandle);
  const row = name?.closest('h1, h2')?.parentElement ?? name?.parentElement?.parentElement;
  if (!row) return false;
  return Array.from(row.querySelectorAll(IG.headerIcon.css)).some(
    (svg) => !svg.closest('button, [role="button"], a') && !svg.closest('title') && !/more|option|menu|setting/i.test(svg.getAttribute('aria-label') ?? ''),
  );
}

export function readProfileHeader(doc: Document, handle: string, lang: string): HeaderReading | null {
  const header = findProfileHeader(doc, handle);
  if (!header) return null;
  const items = countItems(header, lang);
  const row = statsRow(items);
  // A clean row whose words contradict the order means the layout is not what this reader knows:
  // nothing from it is trusted. Without a clean row, only items named by a link or a word are read.
  const assigned = row ? (assignRow(row) ?? new Map<ProfileCount, CountItem>()) : assignByNames(items);
  const counts: CountReadings = {};
  for (const [kind, item] of assigned) {
    const reading = readItem(item, lang);
    if (reading) counts[kind] = reading;
  }
  const bio = textOf(header.querySelector(IG.headerBio.css))?.slice(0, 10000) ?? null;
  return { header, counts, verified: headerVerified(header, handle.toLowerCase()), bio };
}
