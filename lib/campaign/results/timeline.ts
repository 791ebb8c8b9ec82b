import type { CampaignResults } from './compute';
import type { ResultImport } from './imports';
import { windowDays } from './window';

/**
 * Cumulative results day by day over the campaign's dates, for the chart. Post figures on a day are
 * those of each campaign post's newest reading taken by the end of that day (the counts at each
 * visit); imported figures add each dated row on its day (rows dated before the start count on the
 * first day). Rows without a date are in the totals but not on a day, and are counted apart.
 */
export const TIMELINE_METRICS = ['impressions', 'engagements', 'clicks', 'orders', 'revenue'] as const;
export type TimelineMetric = (typeof TIMELINE_METRICS)[number];

export interface Timeline {
  days: string[];
  series: Record<TimelineMetric, number[]>;
  /** Imported figures without a date, per metric. */
  undated: Record<'clicks' | 'orders' | 'revenue', number>;
}

export function timeline(results: CampaignResults, imports: readonly ResultImport[], today: string): Timeline {
  const days = windowDays(results.window, today);
  const series = Object.fromEntries(TIMELINE_METRICS.map((m) => [m, days.map(() => 0)])) as Timeline['series'];
  const undated = { clicks: 0, orders: 0, revenue: 0 };
  const dayIndex = (day: string) => (day < days[0]! ? 0 : days.indexOf(day));
  if (days.length === 0) return { days, series, undated };

  for (const creator of results.creators) {
    for (const post of creator.posts) {
      const estimate = post.reachBasis === 'estimate' ? post.reach : null;
      days.forEach((day, i) => {
        const reading = post.readings.findLast((r) => r.capturedAt.slice(0, 10) <= day);
        if (!reading) return;
        series.impressions[i]! += reading.views ?? estimate ?? 0;
        if (reading.likes !== null) series.engagements[i]! += reading.likes + (reading.comments ?? 0) + (reading.shares ?? 0);
      });
    }
  }

  const used = new Set(
    results.creators.flatMap((c) =>
      (['clicks', 'orders', 'revenue'] as const).flatMap((m) => c[m].sources.map((s) => `${m}\u0000${s.importId}\u0000${s.line}`)),
    ),
  );
  const daily = { clicks: days.map(() => 0), orders: days.map(() => 0), revenue: days.map(() => 0) };
  for (const imp of imports) {
    for (const row of imp.rows) {
      for (const metric of ['clicks', 'orders', 'revenue'] as const) {
        if (!used.has(`${metric}\u0000${imp.id}\u0000${row.line}`) || row[metric] === null) continue;
        if (row.date === null) {
          undated[metric] += row[metric];
          continue;
        }
        const i = dayIndex(row.date);
        if (i >= 0) daily[metric][i]! += row[metric];
      }
    }
  }
  for (const metric of ['clicks', 'orders', 'revenue'] as const) {
    let running = 0;
    series[metric] = daily[metric].map((v) => (running += v));
  }
  return { days, series, undated };
}
