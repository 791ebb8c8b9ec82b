import { DEFAULT_SHORTLIST_ID, OUTREACH_STATUSES, type CreatorRecord, type OutreachStatus, type Shortlist, type ShortlistEntry, type VetlensDB } from './db';
import type { Platform } from '../snapshot';

/**
 * The side panel's workspace: shortlists, the filtered and sorted list of creators, and bulk edits.
 * Every change returns an `Undo` that puts back exactly what it changed.
 */

/** Follower tiers as the industry names them (nano < 10k ≤ micro < 100k ≤ mid < 500k ≤ macro < 1M ≤ mega). */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega', 'unknown'] as const;
export type Tier = (typeof TIERS)[number];

export function tierOf(followers: number | null): Tier {
  if (followers === null) return 'unknown';
  if (followers < 10_000) return 'nano';
  if (followers < 100_000) return 'micro';
  if (followers < 500_000) return 'mid';
  if (followers < 1_000_000) return 'macro';
  return 'mega';
}

export const SORT_FIELDS = ['added', 'overall', 'engagement', 'authenticity', 'brandFit', 'followers', 'name', 'lastSeen'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface WorkspaceQuery {
  /** A shortlist id, or null for every stored creator. */
  listId: string | null;
  search: string;
  platform: Platform | null;
  tier: Tier | null;
  tag: string | null;
  status: OutreachStatus | null;
  sort: SortField;
  direction: 'asc' | 'desc';
}

export const DEFAULT_QUERY: WorkspaceQuery = { listId: DEFAULT_SHORTLIST_ID, search: '', platform: null, tier: null, tag: null, status: null, sort: 'added', direction: 'desc' };

export interface WorkspaceRow {
  creator: CreatorRecord;
  /** When it was added to the list; null when browsing all creators. */
  addedAt: string | null;
}

function sortValue(row: WorkspaceRow, field: SortField): number | string | null {
  const c = row.creator;
  switch (field) {
    case 'added':
      return row.addedAt ?? c.firstSeenAt;
    case 'overall':
      return c.scores.overall;
    case 'engagement':
      return c.scores.engagement;
    case 'authenticity':
      return c.scores.authenticity;
    case 'brandFit':
      return c.scores.brandFit;
    case 'followers':
      return c.followers;
    case 'name':
      return (c.handle ?? c.displayName ?? c.key).toLowerCase();
    case 'lastSeen':
      return c.lastSeenAt;
  }
}

const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const comparePlain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a creator has an engagement number (likes-based), not only reach or authenticity. */
function hasEngagement(c: CreatorRecord): boolean {
  return c.scores.engagement !== null || c.scores.engagementRate !== null;
}

/**
 * Filters and sorts in memory (pure). Missing values sort last in either direction. By overall, a
 * creator without any engagement number (an overall from reach or authenticity alone) sorts after
 * every creator with one.
 */
export function filterAndSort(rows: readonly WorkspaceRow[], q: WorkspaceQuery): WorkspaceRow[] {
  const needle = q.search.trim().toLowerCase();
  const kept = rows.filter(({ creator: c }) => {
    if (q.platform && c.platform !== q.platform) return false;
    if (q.status && c.status !== q.status) return false;
    if (q.tag && !c.tags.includes(q.tag)) return false;
    if (q.tier && tierOf(c.followers) !== q.tier) return false;
    if (needle) {
      const haystack = [c.handle, c.displayName, c.notes, ...c.tags].filter(Boolean).join('\n').toLowerCase();
      if (!haystack.includes(needle)) return false;
    }
    return true;
  });
  const sign = q.direction === 'asc' ? 1 : -1;
  const keyed = kept.map((row) => ({ row, value: sortValue(row, q.sort) }));
  // Names sort by the language's rules; dates are ISO strings, which sort as plain text (and fast).
  const compareText = q.sort === 'name' ? NAME_ORDER.compare : comparePlain;
  const byEngagementFirst = q.sort === 'overall';
  keyed.sort((a, b) => {
    if (a.value === null && b.value === null) return comparePlain(a.row.creator.key, b.row.creator.key);
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    if (byEngagementFirst) {
      const engaged = Number(hasEngagement(b.row.creator)) - Number(hasEngagement(a.row.creator));
      if (engaged !== 0) return engaged;
    }
    const cmp = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : compareText(String(a.value), String(b.value));
    return cmp === 0 ? comparePlain(a.row.creator.key, b.row.creator.key) : sign * cmp;
  });
  return keyed.map((k) => k.row);
}

/**
 * Every row of a list (or every creator), through the `listId` index and one bulk read. The side
 * panel keeps these in memory and filters/sorts them per keystroke with `filterAndSort`.
 */
export async function loadWorkspaceRows(db: VetlensDB, listId: string | null): Promise<WorkspaceRow[]> {
  if (listId === null) return (await db.creators.toArray()).map((creator) => ({ creator, addedAt: null }));
  const entries = await db.shortlistEntries.where('listId').equals(listId).toArray();
  return joinCreators(db, entries);
}

/** One read for many creators: a single getAll beats thousands of gets once a list is large. */
async function joinCreators(db: VetlensDB, entries: ShortlistEntry[]): Promise<WorkspaceRow[]> {
  let creators: Array<CreatorRecord | undefined>;
  if (entries.length > 200) {
    const byKey = new Map((await db.creators.toArray()).map((c) => [c.key, c]));
    creators = entries.map((e) => byKey.get(e.creatorKey));
  } else {
    creators = await db.creators.bulkGet(entries.map((e) => e.creatorKey));
  }
  return entries.flatMap((e, i) => (creators[i] ? [{ creator: creators[i]!, addedAt: e.addedAt }] : []));
}

/**
 * The newest rows of a list, straight from the `[listId+addedAt]` index: what the side panel shows
 * at once, in its default order, while the whole list loads for searching and sorting.
 */
export async function loadNewestWorkspaceRows(db: VetlensDB, listId: string, limit: number): Promise<WorkspaceRow[]> {
  const entries = await db.shortlistEntries.where('[listId+addedAt]').between([listId, ''], [listId, '\uffff']).reverse().limit(limit).toArray();
  return joinCreators(db, entries);
}

/** Whether a query shows a list in its default order, unfiltered: the newest rows are then its top. */
export function showsNewestFirst(q: WorkspaceQuery): boolean {
  return q.listId !== null && q.sort === 'added' && q.direction === 'desc' && !q.search.trim() && !q.platform && !q.tier && !q.tag && !q.status;
}

/** Loads the rows through the indexes that narrow them most, then filters and sorts. */
export async function queryWorkspace(db: VetlensDB, q: WorkspaceQuery): Promise<WorkspaceRow[]> {
  let rows: WorkspaceRow[];
  if (q.listId !== null) {
    rows = await loadWorkspaceRows(db, q.listId);
  } else {
    const collection = q.tag ? db.creators.where('tags').equals(q.tag) : q.platform ? db.creators.where('platform').equals(q.platform) : q.status ? db.creators.where('status').equals(q.status) : db.creators.toCollection();
    rows = (await collection.toArray()).map((creator) => ({ creator, addedAt: null }));
  }
  return filterAndSort(rows, q);
}

export async function allTags(db: VetlensDB): Promise<string[]> {
  return (await db.creators.orderBy('tags').uniqueKeys()).map(String).sort((a, b) => a.localeCompare(b));
}

// ---------- Undo ----------

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

function emptyUndo(): Undo {
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

// ---------- Shortlists ----------

export interface ShortlistSummary extends Shortlist {
  count: number;
}

export async function listShortlists(db: VetlensDB): Promise<ShortlistSummary[]> {
  const lists = await db.shortlists.toArray();
  const counts = await Promise.all(lists.map((l) => db.shortlistEntries.where('listId').equals(l.id).count()));
  const summaries = lists.map((l, i) => ({ ...l, count: counts[i]! }));
  // The default list first, then the others by creation.
  return summaries.sort((a, b) => (a.id === DEFAULT_SHORTLIST_ID ? -1 : b.id === DEFAULT_SHORTLIST_ID ? 1 : a.createdAt.localeCompare(b.createdAt)));
}

export function cleanName(name: string, max = 100): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, max);
}

export async function createShortlist(db: VetlensDB, name: string, now = new Date(), random: () => number = Math.random): Promise<Shortlist> {
  const clean = cleanName(name);
  if (!clean) throw new Error('a list needs a name');
  const list: Shortlist = { id: `list-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`, name: clean, createdAt: now.toISOString() };
  await db.shortlists.add(list);
  return list;
}

export async function renameShortlist(db: VetlensDB, id: string, name: string): Promise<void> {
  const clean = cleanName(name);
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

// ---------- Bulk actions ----------

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

export function cleanTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, 50);
}

export function addTag(db: VetlensDB, keys: readonly string[], tag: string): Promise<Undo> {
  const clean = cleanTag(tag);
  if (!clean) throw new Error('a tag cannot be empty');
  return updateCreators(db, keys, (c) => (c.tags.includes(clean) ? null : { ...c, tags: [...c.tags, clean] }));
}

export function removeTag(db: VetlensDB, keys: readonly string[], tag: string): Promise<Undo> {
  return updateCreators(db, keys, (c) => (c.tags.includes(tag) ? { ...c, tags: c.tags.filter((t) => t !== tag) } : null));
}

export function setNotes(db: VetlensDB, key: string, notes: string): Promise<Undo> {
  const clean = notes.slice(0, 20000);
  return updateCreators(db, [key], (c) => (c.notes === clean ? null : { ...c, notes: clean }));
}
