/**
 * Handles and names as they are: the one rule for showing a creator's handle or name anywhere
 * (card, popup, side panel, exports). Page text may hide characters that change what a person reads:
 * "@VetlensBeta\u202Eexe.png" displays as "@VetlensBetagnp.exe", a zero-width space makes two
 * handles look alike, and a Cyrillic "а" makes "@nаsa" look like "@nasa".
 *
 *  - Direction controls (embeddings, overrides, isolates) are shown as a visible mark, `[U+202E]`,
 *    in handles and names: no real handle has one, and in a name they are what reorders letters.
 *  - Invisible characters are shown the same way in handles (no platform allows them there), and
 *    removed from names, except the joiners and variation selectors emoji and several scripts need
 *    (U+200C, U+200D, U+FE0E, U+FE0F) and the left-to-right / right-to-left marks a name in
 *    Arabic or Hebrew may carry, which reorder nothing but neutral characters.
 *  - A handle that looks like another stored creator's (`lookAlikeOf`) is marked where it is shown.
 */

/** Embeddings, overrides and isolates: these reorder the letters after them. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
/** Marks that only place neutral characters. */
const DIRECTION_MARKS = /[\u061C\u200E\u200F]/gu;
/** A character class of code point ranges (built, so no combining or joining character sits in a regex literal). */
const codePoints = (ranges: ReadonlyArray<readonly [number, number]>) =>
  new RegExp(`[${ranges.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`, 'gu');
/** Characters with no visible form (Default_Ignorable_Code_Point, less the joiners listed below). */
const INVISIBLE = codePoints([
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200b],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0x3164, 0x3164],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
]);
/** Needed by emoji sequences and by Persian, Indic and other scripts inside names. */
const JOINERS = codePoints([
  [0x200c, 0x200d],
  [0xfe00, 0xfe0f],
]);

/** Every character above is outside ASCII, so printable ASCII (most handles and names) has nothing to show or remove. */
const ASCII_ONLY = /^[ -~]*$/;

const mark = (char: string) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;

/** A handle as shown: every direction control and invisible character made visible. */
export function shownHandle(handle: string): string {
  if (ASCII_ONLY.test(handle)) return handle;
  return handle.replace(DIRECTION_CONTROLS, mark).replace(DIRECTION_MARKS, mark).replace(INVISIBLE, mark).replace(JOINERS, mark);
}

/** A display name as shown: direction controls made visible, invisible filler removed, joiners kept. */
export function shownName(name: string): string {
  if (ASCII_ONLY.test(name)) return name;
  return name.replace(DIRECTION_CONTROLS, mark).replace(INVISIBLE, '');
}

/** "@handle", or the name, or the fallback: what a creator is called wherever one is listed. */
export function creatorLabel(c: { handle: string | null; displayName?: string | null }, fallback: string): string {
  if (c.handle) return `@${shownHandle(c.handle)}`;
  return c.displayName ? shownName(c.displayName) : fallback;
}

/**
 * Letters and digits that look alike in the fonts the sites use, each to one Latin stand-in:
 * Cyrillic and Greek letters shaped like Latin ones, 0 and o, 1 / I / i / l / | and ı (keys are
 * stored in lower case, where a handle's capital I has become i).
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  // Latin look-alikes and digits
  ı: 'l',
  i: 'l',
  '0': 'o',
  '1': 'l',
  '|': 'l',
  ɡ: 'g',
  ɑ: 'a',
};

/**
 * A handle reduced to how it looks: compatibility forms folded (full-width, ligatures), invisible
 * and direction characters dropped, capital I read as l (as sans-serif fonts draw it), lower case,
 * look-alike letters and digits to one stand-in, "rn" as "m" and "vv" as "w".
 */
export function handleSkeleton(handle: string): string {
  // Most handles are plain ASCII: no folding needed.
  if (/^[a-z0-9._-]*$/.test(handle))
    return handle
      .replace(/[i10]/g, (c) => CONFUSABLE[c]!)
      .replace(/rn/g, 'm')
      .replace(/vv/g, 'w');
  const folded = handle
    .normalize('NFKC')
    .replace(DIRECTION_CONTROLS, '')
    .replace(DIRECTION_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(JOINERS, '')
    .replace(/I/g, 'l')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  let out = '';
  for (const char of folded) out += CONFUSABLE[char] ?? char;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w');
}

const skeletons = new Map<string, string>();
/** handleSkeleton, remembered: the worker and the side panel compare against every stored creator. */
function skeletonOf(handle: string): string {
  let skeleton = skeletons.get(handle);
  if (skeleton === undefined) {
    if (skeletons.size > 50_000) skeletons.clear();
    skeleton = handleSkeleton(handle);
    skeletons.set(handle, skeleton);
  }
  return skeleton;
}

/** The handle part of a creator key ("instagram:nasa"), or null for a key made from an id or address. */
function handleOfKey(key: string): { platform: string; handle: string } | null {
  const colon = key.indexOf(':');
  const handle = key.slice(colon + 1);
  if (colon < 0 || handle.startsWith('id:') || handle.startsWith('url:')) return null;
  return { platform: key.slice(0, colon), handle };
}

/**
 * For each of `keys` (creator keys, "instagram:nasa") that looks like another of them on the same
 * platform, that other creator's handle.
 */
export function lookAlikes(keys: Iterable<string>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const parsed = handleOfKey(key);
    if (!parsed) continue;
    const group = `${parsed.platform}:${skeletonOf(parsed.handle)}`;
    const members = groups.get(group);
    if (members) members.push(key);
    else groups.set(group, [key]);
  }
  const found = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const key of members) found.set(key, handleOfKey(members.find((other) => other !== key)!)!.handle);
  }
  return found;
}

/** The stored handle `key` looks like but is not (another creator on the same platform), or null. */
export function lookAlikeOf(key: string, stored: Iterable<string>): string | null {
  const own = handleOfKey(key);
  if (!own) return null;
  const skeleton = skeletonOf(own.handle);
  for (const other of stored) {
    const parsed = handleOfKey(other);
    if (!parsed || parsed.platform !== own.platform || parsed.handle.toLowerCase() === own.handle.toLowerCase()) continue;
    if (skeletonOf(parsed.handle) === skeleton) return parsed.handle;
  }
  return null;
}
