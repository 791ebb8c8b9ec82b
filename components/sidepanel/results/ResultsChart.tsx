import { useState } from 'preact/hooks';
import type { KpiCheck } from '../../../lib/campaign/results/kpi';
import type { ResultsFormat } from '../../../lib/campaign/results/text';
import { TIMELINE_METRICS, type Timeline, type TimelineMetric } from '../../../lib/campaign/results/timeline';
import { formatDay } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { EnumSelect } from '../fields/EnumSelect';
import { messageKey } from '../../../lib/i18n/keys';

const W = 320;
const H = 120;
const PAD = { left: 6, right: 6, top: 14, bottom: 16 };

/** Where each day's cumulative value sits in the chart; the scale reaches the target when there is one. */
function chartPath(values: readonly number[], target: number | null): { points: Array<[number, number]>; targetY: number | null; max: number } {
  const max = Math.max(1, target ?? 0, ...values);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (values.length <= 1 ? innerW / 2 : (i / (values.length - 1)) * innerW);
  const y = (v: number) => PAD.top + (1 - v / max) * innerH;
  return { points: values.map((v, i) => [x(i), y(v)]), targetY: target === null ? null : y(target), max };
}

/** Cumulative results over the campaign's dates, one metric at a time, with its target line. */
export function ResultsChart(props: { timeline: Timeline; kpis: KpiCheck[]; fmt: ResultsFormat; i18n: I18n }) {
  const { timeline: tl, fmt, i18n } = props;
  const { t, locale } = i18n;
  // The first figure with something to show, the shop's first.
  const [metric, setMetric] = useState<TimelineMetric>(
    () => (['orders', 'revenue', 'clicks', 'engagements', 'impressions'] as const).find((m) => (tl.series[m].at(-1) ?? 0) > 0) ?? 'impressions',
  );
  if (tl.days.length === 0) return <p class="muted small">{t('results_chart_not_started')}</p>;
  const values = tl.series[metric];
  const goal = props.kpis.find((k) => k.kpi.metric === metric && k.goal.measurable)?.goal.target ?? null;
  const { points, targetY, max } = chartPath(values, goal);
  const format = (v: number | null) => (metric === 'revenue' ? fmt.money(v) : fmt.count(v));
  const label = t(
    'results_chart_label',
    t(messageKey('campaign_kpi', metric)),
    formatDay(tl.days[0], locale),
    formatDay(tl.days.at(-1), locale),
    format(values.at(-1) ?? 0),
  );
  const undated = metric === 'clicks' || metric === 'orders' || metric === 'revenue' ? tl.undated[metric] : 0;
  const changes = values.flatMap((v, i) => (i === 0 || v !== values[i - 1] ? [{ day: tl.days[i]!, value: v }] : []));
  return (
    <figure class="chart results-chart" data-testid="results-chart">
      <figcaption>
        <label>
          {t('results_chart')}{' '}
          <EnumSelect
            testId="results-chart-metric"
            options={TIMELINE_METRICS}
            text={(m) => t(messageKey('campaign_kpi', m))}
            value={metric}
            onChange={setMetric}
          />
        </label>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label={label}>
        <text x={PAD.left} y={10} font-size="9" fill="currentColor">
          {format(max)}
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="currentColor" stroke-opacity="0.3" />
        {targetY !== null && (
          <line
            data-testid="results-chart-target"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={targetY}
            y2={targetY}
            stroke="currentColor"
            stroke-dasharray="4 3"
            stroke-opacity="0.7"
          />
        )}
        <polyline fill="none" stroke="currentColor" stroke-width="1.5" points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />
        <text x={PAD.left} y={H - 3} font-size="9" fill="currentColor">
          {formatDay(tl.days[0], locale)}
        </text>
        <text x={W - PAD.right} y={H - 3} font-size="9" fill="currentColor" text-anchor="end">
          {formatDay(tl.days.at(-1), locale)}
        </text>
      </svg>
      {undated > 0 && <p class="muted small">{t('results_chart_undated', format(undated))}</p>}
      <details>
        <summary>{t('results_chart_table')}</summary>
        <ol class="visits">
          {changes.map((c) => (
            <li key={c.day}>
              {formatDay(c.day, locale)}: {format(c.value)}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
