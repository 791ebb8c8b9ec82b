import { useState } from 'preact/hooks';
import { writeFact } from '../../../lib/i18n/facts';
import type { I18n } from '../../../lib/i18n/translate';
import type { VetlensDB } from '../../../lib/storage/db';
import { explainFlag, restoreVerdict, unexplainFlag } from '../../../lib/storage/verdicts';
import { VERDICT_NOTE_MAX_CHARS, type JudgedFlag } from '../../../lib/verdicts';
import type { ToastState } from '../Toast';

function FlagRow(props: { flag: JudgedFlag; i18n: I18n; onExplain: (note: string) => void; onTakeBack: () => void }) {
  const { flag, i18n } = props;
  const { t } = i18n;
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <li class={flag.open ? 'vl-flag vl-flag-warn' : 'vl-flag-explained'} data-flag={flag.flag} data-open={String(flag.open)}>
      <span>{writeFact(flag.evidence, i18n)}</span>
      {flag.explained !== null && (
        <p class="muted" data-testid="verdict-note">
          {t('verdict_explained', flag.explained)}
        </p>
      )}
      {draft === null ? (
        flag.open ? (
          <button type="button" class="ghost" onClick={() => setDraft('')}>
            {t('verdict_explain')}
          </button>
        ) : (
          <button type="button" class="ghost" onClick={props.onTakeBack}>
            {t('verdict_take_back')}
          </button>
        )
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) props.onExplain(draft);
            setDraft(null);
          }}
        >
          <label>
            {t('verdict_note_label')}
            <textarea data-testid="verdict-note-input" maxLength={VERDICT_NOTE_MAX_CHARS} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!draft.trim()}>
            {t('sp_save')}
          </button>
          <button type="button" class="ghost" onClick={() => setDraft(null)}>
            {t('sp_cancel')}
          </button>
        </form>
      )}
    </li>
  );
}

/**
 * The flags Vetlens raised on this creator, each with the marketer's verdict beside it: mark one
 * explained with a note (the evidence stays, the flag stops counting as a red mark), or take it back.
 * Both can be undone from the toast.
 */
export function FlagVerdicts(props: {
  db: VetlensDB;
  creatorKey: string;
  flags: JudgedFlag[];
  i18n: I18n;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
  const { db, creatorKey, flags, i18n } = props;
  const { t } = i18n;
  if (flags.length === 0) return null;
  const open = flags.filter((f) => f.open).length;
  const undoable = (flag: string, before: Awaited<ReturnType<typeof explainFlag>>, message: string) =>
    props.showToast({ message, undo: () => restoreVerdict(db, creatorKey, flag, before) });
  return (
    <section data-testid="flag-verdicts">
      <h3>{t('verdict_flags_title')}</h3>
      <p class="muted">{t('verdict_flags_count', open, flags.length - open)}</p>
      <ul>
        {flags.map((flag) => (
          <FlagRow
            key={flag.flag}
            flag={flag}
            i18n={i18n}
            onExplain={async (note) => undoable(flag.flag, await explainFlag(db, creatorKey, flag.flag, note, new Date()), t('verdict_saved'))}
            onTakeBack={async () => undoable(flag.flag, await unexplainFlag(db, creatorKey, flag.flag), t('verdict_taken_back'))}
          />
        ))}
      </ul>
    </section>
  );
}
