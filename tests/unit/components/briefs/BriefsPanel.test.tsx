// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { BriefsPanel } from '../../../../components/briefs/BriefsPanel';
import { openVetlensDB, type VetlensDB } from '../../../../lib/storage/db';
import { nodeI18n } from '../../../../lib/i18n/node';

const i18n = nodeI18n('en');
let n = 0;
let db: VetlensDB;
let root: HTMLElement;

async function mount(): Promise<void> {
  db = openVetlensDB(`panel-test-${++n}`);
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<BriefsPanel db={db} i18n={i18n} />, root);
  });
  await settle();
}

/** Lets Dexie's transactions and Preact's re-render finish (a few event-loop turns, nothing timed). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++)
    await act(async () => {
      await new Promise<void>((r) => setTimeout(r, 0));
    });
}

/** Waits for the panel to reach a state, failing with the last error if it never does. */
async function until(check: () => void | Promise<void>): Promise<void> {
  let last: unknown;
  for (let i = 0; i < 50; i++) {
    try {
      await check();
      return;
    } catch (error) {
      last = error;
      await settle();
    }
  }
  throw last;
}

const $ = <T extends Element = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;

async function type(id: string, value: string): Promise<void> {
  const el = $<HTMLInputElement>(id);
  el.value = value;
  await act(async () => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

describe('BriefsPanel', () => {
  it('creates a brief from labelled inputs, with an IAB category picked by search', async () => {
    await mount();
    expect(root.querySelector('label[for="brief-name"]')?.textContent).toBe('Name');
    await type('brief-name', 'Glow serum');
    await type('brief-keywords', 'skincare, serum');
    await type('brief-category-search', 'skin care');
    const add = [...$('brief-category-results').querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Add Skin Care')!;
    await click(add);
    await click($('brief-save'));
    const rows = await db.briefs.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.brief).toMatchObject({ name: 'Glow serum', keywords: ['skincare', 'serum'], categories: ['Skin Care'] });
    // The first brief saved is the one in use.
    expect($('brief-status').textContent).toContain('Brief "Glow serum" saved and now in use');
    expect((await db.settings.get('activeBriefId'))?.value).toBe(rows[0]!.id);
    await until(() => expect($<HTMLSelectElement>('brief-active').value).toBe(rows[0]!.id));
    // A second brief does not take over.
    await click($('brief-new'));
    await type('brief-name', 'Second');
    await click($('brief-save'));
    expect($('brief-status').textContent).toBe('Brief "Second" saved.');
    expect((await db.settings.get('activeBriefId'))?.value).toBe(rows[0]!.id);
  });

  it('shows a clear error and stores nothing for a bad language code', async () => {
    await mount();
    await type('brief-name', 'Bad');
    await type('brief-languages', 'english');
    await click($('brief-save'));
    expect($('brief-status').textContent).toBe('"english" is not a two-letter ISO 639-1 language code.');
    expect(await db.briefs.count()).toBe(0);
  });

  it('sets the active brief, deletes it and undoes the delete', async () => {
    await mount();
    await type('brief-name', 'Winter');
    await click($('brief-save'));
    const id = (await db.briefs.toArray())[0]!.id;
    await until(() => expect($('brief-active').querySelectorAll('option')).toHaveLength(2));
    const select = $<HTMLSelectElement>('brief-active');
    select.value = id;
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await db.settings.get('activeBriefId'))?.value).toBe(id);
    await click($('brief-delete'));
    expect(await db.briefs.count()).toBe(0);
    expect(await db.settings.get('activeBriefId')).toBeUndefined();
    await click($('brief-undo'));
    expect(await db.briefs.count()).toBe(1);
    expect((await db.settings.get('activeBriefId'))?.value).toBe(id);
  });

  it('exports the brief being edited as a JSON download', async () => {
    await mount();
    await type('brief-name', 'Export me');
    await click($('brief-save'));
    await until(() => expect($<HTMLButtonElement>('brief-export').disabled).toBe(false));
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await click($('brief-export'));
    expect(anchorClick).toHaveBeenCalledOnce();
    expect(JSON.parse(await created[0]!.text())).toMatchObject({ name: 'Export me' });
    createObjectURL.mockRestore();
    anchorClick.mockRestore();
  });

  it('saves weights and refuses all-zero weights', async () => {
    await mount();
    expect($<HTMLInputElement>('weight-engagement').value).toBe('40');
    await type('weight-engagement', '0');
    await type('weight-authenticity', '0');
    await type('weight-brandFit', '0');
    await click($('weights-save'));
    expect($('brief-status').textContent).toContain('at least one above zero');
    expect(await db.settings.get('weights')).toBeUndefined();
    await type('weight-brandFit', '1');
    await click($('weights-save'));
    expect((await db.settings.get('weights'))?.value).toEqual({ engagement: 0, authenticity: 0, brandFit: 1 });
  });
});
