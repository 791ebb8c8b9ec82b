import type { VetlensDB } from './db';
import type { CreatorRecord, Shortlist, ShortlistEntry } from './records';

/** What puts back exactly what a change to lists or creators changed: every such change returns one. */
export interface Undo {
  /** Lists to put back (a deleted list). */
  lists: Shortlist[];
  /** Lists to remove (a list created by the action). */
  listsToDelete: string[];
  entriesToPut: ShortlistEntry[];
  entriesToDelete: Array<[listId: string, creatorKey: string]>;
  /** Creator records as they were before the action. */
  creators: CreatorRecord[];
  /** How many creators the action touched, for the toast. */
  count: number;
}

export function emptyUndo(): Undo {
  return { lists: [], listsToDelete: [], entriesToPut: [], entriesToDelete: [], creators: [], count: 0 };
}

export async function applyUndo(db: VetlensDB, undo: Undo): Promise<void> {
  await db.transaction('rw', db.shortlists, db.shortlistEntries, db.creators, async () => {
    if (undo.entriesToDelete.length) await db.shortlistEntries.bulkDelete(undo.entriesToDelete);
    if (undo.listsToDelete.length) {
      await db.shortlistEntries.where('listId').anyOf(undo.listsToDelete).delete();
      await db.shortlists.bulkDelete(undo.listsToDelete);
    }
    if (undo.lists.length) await db.shortlists.bulkPut(undo.lists);
    if (undo.entriesToPut.length) await db.shortlistEntries.bulkPut(undo.entriesToPut);
    if (undo.creators.length) await db.creators.bulkPut(undo.creators);
  });
}
