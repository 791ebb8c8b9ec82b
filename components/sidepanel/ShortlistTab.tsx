import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createCampaignFromKeys, createCampaignFromList } from '../../lib/storage/campaigns';
import { DEFAULT_SHORTLIST_ID, OUTREACH_STATUSES, type OutreachStatus } from '../../lib/storage/records';
import type { VetlensDB } from '../../lib/storage/db';
import { formatCount, formatDate, formatPercent } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import { linkCreators } from '../../lib/storage/linking';
import { PLATFORMS, type Platform } from '../../lib/snapshot';
import {
  DEFAULT_QUERY,
  SORT_FIELDS,
  TIERS,
  filterAndSort,
  loadNewestWorkspaceRows,
  loadWorkspaceRows,
  showsNewestFirst,
  type SortField,
  type Tier,
  type WorkspaceQuery,
  type WorkspaceRow,
} from '../../lib/storage/workspace';
import { addTag, allTags, setStatus } from '../../lib/storage/creators';
import { applyUndo, type Undo } from '../../lib/storage/undo';
import { copyToList, createShortlist, deleteShortlist, listShortlists, moveToList, removeFromList, renameShortlist } from '../../lib/storage/shortlists';
import { useLiveQuery } from './hooks';
import { handleLabel, listName, statusLabel, tierLabel } from './labels';
import type { ToastState } from './Toast';
import { VirtualList } from './VirtualList';
import { storageReason } from '../../lib/storage/errors';

const ROW_HEIGHT = 58;
const ALL_CREATORS = '__all__';

/** Rows shown before the whole list has loaded: more than a tall panel holds. */
const FIRST_ROWS = 60;

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
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState<number | null>(null);
  const [editing, setEditing] = useState<'new' | 'rename' | null>(null);
  const [nameDraft, setNameDraft] = useState('');
  const [tagDraft, setTagDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const lists = useLiveQuery(() => listShortlists(db), []).value ?? [];
  // A large list shows its newest rows at once, while the whole list loads for search and sort.
  const newest = useLiveQuery(() => (query.listId === null ? Promise.resolve(undefined) : loadNewestWorkspaceRows(db, query.listId, FIRST_ROWS)), [query.listId]);
  // The whole list starts loading once the newest rows are on screen: IndexedDB would otherwise
  // queue the small read behind the big one.
  const newestReady = query.listId === null || newest.value !== undefined;
  const loaded = useLiveQuery(() => (newestReady ? loadWorkspaceRows(db, query.listId) : Promise.resolve(undefined)), [query.listId, newestReady]);
  // The tag filter's choices scan every creator's tags: after the first rows, not before them.
  const tags = useLiveQuery(() => (newestReady ? allTags(db) : Promise.resolve([])), [newestReady]).value ?? [];
  const base = loaded.value;
  const rows = useMemo(
    () => (base ? filterAndSort(base, query) : showsNewestFirst(query) ? newest.value : undefined),
    [base, newest.value, query],
  );
  const currentList = lists.find((l) => l.id === query.listId) ?? null;

  // A ready signal for measurements (npm run bench): the first time the list has rows on screen.
  const announced = useRef(false);
  useEffect(() => {
    if (!rows || announced.current) return;
    announced.current = true;
    performance.mark('vetlens:shortlist-rendered');
  }, [rows]);

  // Selection only ever holds rows that are still shown.
  useEffect(() => {
    if (!rows) return;
    const shown = new Set(rows.map((r) => r.creator.key));
    setSelected((s) => {
      const kept = new Set([...s].filter((k) => shown.has(k)));
      return kept.size === s.size ? s : kept;
    });
  }, [rows]);

  // Arrow keys move focus between rows; the row may only exist once the list has scrolled to it.
  const focusPending = useRef(false);
  useEffect(() => {
    if (focused === null || !focusPending.current) return;
    const el = document.querySelector<HTMLElement>(`[data-row-index="${focused}"] .row-main`);
    if (el) {
      focusPending.current = false;
      el.focus();
    } else {
      const frame = requestAnimationFrame(() => {
        focusPending.current = false;
        document.querySelector<HTMLElement>(`[data-row-index="${focused}"] .row-main`)?.focus();
      });
      return () => cancelAnimationFrame(frame);
    }
  }, [focused]);

  const update = (patch: Partial<WorkspaceQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const selectedKeys = [...selected];

  async function run(action: () => Promise<Undo | void>, message: (undo: Undo | void) => string, undoable = false) {
    setError(null);
    try {
      const undo = await action();
      // The count says what changed; when nothing did, say so and offer nothing to undo.
      if (undo && undo.count === 0) return showToast({ message: t('sp_nothing_changed', selected.size) });
      showToast({ message: message(undo), undo: undoable && undo ? () => applyUndo(db, undo) : undefined });
    } catch (e) {
      setError(storageReason(e, i18n));
    }
  }

  async function submitName(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      if (editing === 'new') {
        const list = await createShortlist(db, nameDraft);
        update({ listId: list.id });
      } else if (editing === 'rename' && currentList) {
        await renameShortlist(db, currentList.id, nameDraft);
      }
      setEditing(null);
    } catch {
      setError(t('sp_error_list_name'));
    }
  }

  async function newCampaign() {
    setError(null);
    const base = currentList ? listName(currentList, i18n) : t('sp_all_creators');
    const name = t('campaign_default_name', base, formatDate(new Date().toISOString(), locale));
    try {
      const campaign =
        selected.size > 0
          ? await createCampaignFromKeys(db, { keys: selectedKeys, name })
          : query.listId !== null
            ? await createCampaignFromList(db, { listId: query.listId, name })
            : await createCampaignFromKeys(db, { keys: (rows ?? []).map((r) => r.creator.key), name });
      props.onOpenCampaign(campaign.id);
    } catch (e) {
      setError(storageReason(e, i18n));
    }
  }

  function onListKeyDown(event: KeyboardEvent) {
    if (!rows?.length) return;
    const current = focused ?? -1;
    if (event.key === 'ArrowDown') setFocused(Math.min(rows.length - 1, current + 1));
    else if (event.key === 'ArrowUp') setFocused(Math.max(0, current - 1));
    else if (event.key === 'Home') setFocused(0);
    else if (event.key === 'End') setFocused(rows.length - 1);
    else if (event.key === 'x' && focused !== null) return (event.preventDefault(), toggle(rows[focused]!.creator.key));
    else return;
    focusPending.current = true;
    event.preventDefault();
  }

  function toggle(key: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  const allShownSelected = !!rows?.length && rows.every((r) => selected.has(r.creator.key));
  const otherLists = lists.filter((l) => l.id !== query.listId);

  const renderRow = useMemo(
    () => (row: WorkspaceRow, index: number) => {
      const c = row.creator;
      return (
        <div class={`row${selected.has(c.key) ? ' selected' : ''}`} data-testid="shortlist-row" data-creator-key={c.key} data-row-index={index}>
          <input type="checkbox" checked={selected.has(c.key)} aria-label={t('sp_select_creator', handleLabel(c))} onChange={() => toggle(c.key)} />
          <button type="button" class="row-main" onClick={() => props.onOpenCreator(c.key)} onFocus={() => setFocused(index)}>
            <span class="row-title">
              <span class="handle">{handleLabel(c)}</span>
              <span class={`chip platform-${c.platform}`}>{t(`platform_${c.platform}`)}</span>
              {c.groupId && <span class="chip" title={t('sp_linked_hint')}>⛓</span>}
              <span class={`chip status-${c.status}`}>{statusLabel(c.status, i18n)}</span>
            </span>
            <span class="row-stats">
              <span title={t('sp_followers')}>{formatCount(c.followers, locale, true)}</span>
              <span title={t('sp_score_overall')}>★ {c.scores.overall ?? '—'}</span>
              <span title={t('sp_engagement_rate')}>ER {formatPercent(c.scores.engagementRate, locale)}</span>
              <span title={t('sp_score_authenticity')}>✓ {c.scores.authenticity ?? '—'}</span>
              <span title={t('sp_score_brand_fit')}>◎ {c.scores.brandFit ?? '—'}</span>
              {c.tags.slice(0, 3).map((tag) => (
                <span key={tag} class="tag">#{tag}</span>
              ))}
            </span>
          </button>
        </div>
      );
    },
    [selected, locale],
  );

  return (
    <section class="tab-body shortlist-tab">
      <div class="toolbar">
        <label class="grow">
          <span class="sr-only">{t('sp_list')}</span>
          <select
            data-testid="shortlist-select"
            value={query.listId ?? ALL_CREATORS}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              update({ listId: v === ALL_CREATORS ? null : v });
              setSelected(new Set());
              setEditing(null);
            }}
          >
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {listName(l, i18n)} ({formatCount(l.count, locale)})
              </option>
            ))}
            <option value={ALL_CREATORS}>{t('sp_all_creators')}</option>
          </select>
        </label>
        <button type="button" onClick={() => (setEditing('new'), setNameDraft(''))}>
          {t('sp_new_list')}
        </button>
        {currentList && (
          <button type="button" onClick={() => (setEditing('rename'), setNameDraft(currentList.name))}>
            {t('sp_rename_list')}
          </button>
        )}
        {currentList && currentList.id !== DEFAULT_SHORTLIST_ID && (
          <button
            type="button"
            class="danger"
            onClick={() => {
              const name = listName(currentList, i18n);
              update({ listId: DEFAULT_SHORTLIST_ID });
              void run(() => deleteShortlist(db, currentList.id), () => t('sp_list_deleted', name), true);
            }}
          >
            {t('sp_delete_list')}
          </button>
        )}
      </div>
      {editing && (
        <form class="toolbar" onSubmit={submitName}>
          <input
            class="grow"
            autoFocus
            maxLength={100}
            value={nameDraft}
            placeholder={t('sp_list_name_placeholder')}
            aria-label={t('sp_list_name_placeholder')}
            onInput={(e) => setNameDraft((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
          />
          <button type="submit">{t('sp_save')}</button>
          <button type="button" class="ghost" onClick={() => setEditing(null)}>
            {t('sp_cancel')}
          </button>
        </form>
      )}

      <div class="filters">
        <input
          type="search"
          class="grow"
          data-testid="shortlist-search"
          placeholder={t('sp_search_placeholder')}
          aria-label={t('sp_search_placeholder')}
          value={query.search}
          onInput={(e) => update({ search: (e.target as HTMLInputElement).value })}
        />
        <select aria-label={t('sp_filter_platform')} value={query.platform ?? ''} onChange={(e) => update({ platform: ((e.target as HTMLSelectElement).value || null) as Platform | null })}>
          <option value="">{t('sp_all_platforms')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`platform_${p}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('sp_filter_tier')} value={query.tier ?? ''} onChange={(e) => update({ tier: ((e.target as HTMLSelectElement).value || null) as Tier | null })}>
          <option value="">{t('sp_all_tiers')}</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {tierLabel(tier, i18n)}
            </option>
          ))}
        </select>
        <select aria-label={t('sp_filter_status')} value={query.status ?? ''} onChange={(e) => update({ status: ((e.target as HTMLSelectElement).value || null) as OutreachStatus | null })}>
          <option value="">{t('sp_all_statuses')}</option>
          {OUTREACH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, i18n)}
            </option>
          ))}
        </select>
        <select aria-label={t('sp_filter_tag')} value={query.tag ?? ''} onChange={(e) => update({ tag: (e.target as HTMLSelectElement).value || null })}>
          <option value="">{t('sp_all_tags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
        <select aria-label={t('sp_sort_by')} data-testid="shortlist-sort" value={query.sort} onChange={(e) => update({ sort: (e.target as HTMLSelectElement).value as SortField })}>
          {SORT_FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(`sp_sort_${f}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label={query.direction === 'desc' ? t('sp_sort_desc') : t('sp_sort_asc')}
          title={query.direction === 'desc' ? t('sp_sort_desc') : t('sp_sort_asc')}
          onClick={() => update({ direction: query.direction === 'desc' ? 'asc' : 'desc' })}
        >
          {query.direction === 'desc' ? '↓' : '↑'}
        </button>
      </div>

      <div class="toolbar">
        <label class="check">
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={!base}
            onChange={() => setSelected(allShownSelected ? new Set() : new Set((rows ?? []).map((r) => r.creator.key)))}
          />
          {t('sp_select_all', formatCount(rows?.length ?? 0, locale))}
        </label>
        <span class="grow" />
        <button type="button" class="primary" data-testid="new-campaign" disabled={!rows?.length} onClick={newCampaign}>
          {selected.size ? t('sp_new_campaign_selection', selected.size) : t('sp_new_campaign')}
        </button>
      </div>

      {selected.size > 0 && (
        <div class="bulk" role="toolbar" aria-label={t('sp_bulk_actions')} data-testid="bulk-bar">
          <strong>{t('sp_selected', selected.size)}</strong>
          {otherLists.length > 0 && query.listId !== null && (
            <select
              aria-label={t('sp_move_to')}
              value=""
              onChange={(e) => {
                const to = (e.target as HTMLSelectElement).value;
                if (to) void run(() => moveToList(db, selectedKeys, query.listId!, to), (u) => t('sp_moved', u?.count ?? 0), true);
              }}
            >
              <option value="">{t('sp_move_to')}</option>
              {otherLists.map((l) => (
                <option key={l.id} value={l.id}>
                  {listName(l, i18n)}
                </option>
              ))}
            </select>
          )}
          {otherLists.length > 0 && (
            <select
              aria-label={t('sp_copy_to')}
              value=""
              onChange={(e) => {
                const to = (e.target as HTMLSelectElement).value;
                if (to) void run(() => copyToList(db, selectedKeys, to), (u) => t('sp_copied', u?.count ?? 0), true);
              }}
            >
              <option value="">{t('sp_copy_to')}</option>
              {otherLists.map((l) => (
                <option key={l.id} value={l.id}>
                  {listName(l, i18n)}
                </option>
              ))}
            </select>
          )}
          <select
            aria-label={t('sp_set_status')}
            data-testid="bulk-status"
            value=""
            onChange={(e) => {
              const status = (e.target as HTMLSelectElement).value as OutreachStatus;
              if (status) void run(() => setStatus(db, selectedKeys, status), (u) => t('sp_status_set', u?.count ?? 0, statusLabel(status, i18n)), true);
            }}
          >
            <option value="">{t('sp_set_status')}</option>
            {OUTREACH_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, i18n)}
              </option>
            ))}
          </select>
          <form
            class="inline"
            onSubmit={(e) => {
              e.preventDefault();
              const tag = tagDraft;
              if (!tag.trim()) return;
              setTagDraft('');
              void run(() => addTag(db, selectedKeys, tag), (u) => t('sp_tag_added', u?.count ?? 0), true);
            }}
          >
            <input value={tagDraft} maxLength={50} placeholder={t('sp_add_tag')} aria-label={t('sp_add_tag')} onInput={(e) => setTagDraft((e.target as HTMLInputElement).value)} />
            <button type="submit">+</button>
          </form>
          {selected.size >= 2 && (
            <button type="button" onClick={() => void run(async () => ({ lists: [], listsToDelete: [], entriesToPut: [], entriesToDelete: [], creators: await linkCreators(db, selectedKeys), count: selected.size }), () => t('sp_linked', selected.size), true)}>
              {t('sp_link_as_one')}
            </button>
          )}
          {query.listId !== null && (
            <button
              type="button"
              class="danger"
              data-testid="bulk-remove"
              onClick={() => void run(() => removeFromList(db, query.listId!, selectedKeys), (u) => t('sp_removed', u?.count ?? 0), true)}
            >
              {t('sp_remove')}
            </button>
          )}
          <button type="button" class="ghost" onClick={() => setSelected(new Set())}>
            {t('sp_clear_selection')}
          </button>
        </div>
      )}

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loaded.error != null && (
        <p class="error" role="alert">
          {t('sp_error_load', loaded.error instanceof Error ? loaded.error.message : String(loaded.error))}
        </p>
      )}

      {rows === undefined ? (
        <p class="muted">{t('sp_loading')}</p>
      ) : rows.length === 0 ? (
        <div class="empty" data-testid="shortlist-empty">
          {query.search || query.platform || query.tier || query.tag || query.status ? (
            <>
              <p>{t('sp_empty_filtered')}</p>
              <button type="button" onClick={() => setQuery({ ...DEFAULT_QUERY, listId: query.listId })}>
                {t('sp_clear_filters')}
              </button>
            </>
          ) : (
            <p>{t('sp_empty_list')}</p>
          )}
        </div>
      ) : (
        <>
          <p class="muted small legend" data-testid="shortlist-legend">
            {t('sp_legend')}
          </p>
          <VirtualList items={rows} rowHeight={ROW_HEIGHT} getKey={(r) => r.creator.key} renderRow={renderRow} scrollToIndex={focused} label={t('sp_creators')} onKeyDown={onListKeyDown} />
        </>
      )}
    </section>
  );
}
