import type { CampaignEstimate, CreatorEstimate } from '../../../lib/campaign/estimates';
import type { CampaignResults, CreatorResult } from '../../../lib/campaign/results/compute';
import { kpiGoal } from '../../../lib/campaign/results/kpi';
import type { Ratio, RatioName } from '../../../lib/campaign/results/ratios';
import { spendProblemText, totalText, whyRatio, type ResultsFormat } from '../../../lib/campaign/results/text';
import type { KpiTarget } from '../../../lib/campaign/schema';
import type { I18n } from '../../../lib/i18n/translate';
import type { MessageKey } from '../../../lib/i18n/message-keys';
import { messageKey } from '../../../lib/i18n/keys';

/** One figure: its label, its value ("—" with the reason when empty), and what it is measured against. */
function Figure(props: { label: string; value: string; note?: string | null; against?: string | null; testId?: string }) {
  return (
    <div class="figure">
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>
        <span class="value">{props.value}</span>
        {props.note && <span class="muted small"> ({props.note})</span>}
        {props.against && <span class="muted small against"> {props.against}</span>}
      </dd>
    </div>
  );
}

/** Ratios with a name in words; the others are written as their acronyms in every language. */
const RATIO_LABELS: Partial<Record<RatioName, MessageKey>> = { cpc: 'results_cpc', cpo: 'results_cpo' };
/** The ratios in the order the grid shows them. */
const RATIO_ORDER: readonly RatioName[] = ['cpm', 'cpe', 'cpc', 'cpo', 'roas'];
const RATIO_TEST_IDS: Partial<Record<RatioName, string>> = { cpo: 'results-cost-per-order', roas: 'results-roas' };

function ratioLabel(name: RatioName, i18n: I18n): string {
  const label = RATIO_LABELS[name];
  return label ? i18n.t(label) : name.toUpperCase();
}

function RatioFigures(props: { ratios: Record<RatioName, Ratio>; fmt: ResultsFormat; i18n: I18n; cpoTarget: number | null }) {
  const { i18n, fmt } = props;
  return (
    <>
      {RATIO_ORDER.map((name) => (
        <Figure
          key={name}
          label={ratioLabel(name, i18n)}
          value={fmt.ratio(name, props.ratios[name])}
          note={whyRatio(props.ratios[name], i18n)}
          against={name === 'cpo' && props.cpoTarget !== null ? i18n.t('results_target_at_most', fmt.money(props.cpoTarget)) : null}
          testId={RATIO_TEST_IDS[name]}
        />
      ))}
    </>
  );
}

/** The campaign's cost-per-order target, the one ratio with a KPI. */
export function cpoTarget(kpis: readonly KpiTarget[]): number | null {
  const kpi = kpis.find((k) => k.metric === 'cost-per-order' && kpiGoal(k).measurable);
  return kpi ? kpiGoal(kpi).target : null;
}

/** A creator's figures, each against what the draft expected of them. */
export function CreatorFigures(props: {
  result: CreatorResult;
  estimate: CreatorEstimate | undefined;
  fmt: ResultsFormat;
  i18n: I18n;
  cpoTarget: number | null;
}) {
  const { result: r, estimate: e, fmt, i18n } = props;
  const { t } = i18n;
  const expected = (v: number | null | undefined, format = fmt.count) => (v === null || v === undefined ? null : t('results_expected', format(v)));
  return (
    <dl class="results-grid">
      <Figure
        label={t('results_spend')}
        value={fmt.money(r.spend.value)}
        note={r.spend.problem ? spendProblemText(r.spend.problem, i18n) : t(messageKey('campaign_model', r.creator.model))}
        testId="results-spend"
      />
      <Figure
        label={t('results_posts')}
        value={t('results_posts_seen', r.posts.length, r.postsAgreed)}
        note={r.posts.length ? t('results_posts_disclosed', r.postsDisclosed, r.posts.length) : null}
        testId="results-posts"
      />
      <Figure
        label={t('campaign_kpi_reach')}
        value={`${r.reachEstimated ? '≈ ' : ''}${fmt.count(r.reach)}`}
        against={expected(e?.expectedReach)}
        testId="results-reach"
      />
      <Figure label={t('campaign_kpi_impressions')} value={fmt.count(r.impressions)} against={expected(e?.expectedImpressions)} />
      <Figure label={t('campaign_kpi_engagements')} value={fmt.count(r.engagements)} against={expected(e?.expectedEngagements)} testId="results-engagements" />
      <Figure
        label={t('campaign_kpi_clicks')}
        value={fmt.count(r.clicks.value)}
        note={r.clicks.value === null ? t('results_not_imported') : null}
        testId="results-clicks"
      />
      <Figure
        label={t('campaign_kpi_orders')}
        value={fmt.count(r.orders.value)}
        note={r.orders.value === null ? t('results_not_imported') : null}
        testId="results-orders"
      />
      <Figure
        label={t('campaign_kpi_revenue')}
        value={fmt.money(r.revenue.value)}
        note={r.revenue.value === null ? t('results_not_imported') : null}
        against={expected(r.creator.expectedSales, fmt.money)}
        testId="results-revenue"
      />
      <RatioFigures ratios={r.ratios} fmt={fmt} i18n={i18n} cpoTarget={props.cpoTarget} />
    </dl>
  );
}

/** The campaign's totals, each against its KPI target where there is one. */
export function TotalFigures(props: { results: CampaignResults; estimate: CampaignEstimate; kpis: readonly KpiTarget[]; fmt: ResultsFormat; i18n: I18n }) {
  const { results: r, fmt, i18n } = props;
  const { t } = i18n;
  const target = (metric: KpiTarget['metric'], format = fmt.count) => {
    const check = r.kpis.find((k) => k.kpi.metric === metric && k.goal.measurable);
    return check?.goal.target != null ? t('results_target', format(check.goal.target)) : null;
  };
  const total = (
    q: keyof CampaignResults['totals'] & ('spend' | 'reach' | 'impressions' | 'engagements' | 'clicks' | 'orders' | 'revenue'),
    format = fmt.count,
  ) => totalText(r.totals[q], format, i18n);
  return (
    <dl class="results-grid">
      <Figure
        label={t('results_spend')}
        value={total('spend', fmt.money)}
        against={props.estimate.cost.value !== null ? t('results_planned', fmt.money(props.estimate.cost.value)) : null}
        testId="results-spend"
      />
      <Figure
        label={t('results_posts')}
        value={t('results_posts_seen', r.totals.postsSeen, r.totals.postsAgreed)}
        note={r.totals.postsSeen ? t('results_posts_disclosed', r.totals.postsDisclosed, r.totals.postsSeen) : null}
      />
      <Figure label={t('campaign_kpi_reach')} value={total('reach')} against={target('reach')} />
      <Figure label={t('campaign_kpi_impressions')} value={total('impressions')} against={target('impressions')} />
      <Figure label={t('campaign_kpi_engagements')} value={total('engagements')} against={target('engagements')} />
      <Figure label={t('campaign_kpi_clicks')} value={total('clicks')} against={target('clicks')} />
      <Figure label={t('campaign_kpi_orders')} value={total('orders')} against={target('orders')} testId="results-orders" />
      <Figure label={t('campaign_kpi_revenue')} value={total('revenue', fmt.money)} against={target('revenue', fmt.money)} testId="results-revenue" />
      <RatioFigures ratios={r.ratios} fmt={fmt} i18n={i18n} cpoTarget={cpoTarget(props.kpis)} />
    </dl>
  );
}
