import type { VetlensDB } from '../../../lib/storage/db';
import { DEFAULT_SHORTLIST_ID } from '../../../lib/shortlist';
import { listShortlistsUncounted, type ListedShortlist } from '../../../lib/storage/list-reads';
import { loadNewestWorkspaceRows, type WorkspaceRow } from '../../../lib/storage/workspace-reads';
import { startLiveQuery, type StartedQuery } from '../hooks/startedQuery';

/** Rows shown before the whole list has loaded: more than a tall panel holds. */
export const FIRST_ROWS = 60;

/** The reads the shortlists tab makes first, for the list it opens on (the default list). */
export interface FirstReads {
  listId: string;
  /** The lists, named but not yet counted. */
  lists: StartedQuery<ListedShortlist[]>;
  /** The list's newest rows. */
  newest: StartedQuery<WorkspaceRow[]>;
}

/**
 * Starts the shortlists tab's first reads at once, live like the tab's own: the side panel calls it
 * while its interface still loads, so the store opens and answers meanwhile. The tab takes them over
 * (useShortlistRows); every answer is read from the store, now and on every change.
 */
export function startFirstReads(db: VetlensDB): FirstReads {
  const listId = DEFAULT_SHORTLIST_ID;
  return {
    listId,
    lists: startLiveQuery(() => listShortlistsUncounted(db)),
    newest: startLiveQuery(() => loadNewestWorkspaceRows(db, listId, FIRST_ROWS)),
  };
}
