import type { VetlensDB } from './db';
import { NOTES_MAX_CHARS, OUTREACH_STATUSES, cleanTag, type CreatorRecord, type OutreachStatus } from './records';
import { emptyUndo, type Undo } from './undo';

/**
 * The marketer's own fields of creator records (outreach status, tags, notes), changed for one
 * creator or many at once. Every change returns an `Undo` that puts back exactly what it changed.
 */

async function updateCreators(db: VetlensDB, keys: readonly string[], change: (c: CreatorRecord) => CreatorRecord | null): Promise<Undo> {
  return db.transaction('rw', db.creators, async () => {
    const records = (await db.creators.bulkGet([...keys])).filter((c): c is CreatorRecord => !!c);
    const before: CreatorRecord[] = [];
    const after: CreatorRecord[] = [];
    for (const record of records) {
      const next = change(record);
      if (next) {
        before.push(record);
        after.push(next);
      }
    }
    await db.creators.bulkPut(after);
    return { ...emptyUndo(), creators: before, count: after.length };
  });
}

export function setStatus(db: VetlensDB, keys: readonly string[], status: OutreachStatus): Promise<Undo> {
  if (!OUTREACH_STATUSES.includes(status)) throw new Error(`unknown status "${status}"`);
  return updateCreators(db, keys, (c) => (c.status === status ? null : { ...c, status }));
}

/** Adds a tag, cleaned by the tag rule (lib/storage/records.ts), to creators that lack it. */
export function addTag(db: VetlensDB, keys: readonly string[], tag: string): Promise<Undo> {
  const clean = cleanTag(tag);
  if (!clean) throw new Error('a tag cannot be empty');
  return updateCreators(db, keys, (c) => (c.tags.includes(clean) ? null : { ...c, tags: [...c.tags, clean] }));
}

export function removeTag(db: VetlensDB, keys: readonly string[], tag: string): Promise<Undo> {
  return updateCreators(db, keys, (c) => (c.tags.includes(tag) ? { ...c, tags: c.tags.filter((t) => t !== tag) } : null));
}

export function setNotes(db: VetlensDB, key: string, notes: string): Promise<Undo> {
  const clean = notes.slice(0, NOTES_MAX_CHARS);
  return updateCreators(db, [key], (c) => (c.notes === clean ? null : { ...c, notes: clean }));
}

/** Every tag in use, in alphabetical order. */
export async function allTags(db: VetlensDB): Promise<string[]> {
  return (await db.creators.orderBy('tags').uniqueKeys()).map(String).sort((a, b) => a.localeCompare(b));
}
