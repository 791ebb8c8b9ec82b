// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { DBCore, DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../../../components/sidepanel/App';
import { startFirstReads } from '../../../../../components/sidepanel/shortlist/firstReads';
import { DEFAULT_SHORTLIST_ID } from '../../../../../lib/storage/records';
import { nodeI18n } from '../../../../../lib/i18n/node';
import { setShortlisted } from '../../../../../lib/storage/shortlists';
import type { VetlensDB } from '../../../../../lib/storage/db';
import { freshDb, post, snapshot, store } from '../../../campaign/fixtures';
import { withSidePanelSize } from '../../../helpers/panel-size';

/**
 * The side panel's first script starts the shortlists tab's first reads while the interface loads
 * (entrypoints/sidepanel/main.tsx); the tab takes them over when it is drawn. Every row still comes
 * from the store, read at this open and again on every change.
 */

let root: HTMLElement | null = null;
withSidePanelSize();
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const handles = () => [...document.querySelectorAll<HTMLElement>('[data-testid="shortlist-row"] .handle')].map((h) => h.textContent);

/** The indexes of the reads of shortlist entries made from here on ('' for the table's own key). */
async function recordEntryReads(db: VetlensDB): Promise<string[]> {
  const reads: string[] = [];
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'record-entry-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'shortlistEntries') return table;
        return { ...table, query: (req) => (reads.push(req.query.index.name ?? ''), table.query(req)) };
      },
    }),
  });
  await db.open();
  return reads;
}

async function listOfThree(): Promise<VetlensDB> {
  const db = await freshDb();
  for (const [i, handle] of ['ana', 'bob', 'cem'].entries()) {
    const key = await store(db, snapshot({ platform: 'tiktok', handle, posts: [post('1', { views: 1000, likes: 60, comments: 2 })] }));
    await setShortlisted(db, key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 1 + i)));
  }
  return db;
}

async function mount(db: VetlensDB, firstReads = startFirstReads(db)) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} firstReads={firstReads} />, root!));
}

describe('the side panel’s first reads', () => {
  it('draws the rows read before the tab existed, without reading them again', async () => {
    const db = await listOfThree();
    const reads = await recordEntryReads(db);
    const firstReads = startFirstReads(db);
    await vi.waitFor(() => expect(reads).toEqual(['[listId+addedAt]']));
    await mount(db, firstReads);
    // Newest first, in the tab's first drawing.
    expect(handles()).toEqual(['@cem', '@bob', '@ana']);
    await vi.waitFor(() => expect(document.querySelector('select[data-testid="shortlist-select"] option')!.textContent).toBe('My shortlist (3)'));
    // The whole list then through the table's own key; the newest rows were read once.
    expect(reads.filter((index) => index === '[listId+addedAt]')).toHaveLength(1);
  });

  it('keeps the rows live: a creator taken off the list after the first read goes from the tab', async () => {
    const db = await listOfThree();
    const reads = await recordEntryReads(db);
    const firstReads = startFirstReads(db);
    await vi.waitFor(() => expect(reads).toEqual(['[listId+addedAt]']));
    await setShortlisted(db, 'tiktok:bob', false);
    await mount(db, firstReads);
    await vi.waitFor(() => expect(handles()).toEqual(['@cem', '@ana']));
    await act(async () => void (await setShortlisted(db, 'tiktok:ana', false)));
    await vi.waitFor(() => expect(handles()).toEqual(['@cem']));
  });

  it('are taken over once: a tab drawn again reads the store itself', async () => {
    const db = await listOfThree();
    const firstReads = startFirstReads(db);
    await mount(db, firstReads);
    await vi.waitFor(() => expect(handles()).toEqual(['@cem', '@bob', '@ana']));
    await act(() => render(null, root!));
    const reads = await recordEntryReads(db);
    await setShortlisted(db, 'tiktok:ana', false);
    await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} firstReads={firstReads} />, root!));
    await vi.waitFor(() => expect(handles()).toEqual(['@cem', '@bob']));
    expect(reads[0]).toBe('[listId+addedAt]');
  });
});
