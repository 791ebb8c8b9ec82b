import { formatCount, formatMoney, numberFormat } from '../../i18n/format';
import type { I18n } from '../../i18n/translate';
import type { Total } from '../estimates';
import type { SpendProblem } from './compute';
import type { Ratio, RatioName } from './ratios';
import { messageKey } from '../../i18n/keys';
import type { KpiMetric } from '../schema';

/**
 * The words and numbers results are shown with, in the interface language, shared by the side
 * panel, the brief and the results CSV. An empty figure is "—" with the reason beside it.
 */
export interface ResultsFormat {
  count: (v: number | null) => string;
  money: (v: number | null) => string;
  ratio: (name: RatioName, r: Ratio) => string;
}

export function resultsFormat(i18n: I18n, currency: string): ResultsFormat {
  const { locale } = i18n;
  const money = (v: number | null) => formatMoney(v, locale, currency);
  const roas = (v: number) => `${numberFormat(locale, { maximumFractionDigits: 2 }).format(v)}×`;
  return {
    count: (v) => formatCount(v === null ? null : Math.round(v), locale),
    money,
    ratio: (name, r) => (r.value === null ? '—' : name === 'roas' ? roas(r.value) : money(r.value)),
  };
}

/** Why a ratio is empty: "no orders yet", "0 clicks", "no spend entered"… */
export function whyRatio(r: Ratio, i18n: I18n): string | null {
  return r.why === null ? null : i18n.t(messageKey('results_why', r.why.quantity, r.why.zero ? 'zero' : 'missing'));
}

export function spendProblemText(problem: SpendProblem, i18n: I18n): string {
  return i18n.t(messageKey('results_spend', problem));
}

/** A total over creators, with how many it covers when not all ("from 2 of 3 creators"). */
export function totalText(total: Total, format: (v: number | null) => string, i18n: I18n): string {
  if (total.of === 0 || total.known === 0) return '—';
  return total.known === total.of ? format(total.value) : `${format(total.value)} (${i18n.t('campaign_known_of', total.known, total.of)})`;
}

/** A KPI metric's name ("cost-per-order" → campaign_kpi_cost_per_order). */
export function metricLabel(metric: KpiMetric, i18n: I18n): string {
  return i18n.t(messageKey('campaign_kpi', metric));
}
