import { useState } from 'preact/hooks';
import { OUTREACH_STATUSES } from '../../../lib/storage/records';
import type { VetlensDB } from '../../../lib/storage/db';
import type { I18n } from '../../../lib/i18n/translate';
import { addTag, setStatus } from '../../../lib/storage/creators';
import { copyToList, moveToList, removeFromList, type ListedShortlist } from '../../../lib/storage/shortlists';
import { EnumSelect } from '../fields/EnumSelect';
import { listName, statusLabel } from '../labels';
import type { RunAction } from './useUndoableRun';

/** What can be done to the selected creators at once: move, copy, status, tag, link, remove; each undoable. */
export function BulkBar(props: {
  db: VetlensDB;
  i18n: I18n;
  keys: string[];
  listId: string | null;
  otherLists: ListedShortlist[];
  run: RunAction;
  onClear: () => void;
}) {
  const { db, i18n, keys, listId, otherLists, run } = props;
  const { t } = i18n;
  const [tagDraft, setTagDraft] = useState('');
  const listIds = otherLists.map((l) => l.id);
  const nameOf = (id: string) => {
    const list = otherLists.find((l) => l.id === id);
    return list ? listName(list, i18n) : id;
  };
  return (
    <div class="bulk" role="toolbar" aria-label={t('sp_bulk_actions')} data-testid="bulk-bar">
      <strong>{t('sp_selected', keys.length)}</strong>
      {otherLists.length > 0 && listId !== null && (
        <EnumSelect
          label={t('sp_move_to')}
          options={listIds}
          text={nameOf}
          none={t('sp_move_to')}
          value={null}
          onChange={(to) =>
            to &&
            void run(
              () => moveToList(db, keys, listId, to),
              (u) => t('sp_moved', u?.count ?? 0),
            )
          }
        />
      )}
      {otherLists.length > 0 && (
        <EnumSelect
          label={t('sp_copy_to')}
          options={listIds}
          text={nameOf}
          none={t('sp_copy_to')}
          value={null}
          onChange={(to) =>
            to &&
            void run(
              () => copyToList(db, keys, to),
              (u) => t('sp_copied', u?.count ?? 0),
            )
          }
        />
      )}
      <EnumSelect
        label={t('sp_set_status')}
        testId="bulk-status"
        options={OUTREACH_STATUSES}
        text={(s) => statusLabel(s, i18n)}
        none={t('sp_set_status')}
        value={null}
        onChange={(status) =>
          status &&
          void run(
            () => setStatus(db, keys, status),
            (u) => t('sp_status_set', u?.count ?? 0, statusLabel(status, i18n)),
          )
        }
      />
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const tag = tagDraft;
          if (!tag.trim()) return;
          setTagDraft('');
          void run(
            () => addTag(db, keys, tag),
            (u) => t('sp_tag_added', u?.count ?? 0),
          );
        }}
      >
        <input value={tagDraft} maxLength={50} placeholder={t('sp_add_tag')} aria-label={t('sp_add_tag')} onInput={(e) => setTagDraft(e.currentTarget.value)} />
        <button type="submit">+</button>
      </form>
      {keys.length >= 2 && (
        <button
          type="button"
          onClick={() =>
            void run(
              async () => {
                // Linking reads and re-scores visits: its code loads on the first link, not with the list.
                const { linkCreators } = await import('../../../lib/storage/linking');
                return { lists: [], listsToDelete: [], entriesToPut: [], entriesToDelete: [], creators: await linkCreators(db, keys), count: keys.length };
              },
              () => t('sp_linked', keys.length),
            )
          }
        >
          {t('sp_link_as_one')}
        </button>
      )}
      {listId !== null && (
        <button
          type="button"
          class="danger"
          data-testid="bulk-remove"
          onClick={() =>
            void run(
              () => removeFromList(db, listId, keys),
              (u) => t('sp_removed', u?.count ?? 0),
            )
          }
        >
          {t('sp_remove')}
        </button>
      )}
      <button type="button" class="ghost" onClick={props.onClear}>
        {t('sp_clear_selection')}
      </button>
    </div>
  );
}
