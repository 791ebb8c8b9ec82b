import './report.css';
import type { ComponentChildren } from 'preact';
import type { Report } from '../../lib/messages';
import type { I18n } from '../../lib/i18n/translate';
import { formatCount, formatPercent } from '../../lib/i18n/format';
import type { ScoreBase } from '../../lib/scoring/types';

type ScoreId = 'overall' | 'engagement' | 'authenticity' | 'brand-fit';

/** `neutral`: a score shown without a good/poor colour, because it rests on too little to judge by. */
function ScoreChip(props: { id: ScoreId; label: string; score: ScoreBase | null; i18n: I18n; neutral?: boolean; note?: string }) {
  const { score, i18n } = props;
  const value = score?.score ?? null;
  const tone = value === null ? 'none' : props.neutral ? 'neutral' : value >= 67 ? 'good' : value >= 40 ? 'fair' : 'poor';
  return (
    <div class={`vl-score vl-${tone}`} data-testid={`vetlens-score-${props.id}`} data-score={value ?? ''} data-confidence={score?.confidence ?? 'none'}>
      <span class="vl-score-label">{props.label}</span>
      <span class="vl-score-value">{value === null ? '—' : value}</span>
      <span class="vl-score-conf">{score ? i18n.t(`confidence_${score.confidence}`) : i18n.t('report_no_brief')}</span>
      {props.note && <span class="vl-score-note">{props.note}</span>}
    </div>
  );
}

/** Authenticity says how much it knows: "3 of 7 checks", and no confident colour from low confidence. */
function authenticityChip(authenticity: Report['scores']['authenticity'], i18n: I18n) {
  const checks = authenticity.checks ?? [];
  const ran = checks.filter((c) => c.status !== 'not-checked').length;
  return {
    neutral: authenticity.confidence === 'low' || authenticity.confidence === 'none',
    note: checks.length ? i18n.t('report_checks_run', ran, checks.length) : undefined,
  };
}

function Section(p: { title: string; score: ScoreBase; i18n: I18n; children?: ComponentChildren }) {
  return (
    <section class="vl-why-section">
      <h4>
        {p.title}: {p.score.score ?? '—'} · {p.i18n.t(`confidence_${p.score.confidence}`)}
      </h4>
      <ul>
        {p.score.reasons.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
        {p.children}
      </ul>
    </section>
  );
}

/** Where the numbers were read, in words ("the page as shown", "the data inside the page"), each once. */
export function sourceNames(sources: readonly string[], i18n: I18n): string {
  const known = new Set(['dom', 'embedded-json', 'observed-json', 'meta']);
  return [...new Set(sources.map((s) => (known.has(s) ? i18n.t(`source_${s.replace('-', '_')}`) : s)))].join(', ');
}

/** The scores and their explanation, shared by the overlay, the popup and the side panel. */
export function ReportView(props: { report: Report; i18n: I18n; open?: boolean }) {
  const { report, i18n } = props;
  const { t, locale } = i18n;
  const { engagement, authenticity, brandFit, overall } = report.scores;
  const bench = engagement.benchmark;
  return (
    <div class="vl-report">
      <div class="vl-scores">
        <ScoreChip id="overall" label={t('score_overall')} score={overall} i18n={i18n} />
        <ScoreChip id="engagement" label={t('score_engagement')} score={engagement} i18n={i18n} />
        <ScoreChip id="authenticity" label={t('score_authenticity')} score={authenticity} i18n={i18n} {...authenticityChip(authenticity, i18n)} />
        <ScoreChip id="brand-fit" label={t('score_brand_fit')} score={brandFit} i18n={i18n} />
      </div>
      <p class="vl-rate" data-testid="vetlens-engagement-rate">
        {engagement.rate === null
          ? t('report_rate_unknown')
          : bench
            ? t('reason_rate_vs_typical', formatPercent(engagement.rate, locale), formatPercent(bench.typical, locale), bench.tierLabel, t(`platform_${report.snapshot.platform}`))
            : engagement.basis === 'followers' && report.snapshot.platform !== 'instagram'
              ? t('report_views_per_follower', formatPercent(engagement.rate, locale))
              : t('report_rate_only', formatPercent(engagement.rate, locale))}
      </p>
      {authenticity.verdict && (
        <p class={`vl-verdict vl-verdict-${authenticity.verdict}`} data-testid="vetlens-verdict">
          {t(`verdict_${authenticity.verdict}`)}
        </p>
      )}
      <details class="vl-why" open={props.open}>
        <summary>{t('report_why')}</summary>
        <Section title={t('score_overall')} score={overall} i18n={i18n} />
        <Section title={t('score_engagement')} score={engagement} i18n={i18n} />
        <Section title={t('score_authenticity')} score={authenticity} i18n={i18n}>
          {authenticity.flags.map((flag) => (
            <li key={flag.id} class={`vl-flag vl-flag-${flag.severity}`} data-flag={flag.id}>
              {flag.evidence}
            </li>
          ))}
        </Section>
        {authenticity.checks && authenticity.checks.length > 0 && (
          <ul class="vl-checks" aria-label={t('report_checks')}>
            {authenticity.checks.map((check) => (
              <li key={check.id} data-check={check.id} data-status={check.status}>
                <span aria-hidden="true">{check.status === 'passed' ? '✓' : check.status === 'flagged' ? '!' : '–'}</span> {t(`check_${check.id.replaceAll('-', '_')}`)} ·{' '}
                {t(`check_status_${check.status.replace('-', '_')}`)}
              </li>
            ))}
          </ul>
        )}
        {brandFit ? (
          <Section title={`${t('score_brand_fit')} · ${brandFit.briefName}`} score={brandFit} i18n={i18n}>
            {brandFit.warnings.map((w, i) => (
              <li key={`${w.id}-${i}`} class="vl-flag vl-flag-warn">
                {w.evidence}
              </li>
            ))}
          </Section>
        ) : (
          <p class="vl-muted">{t('report_no_brief_hint')}</p>
        )}
        <p class="vl-muted">{t('report_audience_unknown')}</p>
        <p class="vl-muted">
          {t('report_read_from', sourceNames(report.snapshot.sources, i18n) || '—', formatCount(report.snapshot.posts.length, locale))}
        </p>
      </details>
    </div>
  );

}
