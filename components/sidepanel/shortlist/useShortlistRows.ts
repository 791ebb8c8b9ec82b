import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { VetlensDB } from '../../../lib/storage/db';
import { allTags } from '../../../lib/storage/creators';
import { filterAndSort, loadNewestWorkspaceRows, loadWorkspaceRows, showsNewestFirst, type WorkspaceQuery } from '../../../lib/storage/workspace';
import { listShortlists, listShortlistsUncounted, type ListedShortlist } from '../../../lib/storage/shortlists';
import { useLiveQuery } from '../hooks/useLiveQuery';

/** Rows shown before the whole list has loaded: more than a tall panel holds. */
const FIRST_ROWS = 60;

/**
 * The shortlists, and the rows of the chosen one filtered and sorted by `query`, kept live as the
 * store changes. A large list shows its newest rows at once, while the whole list loads for search
 * and sort; `rows` is undefined until there is something to show.
 */
export function useShortlistRows(db: VetlensDB, query: WorkspaceQuery) {
  // The lists' names at once, their counts after the first rows: counting scans every entry of a list, and the
  // store answers one request at a time, so a count first would hold the rows back.
  const uncounted = useLiveQuery(() => listShortlistsUncounted(db), []).value;
  const newest = useLiveQuery(
    () => (query.listId === null ? Promise.resolve(undefined) : loadNewestWorkspaceRows(db, query.listId, FIRST_ROWS)),
    [query.listId],
  );
  // The whole list starts loading once the newest rows are on screen: IndexedDB would otherwise
  // queue the small read behind the big one.
  const newestReady = query.listId === null || newest.value !== undefined;
  const loaded = useLiveQuery(() => (newestReady ? loadWorkspaceRows(db, query.listId) : Promise.resolve(undefined)), [query.listId, newestReady]);
  // After the first rows too: the lists' counts (a count of a list's entries by their own key) and the tag
  // filter's choices (a walk over the distinct tags).
  const counted = useLiveQuery(() => (newestReady ? listShortlists(db) : Promise.resolve(undefined)), [newestReady]).value;
  const lists: ListedShortlist[] = counted ?? uncounted ?? [];
  const tags = useLiveQuery(() => (newestReady ? allTags(db) : Promise.resolve([])), [newestReady]).value ?? [];
  const base = loaded.value;
  const rows = useMemo(() => (base ? filterAndSort(base, query) : showsNewestFirst(query) ? newest.value : undefined), [base, newest.value, query]);

  // A ready signal for measurements (npm run bench): the first time the list has rows on screen.
  const announced = useRef(false);
  useEffect(() => {
    if (!rows || announced.current) return;
    announced.current = true;
    performance.mark('vetlens:shortlist-rendered');
  }, [rows]);

  return { lists, tags, rows, complete: base !== undefined, loadError: loaded.error };
}
