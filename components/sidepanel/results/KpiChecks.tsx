import type { KpiCheck } from '../../../lib/campaign/results/kpi';
import { metricLabel, type ResultsFormat } from '../../../lib/campaign/results/text';
import { formatCount, formatPercent } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { messageKey } from '../../../lib/i18n/keys';

const MONEY = new Set(['revenue', 'cost-per-order']);

/** Each KPI target against what the campaign did so far; targets that cannot be checked say why. */
export function KpiChecks(props: { checks: KpiCheck[]; fmt: ResultsFormat; i18n: I18n }) {
  const { fmt, i18n } = props;
  const { t, locale } = i18n;
  if (props.checks.length === 0 || props.checks.every((c) => !c.goal.measurable)) {
    return (
      <p class="field-note warn" data-testid="results-kpi-none">
        {t('results_kpi_none')}
      </p>
    );
  }
  return (
    <ul class="kpi-checks" aria-label={t('campaign_kpis')}>
      {props.checks.map((c, i) => {
        const format = (v: number | null) => (MONEY.has(c.kpi.metric) ? fmt.money(v) : fmt.count(v));
        const name = metricLabel(c.kpi.metric, i18n);
        if (!c.goal.measurable) {
          return (
            <li key={i} class="muted" data-testid="results-kpi">
              {name}: {t(messageKey('results_kpi_problem', c.goal.problem!))}
            </li>
          );
        }
        const target = format(c.goal.target);
        const goalText =
          c.kpi.kind === 'percent-increase'
            ? t('results_kpi_increase', `+${formatCount(c.kpi.value, locale)}%`, format(c.kpi.baseline), target)
            : c.goal.lowerIsBetter
              ? t('results_target_at_most', target)
              : t('results_target', target);
        const state = c.met === null ? 'unknown' : c.met ? 'met' : 'not-met';
        return (
          <li key={i} data-testid="results-kpi" data-state={state}>
            <strong>{name}</strong>: {format(c.actual)} <span class="muted">{goalText}</span>{' '}
            <span class={`kpi-state ${state}`}>{t(messageKey('results_kpi', state))}</span>
            {c.progress !== null && (
              <>
                {' '}
                <meter min={0} max={1} value={Math.min(1, c.progress)} aria-label={`${name}: ${formatPercent(c.progress, locale, 0)}`} />{' '}
                <span class="small">{formatPercent(c.progress, locale, 0)}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
