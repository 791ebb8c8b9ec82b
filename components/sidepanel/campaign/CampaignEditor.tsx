import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Campaign } from '../../../lib/campaign/schema';
import { InvalidCampaignError, deleteCampaign, restoreCampaign } from '../../../lib/storage/campaigns';
import type { VetlensDB } from '../../../lib/storage/db';
import { buildCampaignExport } from '../../../lib/export/rows';
import type { I18n } from '../../../lib/i18n/translate';
import { storageReason } from '../../../lib/storage/errors';
import { useAutosave } from '../hooks/useAutosave';
import { DeliverySettings } from '../results/DeliverySettings';
import { KpiEditor } from '../results/KpiEditor';
import { ResultsView } from '../results/ResultsView';
import { ViewSwitch, type CampaignView } from '../results/ViewSwitch';
import type { ToastState } from '../Toast';
import { CampaignBasics } from './CampaignBasics';
import { CampaignContent } from './CampaignContent';
import { CampaignCreators } from './CampaignCreators';
import { CampaignExports } from './CampaignExports';
import { CampaignTotals } from './CampaignTotals';
import { CampaignTracking } from './CampaignTracking';
import { useStoredCampaign } from './useStoredCampaign';

/**
 * A link past the plan to the campaign's files, the first thing the editor focuses: from a shortlist,
 * "new campaign" then Enter here then Enter on CSV is the whole way to a spreadsheet by keyboard.
 */
function SkipToExports(props: { i18n: I18n; onSkip: () => void }) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => link.current?.focus(), []);
  return (
    <a
      ref={link}
      href="#campaign-exports"
      class="skip-link"
      data-testid="skip-to-exports"
      onClick={(event) => {
        event.preventDefault();
        props.onSkip();
        // The exports are on the plan view; after it renders, the CSV button takes the focus.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="campaign-export-csv"]')?.focus());
      }}
    >
      {props.i18n.t('campaign_skip_to_exports')}
    </a>
  );
}

/** One campaign: its plan (a fieldset per part), its results, and its exports. Every edit is saved as it is made. */
export function CampaignEditor(props: {
  db: VetlensDB;
  i18n: I18n;
  campaignId: string;
  onClose: () => void;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
  const { db, i18n, showToast } = props;
  const { t } = i18n;
  const { campaign, setCampaign, save, data, missing, loading } = useStoredCampaign(db, props.campaignId);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [view, setView] = useState<CampaignView>('plan');
  // A schema failure is the marketer's to fix; anything else (storage full, …) is reported as it is.
  const saveErrorText = (error: unknown) =>
    error instanceof InvalidCampaignError ? t('campaign_error_invalid') : t('campaign_error_save', storageReason(error, i18n));
  const autosave = useAutosave(save, {
    delayMs: 300,
    onSaved: () => setSaveError(null),
    onError: (error) => setSaveError(saveErrorText(error)),
  });
  const exportData = useMemo(() => (campaign && data ? buildCampaignExport(campaign, data) : null), [campaign, data]);

  if (missing)
    return (
      <section class="tab-body">
        <p class="error">{t('campaign_missing')}</p>
        <button type="button" onClick={props.onClose}>
          {t('sp_back')}
        </button>
      </section>
    );
  if (!campaign || !data || !exportData) {
    return (
      <section class="tab-body">
        <p class="muted">{t('sp_loading')}</p>
        {loading && loading.total > 0 && <progress max={loading.total} value={loading.done} aria-label={t('sp_loading')} />}
      </section>
    );
  }

  const c = campaign;
  const est = exportData.estimate;
  const change = (next: Campaign) => {
    setCampaign(next);
    autosave.schedule(next);
  };
  // Exports read what is stored: a pending edit is saved first, so the file matches the saved campaign.
  const stored = async (): Promise<Campaign | null> => {
    try {
      const saved = await autosave.flush();
      if (saved) setCampaign(saved);
      return saved ?? c;
    } catch (error) {
      setSaveError(saveErrorText(error));
      return null;
    }
  };
  const remove = async () => {
    autosave.cancel();
    const deleted = await deleteCampaign(db, c.id);
    props.onClose();
    if (deleted) showToast({ message: t('campaign_deleted', c.name), undo: () => restoreCampaign(db, deleted) });
  };

  return (
    <section class="tab-body campaign-editor" data-testid="campaign-editor">
      <SkipToExports i18n={i18n} onSkip={() => setView('plan')} />
      <header class="detail-head">
        <button type="button" class="ghost" onClick={props.onClose}>
          ← {t('campaign_all')}
        </button>
        <span class="grow" />
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('campaign_delete')}
        </button>
      </header>
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <ViewSwitch view={view} i18n={i18n} onChange={setView} />
      {view === 'results' && <ResultsView db={db} campaign={c} estimate={est} i18n={i18n} showToast={showToast} onEditPlan={() => setView('plan')} />}
      {view === 'plan' && (
        <>
          <CampaignBasics campaign={c} i18n={i18n} onChange={change} />
          <KpiEditor kpis={c.kpis} estimate={est} i18n={i18n} onChange={(kpis) => change({ ...c, kpis })} />
          <CampaignContent campaign={c} i18n={i18n} onChange={change} />
          <CampaignTracking campaign={c} i18n={i18n} onChange={change} showToast={showToast} />
          <DeliverySettings campaign={c} i18n={i18n} onChange={change} />
          <CampaignTotals estimate={est} currency={c.currency} i18n={i18n} />
          <CampaignCreators exported={exportData} latest={data.latest} i18n={i18n} onChange={change} showToast={showToast} />
        </>
      )}
      <CampaignExports db={db} data={data} i18n={i18n} stored={stored} />
    </section>
  );
}
