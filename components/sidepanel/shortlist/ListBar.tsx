import { useState } from 'preact/hooks';
import { DEFAULT_SHORTLIST_ID } from '../../../lib/storage/records';
import type { VetlensDB } from '../../../lib/storage/db';
import { formatCount } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { createShortlist, deleteShortlist, renameShortlist, type ListedShortlist } from '../../../lib/storage/shortlists';
import { EnumSelect } from '../fields/EnumSelect';
import { listName } from '../labels';
import type { RunAction } from './useUndoableRun';

const ALL_CREATORS = '__all__';

/** Which list is shown (or every creator), and making, renaming and deleting lists. */
export function ListBar(props: {
  db: VetlensDB;
  i18n: I18n;
  lists: ListedShortlist[];
  listId: string | null;
  onShow: (listId: string | null, clearSelection?: boolean) => void;
  run: RunAction;
  onError: (message: string | null) => void;
}) {
  const { db, i18n, lists, run } = props;
  const { t, locale } = i18n;
  const [editing, setEditing] = useState<'new' | 'rename' | null>(null);
  const [nameDraft, setNameDraft] = useState('');
  const current = lists.find((l) => l.id === props.listId) ?? null;

  async function submitName(event: Event) {
    event.preventDefault();
    props.onError(null);
    try {
      if (editing === 'new') {
        const list = await createShortlist(db, nameDraft);
        props.onShow(list.id);
      } else if (editing === 'rename' && current) {
        await renameShortlist(db, current.id, nameDraft);
      }
      setEditing(null);
    } catch {
      props.onError(t('sp_error_list_name'));
    }
  }

  const text = (id: string) => {
    const list = lists.find((l) => l.id === id);
    if (!list) return t('sp_all_creators');
    // A list is named at once and counted a moment later (useShortlistRows).
    return list.count === null ? listName(list, i18n) : `${listName(list, i18n)} (${formatCount(list.count, locale)})`;
  };
  return (
    <>
      <div class="toolbar">
        <label class="grow">
          <span class="sr-only">{t('sp_list')}</span>
          <EnumSelect
            testId="shortlist-select"
            options={[...lists.map((l) => l.id), ALL_CREATORS]}
            text={text}
            value={props.listId ?? ALL_CREATORS}
            onChange={(id) => {
              props.onShow(id === ALL_CREATORS ? null : id, true);
              setEditing(null);
            }}
          />
        </label>
        <button type="button" onClick={() => (setEditing('new'), setNameDraft(''))}>
          {t('sp_new_list')}
        </button>
        {current && (
          <button type="button" onClick={() => (setEditing('rename'), setNameDraft(current.name))}>
            {t('sp_rename_list')}
          </button>
        )}
        {current && current.id !== DEFAULT_SHORTLIST_ID && (
          <button
            type="button"
            class="danger"
            onClick={() => {
              const name = listName(current, i18n);
              props.onShow(DEFAULT_SHORTLIST_ID);
              void run(
                () => deleteShortlist(db, current.id),
                () => t('sp_list_deleted', name),
              );
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
            onInput={(e) => setNameDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
          />
          <button type="submit">{t('sp_save')}</button>
          <button type="button" class="ghost" onClick={() => setEditing(null)}>
            {t('sp_cancel')}
          </button>
        </form>
      )}
    </>
  );
}
