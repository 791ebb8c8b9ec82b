import { useMemo, useState } from 'preact/hooks';
import { defaultCurrencyFor } from '../../../lib/i18n/locale-data';
import type { VetlensDB } from '../../../lib/storage/db';
import { formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { errorMessage, storageReason } from '../../../lib/storage/errors';
import { DEFAULT_QUERY, type WorkspaceQuery, type WorkspaceRow } from '../../../lib/storage/workspace';
import { listName } from '../labels';
import type { ToastState } from '../Toast';
import { VirtualList } from '../VirtualList';
import { BulkBar } from './BulkBar';
import { EmptyList } from './EmptyList';
import { FilterBar } from './FilterBar';
import { ListBar } from './ListBar';
import { ListToolbar } from './ListToolbar';
import { ShortlistRow } from './ShortlistRow';
import { useRowKeys } from './useRowKeys';
import { useSelection } from './useSelection';
import { useShortlistRows } from './useShortlistRows';
import { useUndoableRun } from './useUndoableRun';
import { lookAlikes } from '../../../lib/handle-display';
import { useLiveQuery } from '../hooks/useLiveQuery';

const ROW_HEIGHT = 58;

/** The shortlists: which list, its filters, the rows, and what can be done to the selected creators. */
export function ShortlistTab(props: {
  db: VetlensDB;
  i18n: I18n;
  onOpenCreator: (key: string) => void;
  onOpenCampaign: (id: string) => void;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
  const { db, i18n, showToast } = props;
  const { t, locale } = i18n;
  const [query, setQuery] = useState<WorkspaceQuery>(DEFAULT_QUERY);
  const { lists, tags, rows, complete, loadError } = useShortlistRows(db, query);
  // Look-alike handles compare every stored creator: after the whole list is read, not before its first rows.
  const lookAlike = useLiveQuery(async () => (complete ? lookAlikes(await db.creators.toCollection().primaryKeys()) : undefined), [complete]).value;
  const { selected, setSelected, toggle } = useSelection(rows);
  const { run, error, setError } = useUndoableRun(db, i18n, showToast, selected.size);
  const keys = useRowKeys(rows?.length ?? 0, (index) => toggle(rows![index]!.creator.key));
  const update = (patch: Partial<WorkspaceQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const selectedKeys = [...selected];

  async function newCampaign() {
    setError(null);
    const currentList = lists.find((l) => l.id === query.listId);
    const base = currentList ? listName(currentList, i18n) : t('sp_all_creators');
    const name = t('campaign_default_name', base, formatDate(new Date().toISOString(), locale));
    // The currency is chosen once, from the interface language (AZN in Azerbaijani), and kept with the campaign.
    const currency = defaultCurrencyFor(locale);
    try {
      // Campaigns (and the results files they read, with their CSV parser) load on the first new campaign, not with the list.
      const { createCampaignFromKeys, createCampaignFromList } = await import('../../../lib/storage/campaigns');
      const campaign =
        selected.size > 0
          ? await createCampaignFromKeys(db, { keys: selectedKeys, name, currency })
          : query.listId !== null
            ? await createCampaignFromList(db, { listId: query.listId, name, currency })
            : await createCampaignFromKeys(db, { keys: (rows ?? []).map((r) => r.creator.key), name, currency });
      props.onOpenCampaign(campaign.id);
    } catch (e) {
      setError(storageReason(e, i18n));
    }
  }

  const allShownSelected = !!rows?.length && rows.every((r) => selected.has(r.creator.key));
  const filtered = !!(query.search || query.platform || query.tier || query.tag || query.status);
  const renderRow = useMemo(
    () => (row: WorkspaceRow, index: number) => (
      <ShortlistRow
        row={row}
        index={index}
        selected={selected.has(row.creator.key)}
        lookAlike={lookAlike?.get(row.creator.key)}
        i18n={i18n}
        onToggle={toggle}
        onOpen={props.onOpenCreator}
        onFocus={keys.setFocused}
      />
    ),
    [selected, locale, lookAlike],
  );

  return (
    <section class="tab-body shortlist-tab">
      <ListBar
        db={db}
        i18n={i18n}
        lists={lists}
        listId={query.listId}
        run={run}
        onError={setError}
        onShow={(listId, clearSelection) => {
          update({ listId });
          if (clearSelection) setSelected(new Set());
        }}
      />
      <FilterBar query={query} tags={tags} i18n={i18n} onChange={update} />
      <ListToolbar
        shown={rows?.length ?? 0}
        allSelected={allShownSelected}
        complete={complete}
        selected={selected.size}
        i18n={i18n}
        onSelectAll={(all) => setSelected(all ? new Set((rows ?? []).map((r) => r.creator.key)) : new Set())}
        onNewCampaign={() => void newCampaign()}
      />
      {selected.size > 0 && (
        <BulkBar
          db={db}
          i18n={i18n}
          keys={selectedKeys}
          listId={query.listId}
          otherLists={lists.filter((l) => l.id !== query.listId)}
          run={run}
          onClear={() => setSelected(new Set())}
        />
      )}

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loadError != null && (
        <p class="error" role="alert">
          {t('sp_error_load', errorMessage(loadError))}
        </p>
      )}

      {rows === undefined ? (
        <p class="muted">{t('sp_loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyList filtered={filtered} i18n={i18n} onClearFilters={() => setQuery({ ...DEFAULT_QUERY, listId: query.listId })} />
      ) : (
        <>
          <p class="muted small legend" data-testid="shortlist-legend">
            {t('sp_legend')}
          </p>
          <VirtualList
            items={rows}
            rowHeight={ROW_HEIGHT}
            getKey={(r) => r.creator.key}
            renderRow={renderRow}
            scrollToIndex={keys.focused}
            label={t('sp_creators')}
            onKeyDown={keys.onKeyDown}
          />
        </>
      )}
    </section>
  );
}
