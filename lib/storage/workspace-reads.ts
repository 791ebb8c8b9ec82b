import type { VetlensDB } from './db';
import { entriesOfList } from './list-reads';
import type { CreatorRecord, ShortlistEntry } from './records';

/**
 * Reading the rows a list shows. Apart from lib/storage/workspace.ts (which searches, filters and sorts
 * them) and free of the record schemas: the side panel reads its first rows while its interface loads.
 */

export interface WorkspaceRow {
  creator: CreatorRecord;
  /** When it was added to the list; null when browsing all creators. */
  addedAt: string | null;
}

/**
 * Every row of a list (or every creator), through the `listId` index and one bulk read. The side
 * panel keeps these in memory and filters/sorts them per keystroke with `filterAndSort`.
 */
export async function loadWorkspaceRows(db: VetlensDB, listId: string | null): Promise<WorkspaceRow[]> {
  if (listId === null) return (await everyCreator(db)).map((creator) => ({ creator, addedAt: null }));
  const entries = await entriesOfList(db, listId).toArray();
  return joinCreators(db, entries);
}

/** Creators a request reads at most in everyCreator. */
const CREATORS_PER_READ = 2_000;

/**
 * Every stored creator in key order, 2,000 a request. The browser's store answers one request at a
 * time: between these it answers the others (the worker storing a visit, the panel opened again),
 * where a single read of 10,000 creators would hold them all back.
 */
async function everyCreator(db: VetlensDB): Promise<CreatorRecord[]> {
  const creators: CreatorRecord[] = [];
  for (;;) {
    const last = creators.at(-1)?.key;
    const from = last === undefined ? db.creators.toCollection() : db.creators.where(':id').above(last);
    const read = await from.limit(CREATORS_PER_READ).toArray();
    creators.push(...read);
    if (read.length < CREATORS_PER_READ) return creators;
  }
}

/** Few reads for many creators: a few getAlls beat thousands of gets once a list is large. */
async function joinCreators(db: VetlensDB, entries: ShortlistEntry[]): Promise<WorkspaceRow[]> {
  let creators: Array<CreatorRecord | undefined>;
  if (entries.length > 200) {
    const byKey = new Map((await everyCreator(db)).map((c) => [c.key, c]));
    creators = entries.map((e) => byKey.get(e.creatorKey));
  } else {
    creators = await db.creators.bulkGet(entries.map((e) => e.creatorKey));
  }
  return entries.flatMap((e, i) => (creators[i] ? [{ creator: creators[i], addedAt: e.addedAt }] : []));
}

/**
 * A list's rows, newest first, straight from the `[listId+addedAt]` index: the newest `limit` of
 * them when given. What the popup shows, what a campaign is drafted from, and what the side panel
 * shows at once, in its default order, while the whole list loads for searching and sorting.
 */
export async function loadNewestWorkspaceRows(db: VetlensDB, listId: string, limit?: number): Promise<WorkspaceRow[]> {
  let query = db.shortlistEntries.where('[listId+addedAt]').between([listId, ''], [listId, '\uffff']).reverse();
  if (limit !== undefined) query = query.limit(limit);
  return joinCreators(db, await query.toArray());
}
