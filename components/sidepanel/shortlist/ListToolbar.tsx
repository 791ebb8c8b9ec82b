import { formatCount } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';

/** Selecting every row shown, and turning the selection (or the whole list) into a campaign draft. */
export function ListToolbar(props: {
  shown: number;
  allSelected: boolean;
  complete: boolean;
  selected: number;
  i18n: I18n;
  onSelectAll: (all: boolean) => void;
  onNewCampaign: () => void;
}) {
  const { t, locale } = props.i18n;
  return (
    <div class="toolbar">
      <label class="check">
        <input type="checkbox" checked={props.allSelected} disabled={!props.complete} onChange={() => props.onSelectAll(!props.allSelected)} />
        {t('sp_select_all', formatCount(props.shown, locale))}
      </label>
      <span class="grow" />
      <button type="button" class="primary" data-testid="new-campaign" disabled={!props.shown} onClick={props.onNewCampaign}>
        {props.selected ? t('sp_new_campaign_selection', props.selected) : t('sp_new_campaign')}
      </button>
    </div>
  );
}
