import { useState } from 'preact/hooks';
import type { VetlensDB } from '../../../lib/storage/db';
import type { I18n } from '../../../lib/i18n/translate';
import { storageReason } from '../../../lib/storage/errors';
import { applyUndo, type Undo } from '../../../lib/storage/undo';
import type { ToastState } from '../Toast';

/** Runs a change to the store and says what changed, with Undo; a change that fails is explained. */
export type RunAction = (action: () => Promise<Undo | void>, message: (undo: Undo | void) => string) => Promise<void>;

/** Changes to the list made undoable: a toast with Undo, "nothing changed" when nothing did, and the error when one fails. */
export function useUndoableRun(db: VetlensDB, i18n: I18n, showToast: (toast: Omit<ToastState, 'id'>) => void, selectedCount: number) {
  const [error, setError] = useState<string | null>(null);
  const run: RunAction = async (action, message) => {
    setError(null);
    try {
      const undo = await action();
      // The count says what changed; when nothing did, say so and offer nothing to undo.
      if (undo && undo.count === 0) return showToast({ message: i18n.t('sp_nothing_changed', selectedCount) });
      showToast({ message: message(undo), undo: undo ? () => applyUndo(db, undo) : undefined });
    } catch (e) {
      setError(storageReason(e, i18n));
    }
  };
  return { run, error, setError };
}
