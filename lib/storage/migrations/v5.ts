import type { Transaction } from 'dexie';

/**
 * Schema version 5, as released (2026-11-29): versions 2 to 4 stored tags as typed ("Travel" beside
 * "travel"), so every record's tags follow the tag rule again, and the fields an older record could
 * leave out are filled in. Frozen: see README.md.
 */

/** A creator record as versions 1 to 4 may have left it. */
type OldCreator = { tags?: unknown; notes?: unknown; groupId?: unknown; status?: unknown };

/** Records read and checked at a time: few requests, and a bounded part of the store in memory. */
const CHUNK = 2000;

const TAG_MAX_CHARS = 50;

/** The tag rule of this release: spaces collapsed, trimmed, lower case (a dotted capital İ as a plain i), at most 50 characters. */
function cleanTag(tag: string): string {
  return tag
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .slice(0, TAG_MAX_CHARS)
    .trim();
}

function cleanTags(tags: unknown): string[] {
  const typed = Array.isArray(tags) ? (tags as unknown[]) : [];
  return [
    ...new Set(
      typed
        .filter((tag): tag is string => typeof tag === 'string')
        .map(cleanTag)
        .filter(Boolean),
    ),
  ];
}

/** Repairs one record in place. False when it follows the rules already, so the upgrade leaves it unwritten. */
export function repairCreatorV5(creator: OldCreator): boolean {
  const tags = cleanTags(creator.tags);
  const sameTags = Array.isArray(creator.tags) && creator.tags.length === tags.length && tags.every((tag, i) => (creator.tags as unknown[])[i] === tag);
  const notes = typeof creator.notes === 'string' ? creator.notes : '';
  if (sameTags && creator.notes === notes && creator.groupId !== undefined && creator.status != null) return false;
  creator.tags = tags;
  creator.notes = notes;
  creator.groupId ??= null;
  creator.status ??= 'to-contact';
  return true;
}

/**
 * Reads the records a chunk at a time, each chunk in one request (Dexie's `modify` asks for them one
 * key at a time), and writes back only those it changed.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const creators = tx.table<OldCreator & { key: string }, string>('creators');
  let chunk = await creators.limit(CHUNK).toArray();
  while (chunk.length > 0) {
    await creators.bulkPut(chunk.filter((creator) => repairCreatorV5(creator)));
    chunk = chunk.length < CHUNK ? [] : await creators.where(':id').above(chunk.at(-1)!.key).limit(CHUNK).toArray();
  }
}
