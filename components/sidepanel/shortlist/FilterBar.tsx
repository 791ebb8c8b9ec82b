import { OUTREACH_STATUSES } from '../../../lib/storage/records';
import type { I18n } from '../../../lib/i18n/translate';
import { PLATFORMS } from '../../../lib/snapshot';
import { SORT_FIELDS, TIERS, type WorkspaceQuery } from '../../../lib/storage/workspace';
import { EnumSelect } from '../fields/EnumSelect';
import { statusLabel, tierLabel } from '../labels';
import { messageKey } from '../../../lib/i18n/keys';

/** Search, the filters (platform, tier, status, tag) and the sort order of the list. */
export function FilterBar(props: { query: WorkspaceQuery; tags: readonly string[]; i18n: I18n; onChange: (patch: Partial<WorkspaceQuery>) => void }) {
  const { query, i18n, onChange } = props;
  const { t } = i18n;
  const descending = query.direction === 'desc';
  return (
    <div class="filters">
      <input
        type="search"
        class="grow"
        data-testid="shortlist-search"
        placeholder={t('sp_search_placeholder')}
        aria-label={t('sp_search_placeholder')}
        value={query.search}
        onInput={(e) => onChange({ search: e.currentTarget.value })}
      />
      <EnumSelect
        label={t('sp_filter_platform')}
        options={PLATFORMS}
        text={(p) => t(messageKey('platform', p))}
        none={t('sp_all_platforms')}
        value={query.platform}
        onChange={(platform) => onChange({ platform })}
      />
      <EnumSelect
        label={t('sp_filter_tier')}
        options={TIERS}
        text={(tier) => tierLabel(tier, i18n)}
        none={t('sp_all_tiers')}
        value={query.tier}
        onChange={(tier) => onChange({ tier })}
      />
      <EnumSelect
        label={t('sp_filter_status')}
        options={OUTREACH_STATUSES}
        text={(s) => statusLabel(s, i18n)}
        none={t('sp_all_statuses')}
        value={query.status}
        onChange={(status) => onChange({ status })}
      />
      <EnumSelect
        label={t('sp_filter_tag')}
        options={props.tags}
        text={(tag) => `#${tag}`}
        none={t('sp_all_tags')}
        value={query.tag}
        onChange={(tag) => onChange({ tag })}
      />
      <EnumSelect
        label={t('sp_sort_by')}
        testId="shortlist-sort"
        options={SORT_FIELDS}
        text={(f) => t(messageKey('sp_sort', f))}
        value={query.sort}
        onChange={(sort) => onChange({ sort })}
      />
      <button
        type="button"
        aria-label={descending ? t('sp_sort_desc') : t('sp_sort_asc')}
        title={descending ? t('sp_sort_desc') : t('sp_sort_asc')}
        onClick={() => onChange({ direction: descending ? 'asc' : 'desc' })}
      >
        {descending ? '↓' : '↑'}
      </button>
    </div>
  );
}
