// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../../components/sidepanel/App';
import { DEFAULT_SHORTLIST_ID } from '../../../../lib/storage/records';
import { nodeI18n } from '../../../../lib/i18n/node';
import { setShortlisted } from '../../../../lib/storage/shortlists';
import type { VetlensDB } from '../../../../lib/storage/db';
import { freshDb, post, snapshot, store } from '../../campaign/fixtures';
import { withSidePanelSize } from '../../helpers/panel-size';
import { watchTables } from '../../helpers/store-watch';

/**
 * What the side panel asks the store for before its first rows are on screen. The browser's
 * IndexedDB answers one request at a time, so anything asked before the rows' own reads holds them
 * back (issue 22 item 9: first rows within 150 ms for 10,000 creators).
 */

interface StoreRequest {
  table: string;
  kind: 'count' | 'query' | 'openCursor' | 'get' | 'getMany';
  /** The index read: '' for the table's own key. */
  index: string;
  /** Whether a row of the list was on screen when the request was made. */
  rowsShown: boolean;
}

let root: HTMLElement | null = null;
withSidePanelSize();
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="shortlist-row"]')];

/** Records every read the side panel makes, from here on (the store is reopened with the recorder in its stack). */
async function recordReads(db: VetlensDB): Promise<StoreRequest[]> {
  const requests: StoreRequest[] = [];
  const note = (table: string, kind: StoreRequest['kind'], index: string) => requests.push({ table, kind, index, rowsShown: rows().length > 0 });
  db.close();
  watchTables(db, 'record-reads', (name, table) => ({
    count: (req) => (note(name, 'count', req.query.index.name ?? ''), table.count(req)),
    query: (req) => (note(name, 'query', req.query.index.name ?? ''), table.query(req)),
    openCursor: (req) => (note(name, 'openCursor', req.query.index.name ?? ''), table.openCursor(req)),
    get: (req) => (note(name, 'get', ''), table.get(req)),
    getMany: (req) => (note(name, 'getMany', ''), table.getMany(req)),
  }));
  await db.open();
  return requests;
}

async function mountRecorded() {
  const db = await freshDb();
  for (const [i, handle] of ['ana', 'bob', 'cem'].entries()) {
    const key = await store(db, snapshot({ platform: 'tiktok', handle, posts: [post('1', { views: 1000, likes: 60, comments: 2 })] }));
    await setShortlisted(db, key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 1 + i)));
  }
  const requests = await recordReads(db);
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} />, root!));
  return { db, requests };
}

describe('side panel first rows', () => {
  it('counts the lists only once the first rows are on screen, naming them meanwhile', async () => {
    const { requests } = await mountRecorded();
    const select = () => document.querySelector('select[data-testid="shortlist-select"] option')!.textContent;
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    await vi.waitFor(() => expect(select()).toBe('My shortlist (3)'));
    const counts = requests.filter((r) => r.kind === 'count');
    expect(counts.map((r) => [r.table, r.rowsShown])).toEqual([['shortlistEntries', true]]);
    // Before the count, the same list named without one.
    expect(requests.filter((r) => !r.rowsShown && r.table === 'shortlists').map((r) => r.kind)).toEqual(['query']);
  });

  it('reads a list through the entries table’s own key or its newest-first index, never the listId index', async () => {
    const { requests } = await mountRecorded();
    const entryIndexes = () => [...new Set(requests.filter((r) => r.table === 'shortlistEntries').map((r) => r.index))].sort();
    // '' is the table's own key, [listId+creatorKey]: the first rows come from the newest-first index,
    // the whole list and its count from the key.
    await vi.waitFor(() => expect(entryIndexes()).toEqual(['', '[listId+addedAt]']));
    await vi.waitFor(() => expect(document.querySelector('select[data-testid="shortlist-select"] option')!.textContent).toBe('My shortlist (3)'));
    expect(entryIndexes()).toEqual(['', '[listId+addedAt]']);
  });
});
