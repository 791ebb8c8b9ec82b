import { COLLABORATION_MODELS } from '../../../lib/campaign/schema';
import type { ExportRow } from '../../../lib/export/rows';
import { formatCount, formatMoney, formatPercent } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { sourceTitle } from '../../../lib/scoring/sources';
import { messageKey } from '../../../lib/i18n/keys';

/** What one creator is expected to bring and cost, under each collaboration model, and what that rests on. */
export function CreatorEstimates(props: { row: ExportRow; currency: string; i18n: I18n }) {
  const { row, i18n } = props;
  const { t, locale } = i18n;
  const e = row.estimate;
  const model = row.creator.model;
  const money = (v: number | null) => formatMoney(v, locale, props.currency);
  const count = (v: number | null) => formatCount(v, locale);
  return (
    <>
      <table class="models small">
        <thead>
          <tr>
            <th>{t('campaign_col_posts')}</th>
            <th>{t('campaign_expected_reach')}</th>
            <th>{t('campaign_expected_impressions')}</th>
            <th>{t('campaign_expected_engagements')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{e.posts}</td>
            <td data-testid="creator-reach" data-basis={e.reachBasis ?? ''}>
              {e.reachBasis === 'estimate' ? `≈ ${count(e.expectedReach)}` : count(e.expectedReach)}
            </td>
            <td>{count(e.expectedImpressions)}</td>
            <td>{count(e.expectedEngagements)}</td>
          </tr>
        </tbody>
      </table>
      <table class="models small">
        <thead>
          <tr>
            <th>
              <span class="sr-only">{t('campaign_col_measure')}</span>
            </th>
            {COLLABORATION_MODELS.map((m) => (
              <th key={m} class={m === model ? 'chosen' : ''}>
                {t(messageKey('campaign_model', m))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['cost', 'cpm', 'cpe'] as const).map((metric) => (
            <tr key={metric}>
              <th>{metric === 'cost' ? t('campaign_col_cost') : metric.toUpperCase()}</th>
              {COLLABORATION_MODELS.map((m) => (
                <td key={m} class={m === model ? 'chosen' : ''}>
                  {money(e.byModel[m][metric])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!e.baseline && <p class="muted small">{t('campaign_no_snapshot')}</p>}
      {e.reachEstimate && (
        <p class="muted small" data-testid="creator-reach-estimate">
          {t(
            'campaign_reach_estimated',
            formatPercent(e.reachEstimate.rate, locale),
            count(row.record?.followers ?? null),
            sourceTitle(e.reachEstimate.source, i18n),
            e.reachEstimate.year,
          )}
        </p>
      )}
      {e.baseline && (
        <p class="muted small">
          {t('campaign_baseline', count(e.baseline.viewsPerPost), e.baseline.viewSamples, count(e.baseline.engagementsPerPost), e.baseline.engagementSamples)}
        </p>
      )}
    </>
  );
}
