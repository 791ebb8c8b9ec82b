import type { CampaignResults } from '../campaign/results/compute';
import { hasMeasurableKpi, kpiGoal } from '../campaign/results/kpi';
import { RATIO_NAMES, type RatioName } from '../campaign/results/ratios';
import { metricLabel, resultsFormat, spendProblemText, totalText, whyRatio } from '../campaign/results/text';
import type { Campaign, KpiTarget } from '../campaign/schema';
import { formatCount, formatDate, formatDay } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { escapeMarkdown, markdownUrl } from './markdown-text';
import { creatorLabel } from '../handle-display';
import { messageKey } from '../i18n/keys';
import type { MessageKey } from '../i18n/message-keys';

/**
 * The brief's KPI section and its results section, in the interface language. Page text is
 * escaped; post addresses are written as <links> by markdownUrl, like every link of the brief.
 */
const MONEY_METRICS = new Set<KpiTarget['metric']>(['revenue', 'cost-per-order']);

/** The KPI targets as the brief lists them; a campaign with none that can be checked says so. */
export function kpiLines(kpis: readonly KpiTarget[], i18n: I18n, currency: string): string[] {
  const { t, locale } = i18n;
  const fmt = resultsFormat(i18n, currency);
  const lines = kpis.map((kpi) => {
    const format = (v: number | null) => (MONEY_METRICS.has(kpi.metric) ? fmt.money(v) : fmt.count(v));
    const goal = kpiGoal(kpi);
    const name = metricLabel(kpi.metric, i18n);
    if (!goal.measurable) return `- ${name}: ${t(messageKey('results_kpi_problem', goal.problem!))}`;
    if (kpi.kind === 'percent-increase')
      return `- ${name}: ${t('results_kpi_increase', `+${formatCount(kpi.value, locale)}%`, format(kpi.baseline), format(goal.target))}`;
    return `- ${name}: ${goal.lowerIsBetter ? t('results_target_at_most', format(goal.target)) : format(goal.target)}`;
  });
  if (!hasMeasurableKpi(kpis)) lines.push(`- **${t('results_kpi_none')}**`);
  return lines;
}

/** Ratios with a name in words; the others are written as their acronyms. */
const RATIO_TITLES: Partial<Record<RatioName, MessageKey>> = { cpc: 'results_cpc', cpo: 'results_cpo' };

export function resultsLines(campaign: Campaign, results: CampaignResults, i18n: I18n, now = new Date()): string[] {
  const { t, locale } = i18n;
  const fmt = resultsFormat(i18n, campaign.currency);
  const title = (name: RatioName) => {
    const key = RATIO_TITLES[name];
    return key ? t(key) : name.toUpperCase();
  };
  const ratioText = (name: RatioName, r: CampaignResults['ratios'][RatioName]) => {
    const why = whyRatio(r, i18n);
    return why ? `${fmt.ratio(name, r)} (${why})` : fmt.ratio(name, r);
  };
  const w = results.window;
  const lines = [`## ${t('results_title')}`, ''];
  lines.push(
    `_${t('results_md_as_of', formatDate(now.toISOString(), locale))} ${w.end ? t('results_window', formatDay(w.start, locale), formatDay(w.end, locale)) : t('results_window_open', formatDay(w.start, locale))}_`,
    '',
  );
  if (results.kpis.length) {
    for (const c of results.kpis) {
      if (!c.goal.measurable) continue;
      const format = (v: number | null) => (MONEY_METRICS.has(c.kpi.metric) ? fmt.money(v) : fmt.count(v));
      const state = c.met === null ? 'unknown' : c.met ? 'met' : 'not_met';
      lines.push(`- ${metricLabel(c.kpi.metric, i18n)}: ${format(c.actual)} / ${format(c.goal.target)} — ${t(messageKey('results_kpi', state))}`);
    }
    lines.push('');
  }
  const tot = results.totals;
  lines.push(`- ${t('results_spend')}: ${totalText(tot.spend, fmt.money, i18n)}`);
  lines.push(
    `- ${t('results_posts')}: ${t('results_posts_seen', tot.postsSeen, tot.postsAgreed)}${tot.postsSeen ? ` (${t('results_posts_disclosed', tot.postsDisclosed, tot.postsSeen)})` : ''}`,
  );
  for (const q of ['reach', 'impressions', 'engagements', 'clicks', 'orders'] as const)
    lines.push(`- ${t(messageKey('campaign_kpi', q))}: ${totalText(tot[q], fmt.count, i18n)}`);
  lines.push(`- ${t('campaign_kpi_revenue')}: ${totalText(tot.revenue, fmt.money, i18n)}`);
  lines.push(`- ${RATIO_NAMES.map((n) => `${title(n)}: ${ratioText(n, results.ratios[n])}`).join(' · ')}`, '');

  const header = [
    t('campaign_col_creator'),
    t('results_spend'),
    t('results_posts'),
    t('campaign_kpi_reach'),
    t('campaign_kpi_engagements'),
    t('campaign_kpi_clicks'),
    t('campaign_kpi_orders'),
    t('campaign_kpi_revenue'),
    title('cpo'),
    'ROAS',
  ];
  lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
  for (const r of results.creators) {
    const name = escapeMarkdown(creatorLabel(r.creator, r.creator.creatorKey));
    const spend = r.spend.problem ? `— (${spendProblemText(r.spend.problem, i18n)})` : fmt.money(r.spend.value);
    const cells = [
      name,
      spend,
      t('results_posts_seen', r.posts.length, r.postsAgreed),
      `${r.reachEstimated ? '≈ ' : ''}${fmt.count(r.reach)}`,
      fmt.count(r.engagements),
      fmt.count(r.clicks.value),
      fmt.count(r.orders.value),
      fmt.money(r.revenue.value),
      ratioText('cpo', r.ratios.cpo),
      ratioText('roas', r.ratios.roas),
    ];
    // The name is escaped already; the other cells are Vetlens's own words and numbers.
    lines.push(`| ${cells.map((c, i) => (i === 0 ? c : c.replace(/\|/g, '\\|'))).join(' | ')} |`);
  }
  lines.push('', `### ${t('results_md_sources')}`, '');
  for (const r of results.creators) {
    const name = escapeMarkdown(creatorLabel(r.creator, r.creator.creatorKey));
    const posts = r.posts.map(
      (p) =>
        `${markdownUrl(p.url) ?? escapeMarkdown(p.postId)} (${p.reasons.map((x) => t(messageKey('results_reason', x))).join(', ')}; ${t(p.disclosure ? messageKey('results_disclosed', p.disclosure) : 'results_not_disclosed')})`,
    );
    const visits = r.visits.map((v) => formatDate(v, locale));
    const rows = [...r.clicks.sources, ...r.orders.sources, ...r.revenue.sources].map((s) => `${escapeMarkdown(s.fileName)}:${s.line}`);
    lines.push(`- ${name}: ${posts.length ? posts.join(', ') : t('results_no_posts_seen')}`);
    if (visits.length) lines.push(`  - ${t('results_md_visits', [...new Set(visits)].join(', '))}`);
    if (rows.length) lines.push(`  - ${t('results_md_rows', [...new Set(rows)].join(', '))}`);
  }
  const unknown = results.unmatched.filter((u) => u.kind === 'unknown');
  if (unknown.length) {
    lines.push('', `### ${t('results_unknown', formatCount(unknown.length, locale))}`, '');
    for (const u of unknown.slice(0, 200)) lines.push(`- ${escapeMarkdown(u.fileName)}:${u.row.line} \`${u.row.key.replace(/[`\r\n]/g, ' ')}\``);
  }
  lines.push('');
  return lines;
}
