import type { VetlensDB } from './db';
import { DEFAULT_SHORTLIST_ID, cleanListName, type Shortlist, type ShortlistEntry } from './records';
import { emptyUndo, type Undo } from './undo';

export { entriesOfList, listShortlists, listShortlistsUncounted, type ListedShortlist, type ShortlistSummary } from './list-reads';

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
