import type { I18n } from '../../../lib/i18n/translate';
import { messageKey } from '../../../lib/i18n/keys';

export type CampaignView = 'plan' | 'results';
const VIEWS: CampaignView[] = ['plan', 'results'];

/** Plan or Results of a campaign: two tabs, moved between with the arrow keys. */
export function ViewSwitch(props: { view: CampaignView; i18n: I18n; onChange: (view: CampaignView) => void }) {
  const { t } = props.i18n;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.indexOf(props.view) + 1) % VIEWS.length]!;
    props.onChange(next);
    document.getElementById(`campaign-view-${next}`)?.focus();
  };
  return (
    <div class="view-switch" role="tablist" aria-label={t('results_views')} onKeyDown={onKey}>
      {VIEWS.map((view) => (
        <button
          key={view}
          id={`campaign-view-${view}`}
          type="button"
          role="tab"
          data-testid={`campaign-view-${view}`}
          aria-selected={props.view === view}
          tabIndex={props.view === view ? 0 : -1}
          onClick={() => props.onChange(view)}
        >
          {t(messageKey('results_view', view))}
        </button>
      ))}
    </div>
  );
}
