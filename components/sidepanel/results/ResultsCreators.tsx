import type { CampaignEstimate } from '../../../lib/campaign/estimates';
import type { CampaignResults } from '../../../lib/campaign/results/compute';
import type { ResultsFormat } from '../../../lib/campaign/results/text';
import type { KpiTarget } from '../../../lib/campaign/schema';
import type { I18n } from '../../../lib/i18n/translate';
import { CreatorSources } from './CreatorSources';
import { cpoTarget, CreatorFigures, TotalFigures } from './ResultsGrid';
import { creatorLabel } from '../../../lib/handle-display';
import { messageKey } from '../../../lib/i18n/keys';

const PAGE = 50;

/** One card per creator with every figure and where it comes from, then the campaign's total. */
export function ResultsCreators(props: {
  results: CampaignResults;
  estimate: CampaignEstimate;
  kpis: readonly KpiTarget[];
  fmt: ResultsFormat;
  i18n: I18n;
  shown: number;
  onShowMore: () => void;
}) {
  const { results, estimate, fmt, i18n } = props;
  const { t } = i18n;
  const target = cpoTarget(props.kpis);
  const estimates = new Map(estimate.creators.map((e) => [e.creatorKey, e]));
  return (
    <section class="results-creators" aria-label={t('results_per_creator')}>
      <article class="results-card total" data-testid="campaign-results-total">
        <h3>{t('results_total')}</h3>
        <TotalFigures results={results} estimate={estimate} kpis={props.kpis} fmt={fmt} i18n={i18n} />
      </article>
      {results.creators.slice(0, props.shown).map((r) => {
        const name = creatorLabel(r.creator, r.creator.creatorKey);
        return (
          <article class="results-card" key={r.creator.creatorKey} data-testid="campaign-results-row" data-handle={r.creator.handle ?? r.creator.creatorKey}>
            <h3>
              {name} <span class={`chip platform-${r.creator.platform}`}>{t(messageKey('platform', r.creator.platform))}</span>
            </h3>
            <CreatorFigures result={r} estimate={estimates.get(r.creator.creatorKey)} fmt={fmt} i18n={i18n} cpoTarget={target} />
            <details>
              <summary>{t('results_sources', r.posts.length, r.visits.length)}</summary>
              <CreatorSources result={r} fmt={fmt} i18n={i18n} />
            </details>
          </article>
        );
      })}
      {results.creators.length > props.shown && (
        <button type="button" onClick={props.onShowMore}>
          {t('campaign_show_more', Math.min(PAGE, results.creators.length - props.shown))}
        </button>
      )}
    </section>
  );
}

export const RESULTS_PAGE = PAGE;
