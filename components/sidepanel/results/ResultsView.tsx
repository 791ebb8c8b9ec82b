import { useState } from 'preact/hooks';
import type { CampaignEstimate } from '../../../lib/campaign/estimates';
import { loadResults } from '../../../lib/storage/results';
import { resultsFormat } from '../../../lib/campaign/results/text';
import { timeline } from '../../../lib/campaign/results/timeline';
import type { Campaign } from '../../../lib/campaign/schema';
import type { VetlensDB } from '../../../lib/storage/db';
import { formatDay } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { useLiveQuery } from '../hooks/useLiveQuery';
import type { ToastState } from '../Toast';
import { ImportsList } from './ImportsList';
import { KpiChecks } from './KpiChecks';
import { ResultsChart } from './ResultsChart';
import { RESULTS_PAGE, ResultsCreators } from './ResultsCreators';
import { ResultsImport } from './ResultsImport';

/**
 * What the campaign delivered so far: the KPI targets, each creator's figures and where they come
 * from, the cumulative chart, and the imported files. Re-computed whenever a visit or an import is
 * stored (in this panel or by the background while the marketer browses).
 */
export function ResultsView(props: {
  db: VetlensDB;
  campaign: Campaign;
  estimate: CampaignEstimate;
  i18n: I18n;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
  onEditPlan: () => void;
}) {
  const { db, campaign, i18n } = props;
  const { t, locale } = i18n;
  const [shown, setShown] = useState(RESULTS_PAGE);
  const loaded = useLiveQuery(() => loadResults(db, campaign), [campaign]);
  const fmt = resultsFormat(i18n, campaign.currency);
  // A rejected query: an IndexedDB or Dexie error.
  const loadError = loaded.error as Error | null;
  if (loadError)
    return (
      <p class="error" role="alert">
        {t('results_error_load', String(loadError))}
      </p>
    );
  if (!loaded.value)
    return (
      <p class="muted" role="status">
        {t('sp_loading')}
      </p>
    );
  const { results, imports, invalid } = loaded.value;
  const w = results.window;
  const empty = results.totals.postsSeen === 0 && imports.length === 0;
  return (
    <section class="campaign-results" data-testid="campaign-results" aria-labelledby="campaign-results-title">
      <h2 id="campaign-results-title" class="sr-only">
        {t('results_title')}
      </h2>
      <p class="muted small" data-testid="results-window">
        {w.end ? t('results_window', formatDay(w.start, locale), formatDay(w.end, locale)) : t('results_window_open', formatDay(w.start, locale))}{' '}
        {t(
          'results_recognised_by',
          [
            t('results_reason_code'),
            t('results_reason_link'),
            ...campaign.hashtags.map((h) => `#${h}`),
            ...campaign.brandHandles.map((b) => `@${b}`),
            t('results_reason_sponsored'),
          ].join(', '),
        )}{' '}
        <button type="button" class="link" onClick={props.onEditPlan}>
          {t('results_change_in_plan')}
        </button>
      </p>
      {invalid.length > 0 && <p class="error">{t('results_invalid_stored', invalid.length)}</p>}
      {empty && (
        <p class="empty" data-testid="results-empty">
          {t('results_empty')}
        </p>
      )}
      <KpiChecks checks={results.kpis} fmt={fmt} i18n={i18n} />
      <ResultsCreators
        results={results}
        estimate={props.estimate}
        kpis={campaign.kpis}
        fmt={fmt}
        i18n={i18n}
        shown={shown}
        onShowMore={() => setShown((s) => s + RESULTS_PAGE)}
      />
      {!empty && <ResultsChart timeline={timeline(results, imports, new Date().toISOString().slice(0, 10))} kpis={results.kpis} fmt={fmt} i18n={i18n} />}
      <ResultsImport db={db} campaign={campaign} i18n={i18n} showToast={props.showToast} />
      <ImportsList db={db} imports={imports} results={results} i18n={i18n} showToast={props.showToast} />
    </section>
  );
}
