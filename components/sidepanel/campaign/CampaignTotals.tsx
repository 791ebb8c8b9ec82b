import { COLLABORATION_MODELS } from '../../../lib/campaign/schema';
import type { CampaignEstimate, Total } from '../../../lib/campaign/estimates';
import { formatCount, formatMoney } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { messageKey } from '../../../lib/i18n/keys';

/** A sum over the creators, saying how many of them it counts when some are unknown. */
function totalText(total: Total, format: (v: number | null) => string, i18n: I18n): string {
  if (total.of === 0 || total.known === 0) return '—';
  return total.known === total.of ? format(total.value) : `${format(total.value)} (${i18n.t('campaign_known_of', total.known, total.of)})`;
}

/** The campaign's expected reach, cost and budget left, and the three collaboration models side by side. */
export function CampaignTotals(props: { estimate: CampaignEstimate; currency: string; i18n: I18n }) {
  const { estimate: est, i18n } = props;
  const { t, locale } = i18n;
  const money = (v: number | null) => formatMoney(v, locale, props.currency);
  const count = (v: number | null) => formatCount(v, locale);
  return (
    <fieldset data-testid="campaign-totals">
      <legend>{t('campaign_budget_and_estimates')}</legend>
      <dl class="totals">
        <dt>{t('campaign_expected_reach')}</dt>
        <dd data-testid="total-reach">
          {totalText(est.reach, count, i18n)}
          {est.reachEstimated > 0 && <span class="muted small"> ({t('campaign_reach_includes_estimates', est.reachEstimated)})</span>}
        </dd>
        <dt>{t('campaign_expected_impressions')}</dt>
        <dd>{totalText(est.impressions, count, i18n)}</dd>
        <dt>{t('campaign_expected_engagements')}</dt>
        <dd>{totalText(est.engagements, count, i18n)}</dd>
        <dt>{t('campaign_total_cost')}</dt>
        <dd data-testid="total-cost">{totalText(est.cost, money, i18n)}</dd>
        <dt>CPM / CPE</dt>
        <dd>
          {money(est.cpm)} / {money(est.cpe)}
        </dd>
        <dt>{t('campaign_budget_left')}</dt>
        <dd class={est.budgetLeft !== null && est.budgetLeft < 0 ? 'over' : ''}>{money(est.budgetLeft)}</dd>
      </dl>
      <table class="models">
        <caption>{t('campaign_models_compared')}</caption>
        <thead>
          <tr>
            <th>
              <span class="sr-only">{t('campaign_col_model')}</span>
            </th>
            <th>{t('campaign_col_cost')}</th>
            <th>CPM</th>
            <th>CPE</th>
          </tr>
        </thead>
        <tbody>
          {COLLABORATION_MODELS.map((m) => (
            <tr key={m}>
              <th>{t(messageKey('campaign_model', m))}</th>
              <td>{totalText(est.byModel[m].cost, money, i18n)}</td>
              <td>{money(est.byModel[m].cpm)}</td>
              <td>{money(est.byModel[m].cpe)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{t('campaign_formula_note')}</p>
    </fieldset>
  );
}
