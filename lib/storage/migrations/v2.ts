import type { Transaction } from 'dexie';

/**
 * Schema version 2, as released (2026-11-26): creator records written by version 1 get tidy tags
 * (trimmed, lower-case, once each) and the fields version 1 could leave out. Frozen: see README.md.
 */

/** A creator record as version 1 may have left it. */
type OldCreator = { tags?: unknown; notes?: unknown; groupId?: unknown; status?: unknown };

/** Records read and checked at a time: few requests, and a bounded part of the store in memory. */
const CHUNK = 2000;

function tidyTags(tags: unknown): string[] {
  const typed = Array.isArray(tags) ? (tags as unknown[]) : [];
  return [
    ...new Set(
      typed
        .filter((tag): tag is string => typeof tag === 'string')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * Tidies one record in place. False when it is tidy already, so the upgrade leaves it unwritten
 * (rewriting every record cost the upgrade most of its time: each write re-indexes the record).
 */
export function tidyCreatorV2(creator: OldCreator): boolean {
  const tags = tidyTags(creator.tags);
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
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const creators = tx.table<OldCreator & { key: string }, string>('creators');
  let chunk = await creators.limit(CHUNK).toArray();
  while (chunk.length > 0) {
    await creators.bulkPut(chunk.filter((creator) => tidyCreatorV2(creator)));
    chunk = chunk.length < CHUNK ? [] : await creators.where(':id').above(chunk.at(-1)!.key).limit(CHUNK).toArray();
  }
}
