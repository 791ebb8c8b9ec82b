// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignEditor } from '../../../../components/sidepanel/campaign/CampaignEditor';
import { Toast, type ToastState } from '../../../../components/sidepanel/Toast';
import { saveImport } from '../../../../lib/storage/results';
import { saveCampaign } from '../../../../lib/storage/campaigns';
import { nodeI18n } from '../../../../lib/i18n/node';
import { scoreSnapshot } from '../../../../lib/scoring';
import { recordSnapshot } from '../../../../lib/storage/visits';
import { freshDb } from '../fixtures';
import { importOf, post, resultsFile, springCampaign, visit } from './fixtures';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount(kpis = springCampaign().kpis) {
  const db = await freshDb();
  const campaign = await saveCampaign(db, springCampaign({ kpis }));
  const snap = visit('vetlens_alpha', '2026-03-09T10:00:00.000Z', [post('a1', { caption: 'code alpha10!', views: 8000 })]);
  await recordSnapshot(db, snap, scoreSnapshot(snap, {}));
  root = document.createElement('div');
  document.body.append(root);
  let toast: ToastState | null = null;
  const toastRoot = document.createElement('div');
  document.body.append(toastRoot);
  const showToast = (t: Omit<ToastState, 'id'>) => {
    toast = { ...t, id: Math.random() };
    render(<Toast toast={toast} i18n={nodeI18n('en')} onClose={() => render(null, toastRoot)} />, toastRoot);
  };
  await act(() => render(<CampaignEditor db={db} i18n={nodeI18n('en')} campaignId={campaign.id} onClose={() => undefined} showToast={showToast} />, root!));
  await vi.waitFor(() => expect(root!.querySelector('[data-testid="campaign-view-results"]')).not.toBeNull());
  return { db, campaign, root };
}

const byTestId = (el: ParentNode, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
/** Waits until the element is there. */
const found = <T,>(get: () => T | null) =>
  vi.waitFor(() => {
    const el = get();
    if (!el) throw new Error('not yet');
    return el;
  });

describe('campaign results view', () => {
  it('says in the editor when no KPI target can be checked, and stops saying it once one can', async () => {
    const { root } = await mount([]);
    expect(byTestId(root, 'kpi-none')?.textContent).toContain('no KPI target that can be checked');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="campaign-kpis"] > button')!.click());
    expect(byTestId(root, 'kpi-problem')?.textContent).toContain("previous period's number");
    const baseline = byTestId(root, 'kpi-baseline') as HTMLInputElement;
    await act(() => {
      baseline.value = '500';
      baseline.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byTestId(root, 'kpi-none')).toBeNull();
    expect(byTestId(root, 'kpi-needed')?.textContent).toContain('100');
  });

  it('shows each creator with the recognised post, imported orders, cost per order and ROAS, and imports a file with undo', async () => {
    const { db, campaign, root } = await mount();
    await saveImport(db, importOf('ga4-traffic-acquisition.csv', campaign, undefined, 'ga4'));
    await act(() => byTestId(root, 'campaign-view-results')!.click());
    const row = (handle: string) => root.querySelector<HTMLElement>(`[data-testid="campaign-results-row"][data-handle="${handle}"]`);
    await vi.waitFor(() => expect(row('vetlens_alpha')).not.toBeNull());
    expect(byTestId(row('vetlens_alpha')!, 'results-posts')!.textContent).toContain('1 seen of 4 agreed');
    expect(byTestId(row('vetlens_alpha')!, 'results-orders')!.textContent).toContain('—');
    expect(byTestId(row('vetlens_alpha')!, 'results-cost-per-order')!.textContent).toContain('no orders imported');

    // Import the shop's report through the file input; Shopify's columns are shown once to confirm.
    const input = byTestId(root, 'campaign-results-import') as HTMLInputElement;
    const file = new File([resultsFile('shopify-sales-by-discount.csv')], 'shopify-sales-by-discount.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    const confirm = await found(() => byTestId(root, 'results-mapping-confirm'));
    expect(byTestId(root, 'results-mapping-preview')!.textContent).toContain('2 match a creator');
    await act(() => confirm.click());
    await vi.waitFor(() => expect(byTestId(row('vetlens_alpha')!, 'results-orders')!.textContent).toBe('12'));
    expect(byTestId(row('vetlens_alpha')!, 'results-revenue')!.textContent).toContain('$540.00');
    expect(byTestId(row('vetlens_alpha')!, 'results-cost-per-order')!.textContent).toContain('$50.00');
    expect(byTestId(row('vetlens_alpha')!, 'results-roas')!.textContent).toContain('0.9×');
    expect(byTestId(row('vetlens_beta')!, 'results-roas')!.textContent).toContain('10×');
    // Unknown codes and links are listed per file: GA4's unknown utm_content, Shopify's unknown code.
    const unknown = [...root.querySelectorAll('[data-testid="results-unknown"]')].map((el) => el.textContent);
    expect(unknown).toEqual([expect.stringContaining('old_handle'), expect.stringContaining('SPRING5')]);
    expect(byTestId(root, 'results-chart')).not.toBeNull();

    // Undo takes the import back.
    const undo = await found(() => document.querySelector<HTMLButtonElement>('[data-testid="toast-undo"]'));
    await act(() => undo.click());
    await vi.waitFor(() => expect(byTestId(row('vetlens_alpha')!, 'results-orders')!.textContent).toContain('—'));
    expect(await db.resultImports.count()).toBe(1);
  });
});
