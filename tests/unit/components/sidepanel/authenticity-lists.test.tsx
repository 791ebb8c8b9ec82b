// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { ShortlistRow } from '../../../../components/sidepanel/shortlist/ShortlistRow';
import { DEFAULT_SHORTLIST_ID, type CreatorRecord } from '../../../../lib/storage/records';
import type { VetlensDB } from '../../../../lib/storage/db';
import { nodeI18n } from '../../../../lib/i18n/node';
import { setShortlisted } from '../../../../lib/storage/shortlists';
import { freshDb, post, snapshot, store } from '../../campaign/fixtures';

const i18n = nodeI18n('en');
let root: HTMLElement;
let db: VetlensDB;
beforeEach(async () => {
  db = await freshDb();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** A TikTok grid with views only: 2 of the 7 authenticity checks can run, so the score stands at low confidence. */
async function viewsOnlyCreator(): Promise<CreatorRecord> {
  const posts = Array.from({ length: 12 }, (_, i) => post(String(i), { views: 50_000 }, `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`));
  const key = await store(db, snapshot({ platform: 'tiktok', handle: 'lena.travels', posts }));
  return (await db.creators.get(key))!;
}

const confident = (record: CreatorRecord, over: Partial<CreatorRecord['scores']>): CreatorRecord => ({
  ...record,
  key: `${record.key}-b`,
  handle: 'b',
  scores: { ...record.scores, ...over },
});

describe('authenticity confidence in the lists', () => {
  it('is stored with the score summary: how sure, and how many checks ran', async () => {
    const record = await viewsOnlyCreator();
    expect(record.scores.authenticity).not.toBeNull();
    expect(record.scores.authenticityConfidence).toBe('low');
    expect(record.scores.authenticityChecks).toEqual({ ran: 2, of: 7 });
  });

  it('the side panel row says "N of 7 checks" beside a low-confidence score, and nothing beside a confident one', async () => {
    const record = await viewsOnlyCreator();
    const row = (creator: CreatorRecord) => (
      <ShortlistRow
        row={{ creator, addedAt: null }}
        index={0}
        selected={false}
        i18n={i18n}
        onToggle={() => undefined}
        onOpen={() => undefined}
        onFocus={() => undefined}
      />
    );
    await act(() => render(row(record), root));
    const auth = () => root.querySelector<HTMLElement>('[data-confidence]')!;
    expect(auth().textContent).toBe(`✓ ${record.scores.authenticity} (2 of 7 checks)`);
    expect(auth().title).toBe('Authenticity · low confidence · 2 of 7 checks');

    await act(() => render(row(confident(record, { authenticityConfidence: 'high', authenticityChecks: { ran: 7, of: 7 } })), root));
    expect(auth().textContent).toBe(`✓ ${record.scores.authenticity}`);
    expect(auth().title).toBe('Authenticity');

    // A record stored before confidence was kept: the number alone, as before.
    await act(() => render(row({ ...record, scores: { ...record.scores, authenticityConfidence: undefined, authenticityChecks: undefined } }), root));
    expect(root.textContent).not.toContain('checks');
  });

  it('the popup row adds the caveat line only for a low-confidence score', async () => {
    const record = await viewsOnlyCreator();
    await setShortlisted(db, record.key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 1)));
    const other = confident(record, { authenticityConfidence: 'medium', authenticityChecks: { ran: 5, of: 7 } });
    await db.creators.put(other);
    await setShortlisted(db, other.key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 2)));

    await act(() => render(<Popup db={db} i18n={i18n} />, root));
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="shortlist-row"]')).toHaveLength(2));
    const caveat = (key: string) => root.querySelector(`[data-creator="${key}"] [data-testid="row-authenticity-caveat"]`);
    expect(caveat(record.key)!.textContent).toBe('Authenticity: low confidence · 2 of 7 checks');
    expect(caveat(other.key)).toBeNull();
  });
});
