import type { CampaignEstimate } from '../../../lib/campaign/estimates';
import { hasMeasurableKpi, kpiGoal } from '../../../lib/campaign/results/kpi';
import { metricLabel } from '../../../lib/campaign/results/text';
import { KPI_KINDS, KPI_METRICS, type KpiTarget } from '../../../lib/campaign/schema';
import { formatCount } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { EnumSelect } from '../fields/EnumSelect';
import { NumberField } from '../fields/NumberField';
import { messageKey } from '../../../lib/i18n/keys';

const MAX_KPIS = 20;
const EXPECTED = { reach: 'reach', impressions: 'impressions', engagements: 'engagements' } as const;

/**
 * The campaign's KPI targets, each one checkable: a figure to reach (cost per order: not to exceed),
 * or an increase in per cent over the previous period's figure, which the marketer enters. A target
 * that cannot be checked says why, and a campaign with none says so.
 */
export function KpiEditor(props: { kpis: KpiTarget[]; estimate: CampaignEstimate; i18n: I18n; onChange: (kpis: KpiTarget[]) => void }) {
  const { kpis, i18n } = props;
  const { t, locale } = i18n;
  const set = (i: number, patch: Partial<KpiTarget>) => props.onChange(kpis.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  return (
    <fieldset data-testid="campaign-kpis">
      <legend>{t('campaign_kpis')}</legend>
      {kpis.map((kpi, i) => {
        const goal = kpiGoal(kpi);
        const expected = kpi.kind === 'absolute' && kpi.metric in EXPECTED ? props.estimate[EXPECTED[kpi.metric as keyof typeof EXPECTED]].value : undefined;
        return (
          <div class="kpi" key={i} data-testid="kpi-row">
            <EnumSelect
              label={t('campaign_kpi_metric')}
              options={KPI_METRICS}
              text={(m) => metricLabel(m, i18n)}
              value={kpi.metric}
              onChange={(metric) => set(i, { metric, kind: metric === 'cost-per-order' ? 'absolute' : kpi.kind })}
            />
            <EnumSelect
              label={t('campaign_kpi_kind')}
              options={KPI_KINDS.filter((k) => k === 'absolute' || kpi.metric !== 'cost-per-order')}
              text={(k) => t(messageKey('campaign_kpi_kind', k))}
              value={kpi.kind}
              onChange={(kind) => set(i, { kind })}
            />
            <NumberField value={kpi.value} label={t('campaign_kpi_value')} i18n={i18n} testId="kpi-value" onChange={(v) => set(i, { value: v ?? 0 })} />
            {kpi.kind === 'percent-increase' && (
              <label class="kpi-baseline">
                {t('results_kpi_baseline', metricLabel(kpi.metric, i18n))}
                <NumberField
                  value={kpi.baseline}
                  label={t('results_kpi_baseline', metricLabel(kpi.metric, i18n))}
                  i18n={i18n}
                  testId="kpi-baseline"
                  onChange={(baseline) => set(i, { baseline })}
                />
              </label>
            )}
            {goal.measurable && kpi.kind === 'percent-increase' && goal.target !== null && (
              <span class="muted small" data-testid="kpi-needed">
                {t('results_kpi_needed', formatCount(Math.ceil(goal.target), locale))}
              </span>
            )}
            {expected !== undefined && (
              <span class="muted small" data-testid="kpi-expected">
                {t('campaign_kpi_expected', formatCount(expected, locale))}
              </span>
            )}
            {goal.problem && (
              <span class="field-note warn" data-testid="kpi-problem">
                {t(messageKey('results_kpi_problem', goal.problem))}
              </span>
            )}
            <button type="button" class="ghost" aria-label={t('campaign_kpi_remove')} onClick={() => props.onChange(kpis.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        );
      })}
      {!hasMeasurableKpi(kpis) && (
        <p class="field-note warn" role="status" data-testid="kpi-none">
          {t('results_kpi_none')}
        </p>
      )}
      <button
        type="button"
        disabled={kpis.length >= MAX_KPIS}
        onClick={() => props.onChange([...kpis, { metric: 'revenue', kind: 'percent-increase', value: 20, baseline: null }])}
      >
        {t('campaign_kpi_add')}
      </button>
    </fieldset>
  );
}
