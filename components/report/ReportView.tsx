import './report.css';
import type { ComponentChildren } from 'preact';
import type { Report } from '../../lib/messages';
import type { I18n } from '../../lib/i18n/translate';
import { formatCount, formatPercent } from '../../lib/i18n/format';
import { tierText } from '../../lib/i18n/tier-label';
import { writeFact } from '../../lib/i18n/facts';
import { isAuthenticityCheckId } from '../../lib/scoring/check-ids';
import type { Fact } from '../../lib/scoring/fact';
import { MIN_POSTS_FOR_SCORE, checksRan, type ScoreBase } from '../../lib/scoring/types';
import { checksNote, isTentative } from './authenticity';
import { EvidenceView } from './Evidence';
import { DossierView } from './dossier/DossierView';
import { overallOnePartNote } from './dossier/scoreEvidence';
import { messageKey } from '../../lib/i18n/keys';
import type { MessageKey } from '../../lib/i18n/message-keys';

type ScoreId = 'overall' | 'engagement' | 'authenticity' | 'brand-fit';

/**
 * The colour of a score. Engagement and reach scores are percentiles in the tier, so green starts
 * at the tier's typical creator (50): a rate that beats typical is never amber. Other scores keep
 * their own scale. `neutral`: a score shown without a good/poor colour, because it rests on too
 * little to judge by.
 */
function toneOf(value: number | null, percentile: boolean, neutral: boolean): 'none' | 'neutral' | 'good' | 'fair' | 'poor' {
  if (value === null) return 'none';
  if (neutral) return 'neutral';
  const [good, fair] = percentile ? [50, 25] : [67, 40];
  return value >= good ? 'good' : value >= fair ? 'fair' : 'poor';
}

function ScoreChip(props: {
  id: ScoreId;
  label: string;
  score: ScoreBase | null;
  i18n: I18n;
  percentile?: boolean;
  measure?: string;
  neutral?: boolean;
  note?: string;
}) {
  const { score, i18n } = props;
  const value = score?.score ?? null;
  const tone = toneOf(value, props.percentile ?? false, props.neutral ?? false);
  return (
    <div
      class={`vl-score vl-${tone}`}
      data-testid={`vetlens-score-${props.id}`}
      data-score={value ?? ''}
      data-confidence={score?.confidence ?? 'none'}
      data-measure={props.measure}
    >
      <span class="vl-score-label">{props.label}</span>
      <span class="vl-score-value">{value === null ? '—' : value}</span>
      <span class="vl-score-conf">{score ? i18n.t(messageKey('confidence', score.confidence)) : i18n.t('report_no_brief')}</span>
      {props.note && <span class="vl-score-note">{props.note}</span>}
    </div>
  );
}

/** Authenticity says how much it knows: "3 of 7 checks", and no confident colour from low confidence. */
function authenticityChip(authenticity: Report['scores']['authenticity'], i18n: I18n) {
  return {
    neutral: isTentative(authenticity.confidence),
    note: checksNote(authenticity.checks ? checksRan(authenticity.checks) : null, i18n),
  };
}

function Section(p: { title: string; score: ScoreBase; i18n: I18n; children?: ComponentChildren; reasons?: readonly Fact[] }) {
  return (
    <section class="vl-why-section">
      <h4>
        {p.title}: {p.score.score ?? '—'} · {p.i18n.t(messageKey('confidence', p.score.confidence))}
      </h4>
      <ul>
        {(p.reasons ?? p.score.reasons).map((reason, i) => (
          <li key={i}>{writeFact(reason, p.i18n)}</li>
        ))}
        {p.children}
      </ul>
    </section>
  );
}

/** Where the numbers were read, in words ("the page as shown", "the data inside the page"), each once. */
const SOURCE_NAMES: Readonly<Record<string, MessageKey>> = {
  dom: 'source_dom',
  'embedded-json': 'source_embedded_json',
  'observed-json': 'source_observed_json',
  meta: 'source_meta',
};
function sourceNames(sources: readonly string[], i18n: I18n): string {
  return [...new Set(sources.map((s) => (SOURCE_NAMES[s] ? i18n.t(SOURCE_NAMES[s]) : s)))].join(', ');
}

/** An authenticity check's name: every registered check has its `check_<id>` message (tests/unit/scoring/checks/registry.test.ts). */
const checkName = (id: string, i18n: I18n) => (isAuthenticityCheckId(id) ? i18n.t(messageKey('check', id)) : id);

/**
 * The line under the scores: the engagement's own "rate vs typical" fact where scoring gave one (it
 * then leads the card and is not listed again below), else what can be said of the rate without a score.
 */
function rateLine(report: Report, i18n: I18n): { line: string; rest: readonly Fact[] } {
  const { t, locale } = i18n;
  const { engagement } = report.scores;
  const reach = report.scores.reach ?? null;
  const [first, ...rest] = engagement.reasons;
  if (first && 'key' in first && first.key === 'reason_rate_vs_typical') return { line: writeFact(first, i18n), rest };
  const all = engagement.reasons;
  if (engagement.rate === null) return { line: t(reach?.parts.length ? 'report_rate_no_likes' : 'report_rate_unknown'), rest: all };
  if (engagement.inputs.count < MIN_POSTS_FOR_SCORE) {
    const key = report.snapshot.platform === 'instagram' ? 'report_rate_too_few_post' : 'report_rate_too_few_video';
    return { line: t(key, formatPercent(engagement.rate, locale), formatCount(engagement.inputs.count, locale)), rest: all };
  }
  return { line: t('report_rate_only', formatPercent(engagement.rate, locale)), rest: all };
}

/** The scores and their explanation, shared by the overlay, the popup and the side panel. */
export function ReportView(props: { report: Report; i18n: I18n; open?: boolean }) {
  const { report, i18n } = props;
  const { t, locale } = i18n;
  const { engagement, authenticity, brandFit, overall } = report.scores;
  const reach = report.scores.reach ?? null;
  // Until likes are known, the engagement box shows reach, named as such.
  const reachStandsIn = engagement.score === null && reach !== null && reach.score !== null;
  const rate = rateLine(report, i18n);
  return (
    <div class="vl-report">
      <div class="vl-scores">
        <ScoreChip id="overall" label={t('score_overall')} score={overall} i18n={i18n} note={overallOnePartNote(overall, i18n)} />
        {reachStandsIn ? (
          <ScoreChip id="engagement" label={t('score_reach')} score={reach} i18n={i18n} percentile measure="reach" />
        ) : (
          <ScoreChip id="engagement" label={t('score_engagement')} score={engagement} i18n={i18n} percentile measure={engagement.basis ?? 'none'} />
        )}
        <ScoreChip id="authenticity" label={t('score_authenticity')} score={authenticity} i18n={i18n} {...authenticityChip(authenticity, i18n)} />
        <ScoreChip id="brand-fit" label={t('score_brand_fit')} score={brandFit} i18n={i18n} />
      </div>
      <p class="vl-rate" data-testid="vetlens-engagement-rate">
        {rate.line}
      </p>
      {reach && reach.parts.length > 0 && (
        <p class="vl-rate" data-testid="vetlens-reach" data-score={reach.score ?? ''}>
          {reach.parts
            .map((part) =>
              t(
                'report_reach_line',
                t(messageKey('reach_format', part.format)),
                formatPercent(part.ratio, locale),
                formatPercent(part.typical, locale),
                tierText(part.tierLabel, locale),
              ),
            )
            .join(' ')}
        </p>
      )}
      {report.scores.evidence && <EvidenceView evidence={report.scores.evidence} platform={report.snapshot.platform} i18n={i18n} />}
      {authenticity.verdict && (
        <p class={`vl-verdict vl-verdict-${authenticity.verdict}`} data-testid="vetlens-verdict">
          {t(messageKey('verdict', authenticity.verdict))}
        </p>
      )}
      <details class="vl-why" open={props.open}>
        <summary>{t('report_why')}</summary>
        <Section title={t('score_overall')} score={overall} i18n={i18n} />
        <Section title={t('score_engagement')} score={engagement} i18n={i18n} reasons={rate.rest} />
        {reach && <Section title={t('score_reach')} score={reach} i18n={i18n} />}
        <Section title={t('score_authenticity')} score={authenticity} i18n={i18n}>
          {authenticity.flags.map((flag) => (
            <li key={flag.id} class={`vl-flag vl-flag-${flag.severity}`} data-flag={flag.id}>
              {writeFact(flag.evidence, i18n)}
            </li>
          ))}
        </Section>
        {authenticity.checks && authenticity.checks.length > 0 && (
          <ul class="vl-checks" aria-label={t('report_checks')}>
            {authenticity.checks.map((check) => (
              <li key={check.id} data-check={check.id} data-status={check.status}>
                <span aria-hidden="true">{check.status === 'passed' ? '✓' : check.status === 'flagged' ? '!' : '–'}</span> {checkName(check.id, i18n)} ·{' '}
                {t(messageKey('check_status', check.status))}
              </li>
            ))}
          </ul>
        )}
        {brandFit ? (
          <Section title={`${t('score_brand_fit')} · ${brandFit.briefName}`} score={brandFit} i18n={i18n}>
            {brandFit.warnings.map((w, i) => (
              <li key={`${w.id}-${i}`} class="vl-flag vl-flag-warn">
                {writeFact(w.evidence, i18n)}
              </li>
            ))}
          </Section>
        ) : (
          <p class="vl-muted">{t('report_no_brief_hint')}</p>
        )}
        {/* Brand fit's reasons already say it when a brief is active. */}
        {!brandFit && <p class="vl-muted">{t('report_audience_unknown')}</p>}
        <p class="vl-muted">{t('report_read_from', sourceNames(report.snapshot.sources, i18n) || '—', formatCount(report.snapshot.posts.length, locale))}</p>
      </details>
      {report.dossier && <DossierView dossier={report.dossier} i18n={i18n} open={props.open} />}
    </div>
  );
}
