import { DEFAULT_SHORTLIST_ID } from '../shortlist';
import type { VetlensDB } from './db';
import type { Shortlist } from './records';

/**
 * Reading the shortlists and their entries. Apart from lib/storage/shortlists.ts (which changes
 * them) and free of the record schemas: the side panel reads these first, while its interface loads.
 */

export interface ShortlistSummary extends Shortlist {
  count: number;
}

/** A list as the side panel names it: its count is null until counted. */
export type ListedShortlist = Shortlist & { count: number | null };

/** The default list first, then the others by creation. */
function inListOrder<T extends Shortlist>(lists: T[]): T[] {
  return lists.sort((a, b) => (a.id === DEFAULT_SHORTLIST_ID ? -1 : b.id === DEFAULT_SHORTLIST_ID ? 1 : a.createdAt.localeCompare(b.createdAt)));
}

/**
 * A list's entries through the table's own key, [listId+creatorKey]: the same rows in the same order
 * as the `listId` index gives, but IndexedDB reads an index by looking up each of its rows in the
 * table, which makes counting or reading 10,000 entries several times slower.
 */
export function entriesOfList(db: VetlensDB, listId: string) {
  // Creator keys are text ("platform:handle"): every one sorts between '' and '\uffff'.
  return db.shortlistEntries.where('[listId+creatorKey]').between([listId, ''], [listId, '\uffff'], true, true);
}

export async function listShortlists(db: VetlensDB): Promise<ShortlistSummary[]> {
  const lists = await db.shortlists.toArray();
  const counts = await Promise.all(lists.map((l) => entriesOfList(db, l.id).count()));
  return inListOrder(lists.map((l, i) => ({ ...l, count: counts[i]! })));
}

/**
 * The lists, not yet counted: one small read. Counting a list scans every entry of it in its index
 * (about as long as reading a screen of rows, for 10,000 entries), and the browser's store answers one
 * request at a time, so the side panel counts after its first rows are on screen.
 */
export async function listShortlistsUncounted(db: VetlensDB): Promise<ListedShortlist[]> {
  return inListOrder((await db.shortlists.toArray()).map((l) => ({ ...l, count: null })));
}
