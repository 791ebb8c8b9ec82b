import { useEffect, useState } from 'preact/hooks';
import { unreadableMessageKey, type Report, type VisibleTabState } from '../../lib/messages';
import type { I18n } from '../../lib/i18n/translate';
import type { ProfileSnapshot } from '../../lib/snapshot';
import { formatCount, formatDate } from '../../lib/i18n/format';
import { POST_LIMITS } from '../../lib/limits';
import { ReportView } from '../report/ReportView';
import { creatorLabel, shownHandle, shownName } from '../../lib/handle-display';
import { ShortlistActions } from './ShortlistActions';

/**
 * Runs a button's action for a press. The card frame passes its PersonGuard (./guard.ts), which also
 * checks that the person can see the card; alone (tests) only the browser's own events act.
 */
export type Press = (event: MouseEvent, action: () => void) => void;
const trustedOnly: Press = (event, action) => {
  if (event.isTrusted) action();
};

interface OverlayProps {
  state: VisibleTabState;
  press?: Press;
  /** Why the last press did nothing, said on the card (the page hid or covered it, or moved focus into it). */
  refusal?: string | null;
  i18n: I18n;
  floating: boolean;
  onToggleShortlist: () => void;
  /** Opens the side panel on Briefs, from the link beside the brief in use. */
  onOpenBriefs?: () => void;
  /** The floating card folded to its header (remembered by the caller). */
  collapsed?: boolean;
  onCollapse?: (collapsed: boolean) => void;
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

/** The brief brand fit is scored against, with a link that opens it in the side panel. */
function BriefInUse({ name, i18n, onOpen, press }: { name: string; i18n: I18n; onOpen: (() => void) | undefined; press: Press }) {
  const { t } = i18n;
  return (
    <p class="vl-muted vl-brief" data-testid="vetlens-brief">
      {t('overlay_brief_in_use', name)}{' '}
      {onOpen && (
        <button type="button" class="vl-link" data-testid="vetlens-open-briefs" onClick={(event) => press(event, onOpen)}>
          {t('overlay_open_briefs')}
        </button>
      )}
    </p>
  );
}

/** Why the person's last press did nothing. */
function Refused({ text }: { text: string }) {
  return (
    <p class="vl-refused" data-testid="vetlens-refused" role="status">
      {text}
    </p>
  );
}

/** The inline card on a creator's page. Every page-supplied string is rendered as text. */
/** What the card must say about where its numbers come from: data set aside, cut to size, a private account. */
function SnapshotNotes({ snapshot, i18n: { t, locale } }: { snapshot: ProfileSnapshot; i18n: I18n }) {
  return (
    <>
      {snapshot.overruled && (
        <p class="vl-muted" data-testid="vetlens-overruled" data-fields={snapshot.overruled.join(' ')} role="note">
          {t('overlay_overruled')}
        </p>
      )}
      {snapshot.trimmed && (
        <p class="vl-muted" data-testid="vetlens-trimmed" role="note">
          {t('overlay_trimmed', formatCount(POST_LIMITS.perVisit, locale))}
        </p>
      )}
      {snapshot.privateAccount && (
        <p class="vl-muted" data-testid="vetlens-private" role="note">
          {t('overlay_private_note')}
        </p>
      )}
    </>
  );
}

export function Overlay({ state, i18n, floating, onToggleShortlist, onOpenBriefs, collapsed = false, onCollapse, press = trustedOnly, refusal }: OverlayProps) {
  const { t, locale } = i18n;
  // After a removal on the card, the way back stays on the card until the creator changes.
  const [removed, setRemoved] = useState(false);
  const creator = state.status === 'ready' ? state.creatorKey : null;
  useEffect(() => setRemoved(false), [creator]);
  const folded = floating && collapsed;
  return (
    <aside
      lang={locale}
      class={`vl-card${floating ? ' vl-floating' : ''}${folded ? ' vl-collapsed' : ''}`}
      data-testid="vetlens-overlay"
      data-status={state.status}
      data-collapsed={folded ? 'true' : undefined}
      aria-label={t('extName')}
      aria-busy={state.status === 'loading'}
    >
      <header class="vl-head">
        <span class="vl-brand">Vetlens</span>
        {state.status === 'ready' && (
          <span class="vl-handle" data-testid="vetlens-handle" title={shownName(state.report.snapshot.displayName ?? '')}>
            {creatorLabel(state.report.snapshot, t('unknown'))}
          </span>
        )}
        {folded && state.status === 'ready' && (
          <span class="vl-folded-score" title={t('score_overall')}>
            {state.report.scores.overall.score ?? '—'}
          </span>
        )}
        {floating && onCollapse && (
          <button
            type="button"
            class="vl-collapse"
            data-testid="vetlens-collapse"
            aria-expanded={!folded}
            aria-label={folded ? t('overlay_expand') : t('overlay_collapse')}
            title={folded ? t('overlay_expand') : t('overlay_collapse')}
            onClick={(event) => press(event, () => onCollapse(!folded))}
          >
            {folded ? '▸' : '▾'}
          </button>
        )}
      </header>
      {!folded && (
        <>
          <div class="vl-body">
            {state.status === 'ready' && state.report.snapshot.handle && state.report.snapshot.displayName && (
              <p class="vl-name" data-testid="vetlens-display-name">
                {shownName(state.report.snapshot.displayName)}
              </p>
            )}
            {state.status === 'ready' && state.lookAlikeOf && (
              <p class="vl-warn" data-testid="vetlens-lookalike" role="note">
                {t('handle_lookalike', shownHandle(state.lookAlikeOf))}
              </p>
            )}
            {state.status === 'loading' && (
              <p class="vl-muted" data-testid="vetlens-loading">
                {t('overlay_loading')}
              </p>
            )}
            {state.status === 'unreadable' && (
              <p class="vl-unreadable" data-testid="vetlens-unreadable" role="status">
                {t(unreadableMessageKey(state))}
              </p>
            )}
            {state.status === 'flood' && (
              <p class="vl-unreadable" data-testid="vetlens-flood" role="alert">
                {t('overlay_flood')}
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
                <SnapshotNotes snapshot={state.report.snapshot} i18n={i18n} />
                <ReportView report={state.report} i18n={i18n} />
                {state.report.scores.brandFit && <BriefInUse name={state.report.scores.brandFit.briefName} i18n={i18n} onOpen={onOpenBriefs} press={press} />}
              </>
            )}
          </div>
          {refusal && <Refused text={refusal} />}
          {state.status === 'ready' && (
            <ShortlistActions
              shortlisted={state.shortlisted}
              removed={removed}
              i18n={i18n}
              press={press}
              onToggle={() => {
                setRemoved(state.shortlisted);
                onToggleShortlist();
              }}
              onUndo={() => {
                setRemoved(false);
                onToggleShortlist();
              }}
            />
          )}
        </>
      )}
    </aside>
  );
}
