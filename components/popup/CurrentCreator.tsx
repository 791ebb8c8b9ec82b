import type { I18n } from '../../lib/i18n/translate';
import { formatCount } from '../../lib/i18n/format';
import type { PageHid } from '../../lib/card-messages';
import { messageKey } from '../../lib/i18n/keys';
import { unreadableMessageKey, type TabState } from '../../lib/messages';
import { ReportView } from '../report/ReportView';
import { creatorLabel } from '../../lib/handle-display';

/** The page hides or covers the card: what the popup shows is Vetlens's own reading. */
function CardHidden({ i18n }: { i18n: I18n }) {
  return (
    <p class="vp-warn" data-testid="popup-card-hidden" role="alert">
      {i18n.t('popup_card_hidden')}
    </p>
  );
}

/**
 * The current tab's creator as the tab's content script reads it (null while the popup asks): the
 * scores and the shortlist button, or why there is no creator to show.
 */
export function CurrentCreator(props: { tabState: (TabState & { pageHid?: PageHid }) | null; i18n: I18n; onToggle: () => void }) {
  const { tabState, i18n } = props;
  const { t, locale } = i18n;
  return (
    <>
      {tabState === null && <p class="vp-muted">{t('overlay_loading')}</p>}
      {tabState?.status === 'none' && <p class="vp-muted">{t('popup_no_creator')}</p>}
      {tabState?.status === 'loading' && <p class="vp-muted">{t('overlay_loading')}</p>}
      {tabState?.status === 'unreadable' && <p class="vp-warn">{t(unreadableMessageKey(tabState))}</p>}
      {tabState?.status === 'error' && <p class="vp-warn">{tabState.message}</p>}
      {tabState?.status === 'flood' && <p class="vp-warn">{t('overlay_flood')}</p>}
      {tabState?.pageHid && <CardHidden i18n={i18n} />}
      {tabState?.status === 'ready' && (
        <div data-testid="popup-current">
          <p class="vp-creator">
            <strong>{creatorLabel(tabState.report.snapshot, '')}</strong> · {t(messageKey('platform', tabState.report.snapshot.platform))} ·{' '}
            {formatCount(tabState.report.snapshot.followers, locale, true)} {t('popup_followers')}
          </p>
          <ReportView report={tabState.report} i18n={i18n} />
          <button type="button" class="vp-button vp-primary" data-testid="popup-shortlist" aria-pressed={tabState.shortlisted} onClick={props.onToggle}>
            {tabState.shortlisted ? t('overlay_shortlisted') : t('overlay_add_shortlist')}
          </button>
        </div>
      )}
    </>
  );
}
