import type { I18n } from '../../lib/i18n/translate';

interface ShortlistActionsProps {
  shortlisted: boolean;
  /** The person just took the creator off the shortlist here: the way back stays until the creator changes. */
  removed: boolean;
  i18n: I18n;
  /** Runs an action for a press, once the card's guard agrees (see Overlay's Press). */
  press: (event: MouseEvent, action: () => void) => void;
  onToggle: () => void;
  onUndo: () => void;
}

/** The card's footer: add to or take off the shortlist, and undo a removal made on the card. */
export function ShortlistActions({ shortlisted, removed, i18n: { t }, press, onToggle, onUndo }: ShortlistActionsProps) {
  return (
    <footer class="vl-actions">
      <button type="button" class="vl-shortlist" data-testid="vetlens-shortlist" aria-pressed={shortlisted} onClick={(event) => press(event, onToggle)}>
        {shortlisted ? t('overlay_shortlisted') : t('overlay_add_shortlist')}
      </button>
      {removed && !shortlisted && (
        <p class="vl-undo" role="status">
          {t('overlay_removed')}{' '}
          <button type="button" class="vl-link" data-testid="vetlens-shortlist-undo" onClick={(event) => press(event, onUndo)}>
            {t('overlay_undo')}
          </button>
        </p>
      )}
    </footer>
  );
}
