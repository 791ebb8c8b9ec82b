import { useEffect } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/translate';

export interface ToastState {
  id: number;
  message: string;
  /** Present when the action can be undone. */
  undo?: () => Promise<void>;
}

/** A short notice at the bottom of the panel, with Undo for destructive actions. */
export function Toast(props: { toast: ToastState | null; i18n: I18n; onClose: () => void }) {
  const { toast, i18n, onClose } = props;
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, toast.undo ? 15_000 : 5_000);
    return () => clearTimeout(timer);
  }, [toast?.id]);
  if (!toast) return null;
  return (
    <div class="toast" role="status" aria-live="polite" data-testid="toast">
      <span>{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          data-testid="toast-undo"
          onClick={async () => {
            await toast.undo!();
            onClose();
          }}
        >
          {i18n.t('sp_undo')}
        </button>
      )}
      <button type="button" class="ghost" aria-label={i18n.t('sp_close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
