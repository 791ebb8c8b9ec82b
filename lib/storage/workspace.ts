import { foldForMatch } from '../i18n/fold';
import type { VetlensDB } from './db';
import { entriesOfList } from './shortlists';
import { DEFAULT_SHORTLIST_ID, type CreatorRecord, type OutreachStatus, type ShortlistEntry } from './records';
import type { Platform } from '../snapshot';
import { confidenceRank } from '../scoring/types';

/**
 * The rows of stored creators a list shows: the side panel's workspace (a list or every creator,
 * searched, filtered and sorted) and the popup's newest shortlisted creators.
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
type SortField = (typeof SORT_FIELDS)[number];

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

export const DEFAULT_QUERY: WorkspaceQuery = {
  listId: DEFAULT_SHORTLIST_ID,
  search: '',
  platform: null,
  tier: null,
  tag: null,
  status: null,
  sort: 'added',
  direction: 'desc',
};

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

/** How sure the score a list sorts by is (0–3); 0 where unknown or not a score. */
function evidenceRank(c: CreatorRecord, sort: WorkspaceQuery['sort']): number {
  const confidence =
    sort === 'overall'
      ? c.scores.confidence?.overall
      : sort === 'engagement'
        ? c.scores.confidence?.engagement
        : sort === 'authenticity'
          ? c.scores.authenticityConfidence
          : sort === 'brandFit'
            ? c.scores.confidence?.brandFit
            : null;
  return confidence ? confidenceRank(confidence) : 0;
}

/**
 * Filters and sorts in memory (pure). Missing values sort last in either direction. By overall, a
 * creator without any engagement number (an overall from reach or authenticity alone) sorts after
 * every creator with one.
 */
export function filterAndSort(rows: readonly WorkspaceRow[], q: WorkspaceQuery): WorkspaceRow[] {
  // Compared folded, so a name typed without its marks is found ("memmedova" finds "Məmmədova").
  const needle = foldForMatch(q.search.trim());
  const kept = rows.filter(({ creator: c }) => {
    if (q.platform && c.platform !== q.platform) return false;
    if (q.status && c.status !== q.status) return false;
    if (q.tag && !c.tags.includes(q.tag)) return false;
    if (q.tier && tierOf(c.followers) !== q.tier) return false;
    if (needle) {
      const haystack = foldForMatch([c.handle, c.displayName, c.notes, ...c.tags].filter(Boolean).join('\n'));
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
    if (cmp !== 0) return sign * cmp;
    // At equal scores, the better-evidenced creator first, whichever the direction.
    const evidence = evidenceRank(b.row.creator, q.sort) - evidenceRank(a.row.creator, q.sort);
    return evidence !== 0 ? evidence : comparePlain(a.row.creator.key, b.row.creator.key);
  });
  return keyed.map((k) => k.row);
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
    const collection = q.tag
      ? db.creators.where('tags').equals(q.tag)
      : q.platform
        ? db.creators.where('platform').equals(q.platform)
        : q.status
          ? db.creators.where('status').equals(q.status)
          : db.creators.toCollection();
    rows = (await collection.toArray()).map((creator) => ({ creator, addedAt: null }));
  }
  return filterAndSort(rows, q);
}
