import type { Report, VisibleTabState } from '../../lib/messages';
import type { I18n } from '../../lib/i18n/translate';
import { formatCount, formatDate } from '../../lib/i18n/format';
import { ReportView } from '../report/ReportView';

export interface OverlayProps {
  state: VisibleTabState;
  i18n: I18n;
  floating: boolean;
  onToggleShortlist(): void;
}

/**
 * The follower count as this page shows it; on a post page that shows none, the count of the
 * creator's latest earlier visit, marked as such. Never a number no page gave.
 */
function FollowersValue({ report, i18n }: { report: Report; i18n: I18n }) {
  const { t, locale } = i18n;
  const { followers, precision } = report.snapshot;
  const earlier = followers === null ? (report.scores.evidence?.followersFrom ?? null) : null;
  return (
    <dd data-testid="vetlens-followers" data-value={followers ?? earlier?.followers ?? ''}>
      {earlier ? formatCount(earlier.followers, locale) : followers === null ? t('not_read') : formatCount(followers, locale)}
      {precision.followers === 'rounded' && <small title={t('rounded_note')}> ≈</small>}
      {earlier && <small class="vl-muted"> {t('overlay_followers_from', formatDate(earlier.capturedAt, locale))}</small>}
    </dd>
  );
}

/** The inline card on a creator's page. Every page-supplied string is rendered as text. */
export function Overlay({ state, i18n, floating, onToggleShortlist }: OverlayProps) {
  const { t } = i18n;
  return (
    <aside class={`vl-card${floating ? ' vl-floating' : ''}`} data-testid="vetlens-overlay" data-status={state.status} aria-label={t('extName')} aria-busy={state.status === 'loading'}>
      <header class="vl-head">
        <span class="vl-brand">Vetlens</span>
        {state.status === 'ready' && (
          <span class="vl-handle" data-testid="vetlens-handle" title={state.report.snapshot.displayName ?? ''}>
            {state.report.snapshot.handle ? `@${state.report.snapshot.handle}` : state.report.snapshot.displayName ?? t('unknown')}
          </span>
        )}
      </header>
      {state.status === 'ready' && state.report.snapshot.handle && state.report.snapshot.displayName && (
        <p class="vl-name" data-testid="vetlens-display-name">
          {state.report.snapshot.displayName}
        </p>
      )}
      {state.status === 'loading' && <p class="vl-muted" data-testid="vetlens-loading">{t('overlay_loading')}</p>}
      {state.status === 'unreadable' && (
        <p class="vl-unreadable" data-testid="vetlens-unreadable" role="status">
          {t(`overlay_unreadable_${state.reason.replace('-', '_')}`)}
        </p>
      )}
      {state.status === 'error' && (
        <p class="vl-unreadable" data-testid="vetlens-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <dl class="vl-stats">
            <div>
              <dt>{t('overlay_followers')}</dt>
              <FollowersValue report={state.report} i18n={i18n} />
            </div>
            {state.report.snapshot.verified && (
              <div>
                <dt>{t('overlay_verified')}</dt>
                <dd>✓</dd>
              </div>
            )}
          </dl>
          <ReportView report={state.report} i18n={i18n} />
          <button type="button" class="vl-shortlist" data-testid="vetlens-shortlist" aria-pressed={state.shortlisted} onClick={onToggleShortlist}>
            {state.shortlisted ? t('overlay_shortlisted') : t('overlay_add_shortlist')}
          </button>
        </>
      )}
    </aside>
  );
}
