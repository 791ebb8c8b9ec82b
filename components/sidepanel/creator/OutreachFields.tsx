import { useEffect, useState } from 'preact/hooks';
import { OUTREACH_STATUSES, type CreatorRecord } from '../../../lib/storage/records';
import type { VetlensDB } from '../../../lib/storage/db';
import type { I18n } from '../../../lib/i18n/translate';
import { addTag, removeTag, setNotes, setStatus } from '../../../lib/storage/creators';
import type { Undo } from '../../../lib/storage/undo';
import { EnumSelect } from '../fields/EnumSelect';
import { useAutosave } from '../hooks/useAutosave';
import { statusLabel } from '../labels';

/** The marketer's own notes on a creator: outreach status, tags and free notes, saved as they are made. */
export function OutreachFields(props: { db: VetlensDB; creator: CreatorRecord; i18n: I18n; undoable: (undo: Undo, message: string) => void }) {
  const { db, creator, i18n, undoable } = props;
  const { t } = i18n;
  const key = creator.key;
  const [notes, setNotesDraft] = useState('');
  const [tagDraft, setTagDraft] = useState('');
  // Saved as the marketer types, so closing the panel mid-sentence loses nothing.
  const notesSave = useAutosave(
    async (value: string) => {
      await setNotes(db, key, value);
    },
    { delayMs: 400 },
  );

  // Follow stored notes (another window may edit them), but never while the marketer is typing here.
  useEffect(() => {
    if (document.activeElement?.getAttribute('data-testid') !== 'creator-notes') setNotesDraft(creator.notes);
  }, [creator.key, creator.notes]);

  return (
    <div class="fields">
      <label>
        {t('sp_status')}
        <EnumSelect
          testId="creator-status"
          options={OUTREACH_STATUSES}
          text={(s) => statusLabel(s, i18n)}
          value={creator.status}
          onChange={async (status) => undoable(await setStatus(db, [key], status), t('sp_status_set', 1, statusLabel(status, i18n)))}
        />
      </label>
      <div>
        {t('sp_tags')}:{' '}
        {creator.tags.map((tag) => (
          <span key={tag} class="tag">
            #{tag}{' '}
            <button
              type="button"
              class="ghost"
              aria-label={t('sp_remove_tag', tag)}
              onClick={async () => undoable(await removeTag(db, [key], tag), t('sp_tag_removed', tag))}
            >
              ×
            </button>
          </span>
        ))}
        <form
          class="inline"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!tagDraft.trim()) return;
            await addTag(db, [key], tagDraft);
            setTagDraft('');
          }}
        >
          <input
            value={tagDraft}
            maxLength={50}
            placeholder={t('sp_add_tag')}
            aria-label={t('sp_add_tag')}
            onInput={(e) => setTagDraft(e.currentTarget.value)}
          />
          <button type="submit">+</button>
        </form>
      </div>
      <label class="block">
        {t('sp_notes')}
        <textarea
          rows={3}
          maxLength={20000}
          data-testid="creator-notes"
          value={notes}
          onInput={(e) => {
            setNotesDraft(e.currentTarget.value);
            notesSave.schedule(e.currentTarget.value);
          }}
          onBlur={() => {
            // Leaving the box saves what it shows.
            notesSave.cancel();
            void setNotes(db, key, notes);
          }}
        />
      </label>
    </div>
  );
}
