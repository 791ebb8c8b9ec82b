import { cleanVerdictNote } from '../verdicts';
import type { VetlensDB } from './db';
import type { StoredVerdict } from './records';

/**
 * The marketer's verdicts on flags (lib/verdicts). Marking a flag explained returns what was there
 * before, so the side panel's undo puts it back exactly; undoing a verdict deletes it and the flag
 * counts again.
 */

/** Marks a flag explained with a note; returns the verdict it replaced, or null. An empty note is refused. */
export async function explainFlag(db: VetlensDB, creatorKey: string, flag: string, note: string, now: Date): Promise<StoredVerdict | null> {
  const clean = cleanVerdictNote(note);
  if (!clean) throw new Error('an explanation needs a note');
  return db.transaction('rw', db.verdicts, async () => {
    const before = (await db.verdicts.get([creatorKey, flag])) ?? null;
    await db.verdicts.put({ creatorKey, flag, note: clean, explainedAt: now.toISOString() });
    return before;
  });
}

/** Takes a verdict back: the flag counts again. Returns the verdict removed, for undo. */
export async function unexplainFlag(db: VetlensDB, creatorKey: string, flag: string): Promise<StoredVerdict | null> {
  return db.transaction('rw', db.verdicts, async () => {
    const before = (await db.verdicts.get([creatorKey, flag])) ?? null;
    if (before) await db.verdicts.delete([creatorKey, flag]);
    return before;
  });
}

/** Puts back what `explainFlag` or `unexplainFlag` changed. */
export async function restoreVerdict(db: VetlensDB, creatorKey: string, flag: string, before: StoredVerdict | null): Promise<void> {
  if (before) await db.verdicts.put(before);
  else await db.verdicts.delete([creatorKey, flag]);
}

export function creatorVerdicts(db: VetlensDB, creatorKey: string): Promise<StoredVerdict[]> {
  return db.verdicts.where('creatorKey').equals(creatorKey).toArray();
}

/** Every verdict, by creator: for lists and exports. */
export async function verdictsByCreator(db: VetlensDB): Promise<Map<string, StoredVerdict[]>> {
  const byCreator = new Map<string, StoredVerdict[]>();
  for (const verdict of await db.verdicts.toArray()) byCreator.set(verdict.creatorKey, [...(byCreator.get(verdict.creatorKey) ?? []), verdict]);
  return byCreator;
}
