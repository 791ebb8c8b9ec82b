// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../../components/sidepanel/App';
import { DEFAULT_SHORTLIST_ID } from '../../../../lib/storage/records';
import { nodeI18n } from '../../../../lib/i18n/node';
import { setShortlisted } from '../../../../lib/storage/shortlists';
import { freshDb, post, snapshot, store } from '../../campaign/fixtures';
import { withSidePanelSize } from '../../helpers/panel-size';

let root: HTMLElement | null = null;
withSidePanelSize();
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount() {
  const db = await freshDb();
  for (const [i, handle] of ['ana', 'bob', '<img src=x onerror=alert(1)>'].entries()) {
    const key = await store(db, snapshot({ platform: 'tiktok', handle, posts: [post('1', { views: 1000, likes: 60, comments: 2 })] }));
    await setShortlisted(db, key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 1 + i)));
  }
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} />, root!));
  return { db, root };
}

const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-testid="shortlist-row"]')];

describe('side panel', () => {
  it('lists the shortlist, renders page text as text, and undoes a bulk removal', async () => {
    const { db, root } = await mount();
    await vi.waitFor(() => expect(rows(root)).toHaveLength(3));
    expect(root.querySelector('select[data-testid="shortlist-select"] option')!.textContent).toContain('My shortlist');
    // The odd handle is shown literally, never parsed as HTML.
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('@<img src=x onerror=alert(1)>');

    const boxes = rows(root).map((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await act(() => boxes[0]!.click());
    await act(() => boxes[1]!.click());
    const removeButton = await vi.waitFor(() => root.querySelector<HTMLButtonElement>('[data-testid="bulk-remove"]')!);
    await act(() => removeButton.click());
    await vi.waitFor(() => expect(rows(root)).toHaveLength(1));
    expect(await db.shortlistEntries.count()).toBe(1);

    const undo = await vi.waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid="toast-undo"]')!);
    await act(() => undo.click());
    await vi.waitFor(() => expect(rows(root)).toHaveLength(3));
    expect(await db.shortlistEntries.count()).toBe(3);
  });

  it('keeps only a window of rows in the DOM for thousands of creators', async () => {
    const { db, root } = await mount();
    const base = (await db.creators.toArray())[0]!;
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...base, key: `tiktok:bulk${i}`, handle: `bulk${i}`, followers: i }));
    await db.transaction('rw', db.creators, db.shortlistEntries, async () => {
      await db.creators.bulkPut(many);
      await db.shortlistEntries.bulkPut(
        many.map((c, i) => ({ listId: DEFAULT_SHORTLIST_ID, creatorKey: c.key, addedAt: new Date(Date.UTC(2027, 0, 1, 0, 0, i)).toISOString() })),
      );
    });
    await vi.waitFor(() => expect(root.querySelector('select[data-testid="shortlist-select"] option')!.textContent).toContain('3,003'));
    await vi.waitFor(() => expect(rows(root)[0]!.textContent).toContain('@bulk2999'));
    expect(rows(root).length).toBeGreaterThan(5);
    expect(rows(root).length).toBeLessThan(40);
  });

  it('moves between rows with the arrow keys and selects with x, without stealing focus from the search box', async () => {
    const { root } = await mount();
    await vi.waitFor(() => expect(rows(root)).toHaveLength(3));
    const list = root.querySelector<HTMLElement>('.vl-scroll')!;
    const key = (k: string) => act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    await key('ArrowDown');
    await vi.waitFor(() => expect(document.activeElement?.closest('[data-row-index]')?.getAttribute('data-row-index')).toBe('0'));
    await key('ArrowDown');
    await vi.waitFor(() => expect(document.activeElement?.closest('[data-row-index]')?.getAttribute('data-row-index')).toBe('1'));
    await key('x');
    await vi.waitFor(() => expect(rows(root)[1]!.querySelector<HTMLInputElement>('input')!.checked).toBe(true));

    const search = root.querySelector<HTMLInputElement>('[data-testid="shortlist-search"]')!;
    search.focus();
    search.value = 'o'; // bob and the <img> handle: row 1 still exists after filtering
    await act(() => void search.dispatchEvent(new Event('input', { bubbles: true })));
    await vi.waitFor(() => expect(rows(root)).toHaveLength(2));
    await new Promise((r) => requestAnimationFrame(r));
    expect(document.activeElement).toBe(search);
  });

  it('creates a campaign draft from the current shortlist', async () => {
    const { db, root } = await mount();
    await vi.waitFor(() => expect(rows(root)).toHaveLength(3));
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="new-campaign"]')!.click());
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="campaign-creator"]')).toHaveLength(3), { timeout: 8000 });
    const stored = await db.campaigns.toArray();
    expect(stored).toHaveLength(1);
    expect((stored[0]!.campaign as { sourceListId: string }).sourceListId).toBe(DEFAULT_SHORTLIST_ID);
    expect(root.querySelector('[data-testid="campaign-landing-url"]')).not.toBeNull();
  });

  it('opens on the tab the address or the card asks for: waiting when it opens, or while open', async () => {
    const db = await freshDb();
    root = document.createElement('div');
    document.body.append(root);
    const selected = () => root!.querySelector('[aria-selected="true"]')?.getAttribute('data-testid');
    await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} initialTab="briefs" />, root!));
    expect(selected()).toBe('tab-briefs');
    render(null, root);

    let listener: ((view: 'briefs') => void) | null = null;
    const requests = { take: vi.fn(() => Promise.resolve(null)), listen: (on: (view: 'briefs') => void) => ((listener = on), () => (listener = null)) };
    await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} initialTab="nonsense" requests={requests} />, root!));
    expect(selected()).toBe('tab-shortlists');
    expect(requests.take).toHaveBeenCalledOnce();
    await act(() => listener!('briefs'));
    expect(selected()).toBe('tab-briefs');
    await act(() => render(null, root!));
    expect(listener).toBeNull();

    const waiting = { take: () => Promise.resolve('briefs' as const), listen: () => () => undefined };
    await act(() => render(<SidePanelApp db={db} i18n={nodeI18n('en')} requests={waiting} />, root!));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(selected()).toBe('tab-briefs');
  });
});
