import { hasResults, type CampaignResults } from '../campaign/results/compute';
import type { Schedule } from '../campaign/schema';
import { formatCount, formatDate, formatMoney, formatPercent } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import type { CampaignExport } from './rows';
import { nextTick } from './rows';
import { kpiLines, resultsLines } from './results-markdown';
import { escapeMarkdown, markdownUrl } from './markdown-text';
import { sourceTitle } from '../scoring/sources';
import { creatorLabel } from '../handle-display';
import { messageKey } from '../i18n/keys';

function describeSchedule(schedule: Schedule, i18n: I18n): string {
  if (schedule.kind === 'dates') {
    return schedule.dates.length ? schedule.dates.map((d) => formatDate(`${d}T12:00:00Z`, i18n.locale)).join(', ') : i18n.t('campaign_schedule_no_dates');
  }
  const start = schedule.startDate ? ` ${i18n.t('campaign_schedule_from', formatDate(`${schedule.startDate}T12:00:00Z`, i18n.locale))}` : '';
  return i18n.t(schedule.period === 'week' ? 'campaign_schedule_weekly' : 'campaign_schedule_monthly', schedule.postsPerPeriod, schedule.periods) + start;
}

/** The campaign brief to send to a client or to the creators, in the UI language. */
export async function campaignMarkdown(
  data: CampaignExport,
  i18n: I18n,
  options: { onProgress?: (done: number, total: number) => void; chunk?: number; now?: Date; results?: CampaignResults } = {},
): Promise<string> {
  const { onProgress, chunk = 500, now = new Date() } = options;
  const { campaign, estimate } = data;
  const { t, locale } = i18n;
  const money = (v: number | null) => formatMoney(v, locale, campaign.currency);
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(campaign.name)}`, '');
  lines.push(`**${t('campaign_goal')}:** ${t(messageKey('campaign_goal', campaign.goal))}`, '');
  lines.push(`## ${t('campaign_kpis')}`, '', ...kpiLines(campaign.kpis, i18n, campaign.currency), '');
  lines.push(`## ${t('campaign_content')}`, '');
  lines.push(`- ${t('campaign_formats')}: ${campaign.formats.map((f) => t(messageKey('campaign_format', f))).join(', ') || '—'}`);
  lines.push(`- ${t('campaign_types')}: ${campaign.contentTypes.map((c) => t(messageKey('campaign_type', c))).join(', ') || '—'}`);
  lines.push(`- ${t('campaign_schedule')}: ${describeSchedule(campaign.defaultSchedule, i18n)}`);
  const landing = markdownUrl(campaign.landingUrl);
  if (landing) lines.push(`- ${t('campaign_landing_url')}: ${landing}`);
  lines.push('');
  lines.push(`## ${t('campaign_budget_and_estimates')}`, '');
  lines.push(`- ${t('campaign_budget')}: ${money(campaign.budget)}`);
  lines.push(`- ${t('campaign_total_cost')}: ${money(estimate.cost.value)} (${t('campaign_known_of', estimate.cost.known, estimate.cost.of)})`);
  const reachNote = estimate.reachEstimated > 0 ? `; ${t('campaign_reach_includes_estimates', estimate.reachEstimated)}` : '';
  lines.push(
    `- ${t('campaign_expected_reach')}: ${formatCount(estimate.reach.value, locale)} (${t('campaign_known_of', estimate.reach.known, estimate.reach.of)}${reachNote})`,
  );
  lines.push(`- ${t('campaign_expected_impressions')}: ${formatCount(estimate.impressions.value, locale)}`);
  lines.push(`- ${t('campaign_expected_engagements')}: ${formatCount(estimate.engagements.value, locale)}`);
  lines.push(`- CPM: ${money(estimate.cpm)} · CPE: ${money(estimate.cpe)}`, '');
  lines.push(`## ${t('campaign_creators')}`, '');
  const header = [
    t('campaign_col_creator'),
    t('campaign_col_platform'),
    t('campaign_col_followers'),
    t('campaign_col_er'),
    t('campaign_col_model'),
    t('campaign_col_posts'),
    t('campaign_expected_reach'),
    t('campaign_col_cost'),
    t('campaign_col_code'),
    t('campaign_col_link'),
  ];
  lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
  const total = data.rows.length;
  for (let i = 0; i < total; i += chunk) {
    for (const row of data.rows.slice(i, i + chunk)) {
      const handle = creatorLabel(row.creator, row.creator.creatorKey);
      const profile = markdownUrl(row.profileUrl);
      const name = profile ? `[${escapeMarkdown(handle)}](${profile})` : escapeMarkdown(handle);
      const cells = [
        name,
        t(messageKey('platform', row.creator.platform)),
        formatCount(row.record?.followers, locale, true),
        // The rate with its basis and how sure it is: per view and per follower are not comparable.
        [
          formatPercent(row.record?.scores.engagementRate, locale),
          row.record?.scores.engagementRate != null && row.record.scores.engagementBasis
            ? t(messageKey('evidence_basis', row.record.scores.engagementBasis))
            : '',
          row.record?.scores.confidence ? `(${t(messageKey('confidence', row.record.scores.confidence.engagement))})` : '',
        ]
          .filter(Boolean)
          .join(' '),
        t(messageKey('campaign_model', row.creator.model)),
        String(row.estimate.posts),
        `${row.estimate.reachBasis === 'estimate' ? '≈ ' : ''}${formatCount(row.estimate.expectedReach, locale, true)}`,
        money(row.estimate.chosen.cost),
        `\`${row.promoCode}\``,
        markdownUrl(row.trackingLink) ?? '—',
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    onProgress?.(Math.min(i + chunk, total), total);
    if (i + chunk < total) await nextTick();
  }
  const explained = data.rows.filter((r) => r.verdicts?.length);
  if (explained.length) {
    lines.push('', `## ${t('verdict_column')}`, '');
    for (const row of explained)
      for (const verdict of row.verdicts!)
        lines.push(
          `- ${escapeMarkdown(creatorLabel(row.creator, row.creator.creatorKey))} · ${escapeMarkdown(verdict.flag)}: ${escapeMarkdown(t('verdict_explained', verdict.note.replace(/\s+/g, ' ')))}`,
        );
  }
  const estimated = data.rows.find((r) => r.estimate.reachEstimate)?.estimate.reachEstimate;
  if (estimated) lines.push('', `_≈ ${t('campaign_md_reach_estimate', sourceTitle(estimated.source, i18n), estimated.year)}_`);
  if (options.results && hasResults(options.results)) lines.push('', ...resultsLines(campaign, options.results, i18n, now));
  lines.push('', `_${t('campaign_md_footer', formatDate(now.toISOString(), locale))}_`, '');
  return lines.join('\n');
}
