import { chartPoints, type HistoryPoint } from '../../../lib/scoring/history';
import { formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';

const CHART_W = 300;
const CHART_H = 70;

/** A small SVG line over the stored visits; each dot is one visit, with its date in the tooltip. */
export function HistoryChart(props: {
  points: HistoryPoint[];
  pick: (p: HistoryPoint) => number | null;
  format: (v: number) => string;
  label: string;
  i18n: I18n;
  testId: string;
}) {
  const placed = chartPoints(props.points, props.pick, CHART_W, CHART_H);
  const { locale } = props.i18n;
  return (
    <figure class="chart" data-testid={props.testId}>
      <figcaption>{props.label}</figcaption>
      {placed.length === 0 ? (
        <p class="muted">{props.i18n.t('sp_chart_no_data')}</p>
      ) : (
        <svg viewBox={`0 0 ${CHART_W} ${CHART_H}`} width="100%" height={CHART_H} role="img" aria-label={props.label}>
          {placed.length > 1 && (
            <polyline fill="none" stroke="currentColor" stroke-width="1.5" points={placed.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />
          )}
          {placed.map((p) => (
            <circle key={p.capturedAt} cx={p.x} cy={p.y} r="3" fill="currentColor">
              <title>{`${formatDate(p.capturedAt, locale)}: ${props.format(p.value)}`}</title>
            </circle>
          ))}
        </svg>
      )}
      {placed.length > 0 && (
        <ol class="visits">
          {placed.map((p) => (
            <li key={p.capturedAt}>
              <time dateTime={p.capturedAt}>{formatDate(p.capturedAt, locale)}</time> {props.format(p.value)}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
