import type { I18n } from '../../../lib/i18n/translate';

/** An empty list says why: nothing matches the filters (with a way to clear them), or nothing is in the list yet. */
export function EmptyList(props: { filtered: boolean; i18n: I18n; onClearFilters: () => void }) {
  const { t } = props.i18n;
  return (
    <div class="empty" data-testid="shortlist-empty">
      {props.filtered ? (
        <>
          <p>{t('sp_empty_filtered')}</p>
          <button type="button" onClick={props.onClearFilters}>
            {t('sp_clear_filters')}
          </button>
        </>
      ) : (
        <p>{t('sp_empty_list')}</p>
      )}
    </div>
  );
}
