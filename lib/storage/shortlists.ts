import type { VetlensDB } from './db';
import { DEFAULT_SHORTLIST_ID, cleanListName, type Shortlist, type ShortlistEntry } from './records';
import { emptyUndo, type Undo } from './undo';

/**
 * Shortlists and who is on them: the card's one-click list (the default list), and the lists the
 * marketer makes, fills, empties and deletes in the side panel. Every change made in the side panel
 * returns an `Undo` that puts back exactly what it changed.
 */

export async function isShortlisted(db: VetlensDB, key: string, listId = DEFAULT_SHORTLIST_ID): Promise<boolean> {
  return (await db.shortlistEntries.get([listId, key])) !== undefined;
}

/** Puts a creator on a list (keeping the date it was first added) or takes it off. */
export async function setShortlisted(db: VetlensDB, key: string, on: boolean, listId = DEFAULT_SHORTLIST_ID, now = new Date()): Promise<boolean> {
  await db.transaction('rw', db.shortlistEntries, async () => {
    if (on) {
      const existing = await db.shortlistEntries.get([listId, key]);
      if (!existing) await db.shortlistEntries.put({ listId, creatorKey: key, addedAt: now.toISOString() });
    } else {
      await db.shortlistEntries.delete([listId, key]);
    }
  });
  return on;
}

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

export async function createShortlist(db: VetlensDB, name: string, now = new Date(), random: () => number = Math.random): Promise<Shortlist> {
  const clean = cleanListName(name);
  if (!clean) throw new Error('a list needs a name');
  const list: Shortlist = {
    id: `list-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`,
    name: clean,
    createdAt: now.toISOString(),
  };
  await db.shortlists.add(list);
  return list;
}

export async function renameShortlist(db: VetlensDB, id: string, name: string): Promise<void> {
  const clean = cleanListName(name);
  if (!clean && id !== DEFAULT_SHORTLIST_ID) throw new Error('a list needs a name');
  await db.shortlists.update(id, { name: clean });
}

/** Deletes a list and its entries (the creators themselves stay). The default list cannot go. */
export async function deleteShortlist(db: VetlensDB, id: string): Promise<Undo> {
  if (id === DEFAULT_SHORTLIST_ID) throw new Error('the default list cannot be deleted');
  return db.transaction('rw', db.shortlists, db.shortlistEntries, async () => {
    const list = await db.shortlists.get(id);
    const entries = await db.shortlistEntries.where('listId').equals(id).toArray();
    await db.shortlistEntries.where('listId').equals(id).delete();
    await db.shortlists.delete(id);
    return { ...emptyUndo(), lists: list ? [list] : [], entriesToPut: entries, count: entries.length };
  });
}

export async function removeFromList(db: VetlensDB, listId: string, keys: readonly string[]): Promise<Undo> {
  return db.transaction('rw', db.shortlistEntries, async () => {
    const found = (await db.shortlistEntries.bulkGet(keys.map((k) => [listId, k] as [string, string]))).filter((e): e is ShortlistEntry => !!e);
    await db.shortlistEntries.bulkDelete(found.map((e) => [e.listId, e.creatorKey] as [string, string]));
    return { ...emptyUndo(), entriesToPut: found, count: found.length };
  });
}

/** Adds creators to a list; ones already there keep their original date. */
export async function copyToList(db: VetlensDB, keys: readonly string[], toListId: string, now = new Date()): Promise<Undo> {
  return db.transaction('rw', db.shortlistEntries, db.shortlists, async () => {
    if (!(await db.shortlists.get(toListId))) throw new Error(`no list "${toListId}"`);
    const existing = await db.shortlistEntries.bulkGet(keys.map((k) => [toListId, k] as [string, string]));
    const added = keys.filter((_, i) => !existing[i]).map((creatorKey) => ({ listId: toListId, creatorKey, addedAt: now.toISOString() }));
    await db.shortlistEntries.bulkPut(added);
    return { ...emptyUndo(), entriesToDelete: added.map((e) => [e.listId, e.creatorKey] as [string, string]), count: added.length };
  });
}

export async function moveToList(db: VetlensDB, keys: readonly string[], fromListId: string, toListId: string, now = new Date()): Promise<Undo> {
  if (fromListId === toListId) return { ...emptyUndo() };
  return db.transaction('rw', db.shortlistEntries, db.shortlists, async () => {
    const copied = await copyToList(db, keys, toListId, now);
    const removed = await removeFromList(db, fromListId, keys);
    return { ...emptyUndo(), entriesToDelete: copied.entriesToDelete, entriesToPut: removed.entriesToPut, count: removed.count };
  });
}
